using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace McpServers.Hosting.Http;

/// <summary>The <c>--auth-token</c> every HTTP request must carry as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
internal sealed class BearerTokenOptions : AuthenticationSchemeOptions
{
    public const string Scheme = "McpBearerToken";

    /// <summary>SHA-256 of the token: equal-length inputs, so comparing says nothing about the token's length either.</summary>
    public byte[] ExpectedHash { get; set; } = [];

    /// <summary>Names the server in the challenge (<c>WWW-Authenticate: Bearer realm="..."</c>).</summary>
    public string Realm { get; set; } = "mcp";

    public void SetToken(string token) => ExpectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
}

/// <summary>
/// Checks the bearer token in constant time. Success gives a principal with a name identifier, which the SDK's session
/// checks require; failure answers 401 with <c>WWW-Authenticate: Bearer</c> (and <c>error="invalid_token"</c> when a wrong
/// token was sent) and a JSON-RPC error body that says what to send.
/// </summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<BearerTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<BearerTokenOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !Matches(header[Prefix.Length..].Trim()))
            return Task.FromResult(AuthenticateResult.Fail("invalid_token"));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "token-holder")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var wrongToken = !string.IsNullOrEmpty(Request.Headers.Authorization);
        Response.Headers.WWWAuthenticate = $"Bearer realm=\"{Options.Realm}\"" + (wrongToken ? ", error=\"invalid_token\"" : "");
        return JsonRpcHttpErrors.WriteAsync(Context, 401, "Unauthorized: send 'Authorization: Bearer <token>' with the server's --auth-token");
    }

    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), Options.ExpectedHash);
}
