using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace McpServers.Gmail.Tests;

public sealed class OtherAccountKindTests
{
    [Fact]
    public async Task ServiceAccount_SignsAJwtWithItsKey_ImpersonatesTheUser_AndReadsTheirMailbox()
    {
        using var key = RSA.Create(2048);
        await using var tokens = await TokenEndpoint.StartAsync(key);
        await using var gmail = await GmailHarness.StartAsync(signedIn: false, prepare: async (google, folder) =>
        {
            google.AddAccount("boss@corp.example", "service-token", [.. GmailScopesForTests.All]);
            var keyFile = Path.Combine(folder, "key.json");
            await File.WriteAllTextAsync(keyFile, JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["type"] = "service_account", ["client_email"] = "robot@project.iam.gserviceaccount.com", ["private_key_id"] = "k1",
                ["private_key"] = key.ExportPkcs8PrivateKeyPem(), ["token_uri"] = tokens.Url.AbsoluteUri,
            }));
            return new() { ["GOOGLE_SERVICE_ACCOUNT_KEY"] = keyFile, ["GOOGLE_IMPERSONATE"] = "boss@corp.example" };
        });
        gmail.Google.Gmail.Deliver("boss@corp.example", TestMail.Create("For the boss", to: "boss@corp.example"), "INBOX");

        var accounts = (await gmail.OkAsync("list_accounts", new { }))["accounts"]!.AsArray();
        var found = await gmail.OkAsync("search_emails", new { });

        Assert.Equal(("service", "service-account"), ((string?)Assert.Single(accounts)!["name"], (string?)accounts[0]!["kind"]));
        Assert.Equal("For the boss", (string?)Assert.Single(found["messages"]!.AsArray())!["subject"]);
        var claims = Assert.Single(tokens.Assertions);
        Assert.Equal("robot@project.iam.gserviceaccount.com", (string?)claims["iss"]);
        Assert.Equal("boss@corp.example", (string?)claims["sub"]);
        Assert.Equal(tokens.Url.AbsoluteUri, (string?)claims["aud"]);
        Assert.Contains(GmailScopesForTests.Modify, ((string)claims["scope"]!).Split(' '));
    }

    [Fact]
    public async Task AccessTokenFromTheEnvironment_IsAnAccount_AndARefusedOneSaysToSetAFreshOne()
    {
        await using var gmail = await GmailHarness.StartAsync(signedIn: false, prepare: (google, _) =>
        {
            google.AddAccount(GmailHarness.Work, "ready-token", [.. GmailScopesForTests.All]);
            return Task.FromResult(new Dictionary<string, string?> { ["GOOGLE_OAUTH_ACCESS_TOKEN"] = "ready-token" });
        });

        var labels = await gmail.OkAsync("list_labels", new { });
        gmail.Google.ExpireToken("ready-token");
        var error = await gmail.ErrorAsync("list_labels", new { });

        Assert.Contains(labels["labels"]!.AsArray(), l => (string?)l!["id"] == "INBOX");
        Assert.Contains("Google refused the access token in GOOGLE_OAUTH_ACCESS_TOKEN", error);
        Assert.Contains("set a fresh one", error);
    }

    /// <summary>A token endpoint for service accounts (RFC 7523) that checks each assertion's RS256 signature with the key's public half.</summary>
    private sealed class TokenEndpoint(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url { get; } = url;
        public List<JsonNode> Assertions { get; } = [];

        public static async Task<TokenEndpoint> StartAsync(RSA key)
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Services.AddRoutingCore();
            var app = builder.Build();
            TokenEndpoint? self = null;
            app.MapPost("/token", async (HttpContext context) =>
            {
                var form = await context.Request.ReadFormAsync();
                var parts = form["assertion"].ToString().Split('.');
                var signed = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" || !signed)
                    return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
                lock (self!.Assertions)
                    self.Assertions.Add(JsonNode.Parse(FromBase64Url(parts[1]))!);
                return Results.Json(new { access_token = "service-token", expires_in = 3600, token_type = "Bearer" });
            });
            await app.StartAsync();
            var address = app.Urls.First();
            self = new TokenEndpoint(app, new Uri(new Uri(address), "/token"));
            return self;
        }

        private static byte[] FromBase64Url(string text)
        {
            var s = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
