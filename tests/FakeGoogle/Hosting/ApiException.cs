namespace McpServers.FakeGoogle.Hosting;

/// <summary>Thrown by a fake API handler to answer with Google's error JSON.</summary>
internal sealed class ApiException(int code, string? message = null, string? reason = null, string? status = null)
    : Exception(message ?? GoogleError.DefaultMessage(code))
{
    public int Code { get; } = code;
    public string? Reason { get; } = reason;
    public string? Status { get; } = status;

    public static ApiException NotFound() => new(404);

    public static ApiException BadRequest(string message, string reason = "invalidArgument") => new(400, message, reason);
}
