using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Http;

/// <summary>
/// Reads one JSON-RPC message from a request body, answering every kind of bad body (too large, not JSON,
/// not JSON-RPC 2.0, a batch) with a JSON-RPC error response instead of an exception.
/// </summary>
internal static class JsonRpcBodyReader
{
    /// <summary>The message, or null when an error response has been written.</summary>
    public static async Task<JsonRpcMessage?> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            await TooLargeAsync(context, maxBytes);
            return null;
        }
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(context.Request.Body, maxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null)
        {
            await TooLargeAsync(context, maxBytes);
            return null;
        }
        return await ParseAsync(context, body);
    }

    private static async Task<JsonRpcMessage?> ParseAsync(HttpContext context, byte[] body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.ParseError, $"Parse error: the body is not valid JSON ({JsonRpcHttpErrors.Describe(e)})");
            return null;
        }
        if (node is JsonArray)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.InvalidRequest,
                "Invalid Request: JSON-RPC batches are not supported; send one message per POST");
            return null;
        }
        if (node is not JsonObject obj)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.InvalidRequest, "Invalid Request: the body must be a JSON-RPC 2.0 object");
            return null;
        }
        var id = obj["id"];
        if (obj["jsonrpc"] is not JsonValue version || version.GetValueKind() != JsonValueKind.String || version.GetValue<string>() != "2.0")
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.InvalidRequest, "Invalid Request: \"jsonrpc\" must be \"2.0\"", id);
            return null;
        }
        try
        {
            var message = obj.Deserialize<JsonRpcMessage>(McpJsonUtilities.DefaultOptions);
            if (message is not null)
                return message;
        }
        catch (JsonException e)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.InvalidRequest, $"Invalid Request: {JsonRpcHttpErrors.Describe(e)}", id);
            return null;
        }
        await JsonRpcHttpErrors.WriteAsync(context, 400, JsonRpcHttpErrors.InvalidRequest, "Invalid Request: not a JSON-RPC request, notification or response", id);
        return null;
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Task TooLargeAsync(HttpContext context, long maxBytes) =>
        JsonRpcHttpErrors.WriteAsync(context, 413, JsonRpcHttpErrors.InvalidRequest,
            $"Request body too large: the limit is {maxBytes} bytes (--max-body-bytes)");
}
