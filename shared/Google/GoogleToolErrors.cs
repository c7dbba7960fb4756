using McpServers.Google.Http;
using McpServers.OAuth;

namespace McpServers.Google;

/// <summary>The Google layer's known failures as messages for a tool's caller (a server's DescribeToolError).</summary>
public static class GoogleToolErrors
{
    /// <summary>
    /// Google apps left in "Testing" publishing status get refresh tokens that die after 7 days; the refresh then fails
    /// with invalid_grant, which looks like a random sign-out. Say so where it happens.
    /// </summary>
    public const string TestingModeHint =
        " If this happens about a week after signing in, your Google Cloud app is in \"Testing\" mode, where Google expires "
        + "refresh tokens after 7 days: publish it (APIs & Services > OAuth consent screen > Publish app) and sign in again.";

    /// <summary>The message for <paramref name="exception"/>, or null when it is not one of the Google layer's.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        GoogleApiException e => e.Message,
        ReauthorizationRequiredException e => e.Message + "." + TestingModeHint,
        OAuthException e => $"Signing in to Google failed: {e.Message}.",
        Polly.Timeout.TimeoutRejectedException => $"Google did not answer within {Http.GoogleApiClient.AttemptTimeout.TotalMinutes:0} minutes; try again later.",
        HttpRequestException e => $"Could not reach Google ({e.Message}); check the network connection (or --google-api-base-url).",
        InvalidOperationException e when e.Source == typeof(GoogleToolErrors).Assembly.GetName().Name => e.Message,
        _ => null,
    };
}
