using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>Writes a JSON-RPC error object as the body of an HTTP error response.</summary>
internal static class JsonRpcHttpErrors
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int ServerError = -32000;

    public static Task WriteAsync(HttpContext context, int statusCode, int code, string message, JsonNode? id = null)
    {
        var response = context.Response;
        if (response.HasStarted)
            return Task.CompletedTask;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        var body = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id?.DeepClone(),
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
        };
        return response.WriteAsync(body.ToJsonString(Readable), context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, int statusCode, string message) =>
        WriteAsync(context, statusCode, ServerError, message);

    public static string Describe(JsonException e) => e.Message.Split(" Path:", 2)[0];
}
