namespace McpServers.OAuth;

/// <summary>An OAuth step failed; the message says what happened and never contains a token.</summary>
public class OAuthException(string message, string? error = null) : Exception(message)
{
    /// <summary>The RFC 6749 error code from the server (e.g. <c>invalid_grant</c>), when there was one.</summary>
    public string? Error { get; } = error;
}

/// <summary>The account's refresh token no longer works (revoked, expired, password changed): a person must sign in again.</summary>
public sealed class ReauthorizationRequiredException(string account, string loginCommand, string? detail)
    : OAuthException($"account '{account}' must sign in again: run `{loginCommand}`" + (detail is null ? "" : $" ({detail})"), "invalid_grant")
{
    /// <summary>The account that needs a new sign-in.</summary>
    public string Account { get; } = account;
}
