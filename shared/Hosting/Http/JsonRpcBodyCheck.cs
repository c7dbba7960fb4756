using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>
/// Reads a POSTed body once, capped at <c>--max-body-bytes</c> (413), and answers what is not one JSON-RPC 2.0 message
/// with the JSON-RPC error for it (parse error -32700; a batch, a non-object or a wrong <c>jsonrpc</c>: invalid request
/// -32600) instead of letting it reach the transport. A good body is handed on from memory.
/// </summary>
internal sealed class JsonRpcBodyCheck(long maxBytes)
{
    /// <summary>True when the request may go on (its body rewound); otherwise the error response has been written.</summary>
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
            return true;
        if (context.Request.ContentLength > maxBytes)
            return await TooLargeAsync(context);
        byte[]? body;
        try
        {
            body = await ReadCappedAsync(context.Request.Body, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null)
            return await TooLargeAsync(context);
        if (Problem(body) is { } problem)
        {
            await JsonRpcHttpErrors.WriteAsync(context, 400, problem.Code, problem.Message, problem.Id);
            return false;
        }
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        return true;
    }

    private static (int Code, string Message, System.Text.Json.Nodes.JsonNode? Id)? Problem(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (JsonRpcHttpErrors.ParseError, $"Parse error: the body is not valid JSON ({JsonRpcHttpErrors.Describe(e)})", null);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return (JsonRpcHttpErrors.InvalidRequest, "Invalid Request: JSON-RPC batches are not supported; send one message per POST", null);
            if (root.ValueKind != JsonValueKind.Object)
                return (JsonRpcHttpErrors.InvalidRequest, "Invalid Request: the body must be a JSON-RPC 2.0 object", null);
            var id = root.TryGetProperty("id", out var given) ? System.Text.Json.Nodes.JsonNode.Parse(given.GetRawText()) : null;
            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
                return (JsonRpcHttpErrors.InvalidRequest, "Invalid Request: \"jsonrpc\" must be \"2.0\"", id);
            return null;
        }
    }

    /// <summary>The whole body, or null when it is longer than the limit.</summary>
    private async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
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

    private async Task<bool> TooLargeAsync(HttpContext context)
    {
        await JsonRpcHttpErrors.WriteAsync(context, 413, JsonRpcHttpErrors.InvalidRequest,
            $"Request body too large: the limit is {maxBytes} bytes (--max-body-bytes)");
        return false;
    }
}
