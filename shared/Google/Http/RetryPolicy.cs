using System.Net;
using Polly;

namespace McpServers.Google.Http;

/// <summary>
/// Which failures are sent again. 429 and 502/503/504 mean the call was not carried out, so any method is retried;
/// a 500, a broken connection or an attempt that timed out may come after the work was done, so only reads are (a mail
/// must not go out twice).
/// A <c>Retry-After</c> longer than the longest wait is not waited for: the call fails at once saying when to retry.
/// </summary>
internal static class RetryPolicy
{
    public static bool IsWorthRetrying(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan longestWait)
    {
        var isRead = request?.Method == HttpMethod.Get;
        if (outcome.Exception is not null)
            return isRead && outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException;
        if (outcome.Result is not { } response)
            return false;
        if (GoogleErrorMessages.RetryAfter(response) is { } wait && wait > longestWait)
            return false;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            HttpStatusCode.InternalServerError => isRead,
            _ => false,
        };
    }
}
