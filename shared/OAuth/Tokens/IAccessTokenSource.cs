namespace McpServers.OAuth.Tokens;

/// <summary>Where <see cref="Http.BearerTokenHandler"/> gets its bearer token: a signed-in account, a service account, ...</summary>
public interface IAccessTokenSource
{
    /// <summary>A usable access token (renewed first when it is about to expire).</summary>
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>A new access token because <paramref name="rejectedAccessToken"/> was refused (or a newer one someone else got).</summary>
    Task<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken = default);
}
