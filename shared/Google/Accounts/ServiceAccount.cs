using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.OAuth.Http;
using McpServers.OAuth.Tokens;

namespace McpServers.Google.Accounts;

/// <summary>
/// A service account: a JWT signed with its private key (RS256, RFC 7523) exchanged at its token endpoint for an hour's
/// access token, renewed a few minutes before it ends; with <c>--impersonate</c> it acts as that Workspace user
/// (domain-wide delegation: the <c>sub</c> claim).
/// </summary>
public sealed class ServiceAccount(ServiceAccountKey key, string? impersonatedUser, IReadOnlyList<string> scopes, HttpClient http, TimeProvider time)
    : GoogleAccount(AccountName), IAccessTokenSource
{
    /// <summary>The name this account goes by.</summary>
    public const string AccountName = "service";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (string Token, DateTimeOffset Until)? _current;

    /// <inheritdoc />
    public override string Kind => "service-account";

    /// <inheritdoc />
    public override IReadOnlyList<string>? GrantedScopes => scopes;

    /// <summary>Who the calls act as: the impersonated user, else the service account itself.</summary>
    public string ActingAs => impersonatedUser ?? key.ClientEmail!;

    /// <inheritdoc />
    public override DelegatingHandler CreateAuthorizationHandler() => new BearerTokenHandler(this);

    /// <inheritdoc />
    public override string RefusedCredentialsMessage(string said) =>
        $"Google refused service account {key.ClientEmail} ({said}): check the key is still active (Cloud console > IAM > Service accounts > Keys)"
        + (impersonatedUser is null ? "." : $" and that it may act as {impersonatedUser} (Admin console > Security > API controls > Domain-wide delegation).");

    /// <inheritdoc />
    public override string MissingScopeMessage(IReadOnlyList<string> needed) =>
        $"Service account {key.ClientEmail} was not granted the scope this call needs ({ScopeText(needed)})"
        + (impersonatedUser is null ? "." : ": add it to the client's domain-wide delegation (Admin console > Security > API controls).");

    /// <inheritdoc />
    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) => TokenAsync(null, cancellationToken);

    /// <inheritdoc />
    public Task<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken = default) =>
        TokenAsync(rejectedAccessToken, cancellationToken);

    // One exchange at a time; a token someone else renewed meanwhile is used as it is.
    private async Task<string> TokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current && current.Token != rejected && current.Until - RenewBefore > time.GetUtcNow())
                return current.Token;
            var answer = await ExchangeAsync(cancellationToken);
            _current = (answer.AccessToken!, time.GetUtcNow() + TimeSpan.FromSeconds(answer.ExpiresIn ?? Lifetime.TotalSeconds));
            return answer.AccessToken!;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private async Task<TokenAnswer> ExchangeAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(key.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
            ["assertion"] = SignedAssertion(),
        }), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        TokenAnswer? answer = null;
        try
        {
            answer = JsonSerializer.Deserialize(body, GoogleJson.Default.TokenAnswer);
        }
        catch (JsonException)
        {
        }
        if (!response.IsSuccessStatusCode || answer?.AccessToken is not { Length: > 0 })
            throw new Http.GoogleApiException(
                $"Service account {key.ClientEmail} could not get a token from {key.TokenEndpoint.Host}: "
                + (answer?.ErrorDescription ?? answer?.Error ?? $"{(int)response.StatusCode} {response.ReasonPhrase}")
                + (answer?.Error == "unauthorized_client" && impersonatedUser is not null
                    ? $" (it may not act as {impersonatedUser}: set up domain-wide delegation in the Admin console)" : ""),
                response.StatusCode, answer?.Error);
        return answer;
    }

    private string SignedAssertion()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var header = new JwtHeader("RS256", "JWT", key.PrivateKeyId);
        var claims = new JwtClaims(key.ClientEmail!, string.Join(' ', scopes), key.TokenEndpoint.AbsoluteUri, now, now + (long)Lifetime.TotalSeconds, impersonatedUser);
        var signingInput = Http.Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(header, GoogleJson.Default.JwtHeader)) + "."
            + Http.Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(claims, GoogleJson.Default.JwtClaims));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKey);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Http.Base64Url.Encode(signature);
    }
}

internal sealed record JwtHeader(
    [property: JsonPropertyName("alg")] string Algorithm,
    [property: JsonPropertyName("typ")] string Type,
    [property: JsonPropertyName("kid"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? KeyId);

internal sealed record JwtClaims(
    [property: JsonPropertyName("iss")] string Issuer,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("aud")] string Audience,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long Expires,
    [property: JsonPropertyName("sub"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subject);

internal sealed record TokenAnswer(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] double? ExpiresIn,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
