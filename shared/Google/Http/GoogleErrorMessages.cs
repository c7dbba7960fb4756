using System.Net;
using System.Text.Json;
using McpServers.Google.Accounts;

namespace McpServers.Google.Http;

/// <summary>Google's error answers turned into what a person (or an agent) can act on: which command, which id, when.</summary>
internal static class GoogleErrorMessages
{
    public static GoogleApiException Describe(GoogleRequest request, HttpResponseMessage response, string body, GoogleAccount account)
    {
        var error = Parse(body);
        var status = response.StatusCode;
        var reason = error?.Errors?.FirstOrDefault()?.Reason ?? error?.Details?.FirstOrDefault(d => d.Reason is not null)?.Reason ?? error?.Status;
        var said = error?.Message is { Length: > 0 } m ? m.TrimEnd('.') : $"{(int)status} {response.ReasonPhrase}";
        var api = request.Api.Name;
        var message = status switch
        {
            HttpStatusCode.Unauthorized => account.RefusedCredentialsMessage(said),
            HttpStatusCode.Forbidden when IsMissingScope(error, reason) => account.MissingScopeMessage(request.Scopes),
            HttpStatusCode.Forbidden when reason is "accessNotConfigured" or "SERVICE_DISABLED" =>
                $"{said}. Enable the {api} API for the Google Cloud project of your OAuth client (console.cloud.google.com > APIs & Services > Library).",
            HttpStatusCode.TooManyRequests => $"{api} quota exceeded for account '{account.Name}' ({said}); try again {RetryAfterText(response)}.",
            HttpStatusCode.Forbidden when IsQuota(reason) =>
                $"{api} quota exceeded for account '{account.Name}' ({said}); try again {RetryAfterText(response)}.",
            HttpStatusCode.Forbidden => $"{api} refused account '{account.Name}': {said}.",
            HttpStatusCode.NotFound => $"{request.Subject ?? "What the call names"} was not found in account '{account.Name}' ({said}).",
            HttpStatusCode.BadRequest => $"{api} refused the request: {said}.",
            HttpStatusCode.Conflict => $"{api}: {said}.",
            HttpStatusCode.RequestEntityTooLarge => $"{api}: too large ({said}).",
            >= HttpStatusCode.InternalServerError when request.Method == HttpMethod.Get =>
                $"{api} failed ({(int)status} {said}) after retries; try again later.",
            // A failed write is not retried: Google may have done it before failing (a mail may have gone out).
            >= HttpStatusCode.InternalServerError =>
                $"{api} failed ({(int)status} {said}); it may have been carried out anyway: check (e.g. the Sent folder) before trying again.",
            _ => $"{api} answered {(int)status}: {said}.",
        };
        return new GoogleApiException(message, status, reason);
    }

    private static bool IsMissingScope(GoogleError? error, string? reason) =>
        reason is "insufficientPermissions" or "ACCESS_TOKEN_SCOPE_INSUFFICIENT"
        || error?.Message?.Contains("insufficient authentication scopes", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsQuota(string? reason) =>
        reason is "rateLimitExceeded" or "userRateLimitExceeded" or "quotaExceeded" or "RATE_LIMIT_EXCEEDED" or "RESOURCE_EXHAUSTED";

    private static string RetryAfterText(HttpResponseMessage response) =>
        RetryAfter(response) is { } wait ? $"in {Math.Ceiling(wait.TotalSeconds):0} s" : "in a minute";

    /// <summary>The wait Google asked for, from <c>Retry-After</c> (seconds or a date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
            _ => null,
        };

    private static GoogleError? Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, GoogleJson.Default.GoogleErrorDocument)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
