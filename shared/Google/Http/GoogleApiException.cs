using System.Net;

namespace McpServers.Google.Http;

/// <summary>A Google API refused a call; the message says what to do about it (see <see cref="GoogleErrorMessages"/>).</summary>
public sealed class GoogleApiException(string message, HttpStatusCode status, string? reason) : Exception(message)
{
    /// <summary>The HTTP status Google answered.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>Google's reason code (e.g. <c>notFound</c>, <c>insufficientPermissions</c>, <c>rateLimitExceeded</c>).</summary>
    public string? Reason { get; } = reason;
}
