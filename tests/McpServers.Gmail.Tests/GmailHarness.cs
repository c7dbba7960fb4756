using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle;
using McpServers.OAuth.Store;
using McpServers.OAuth.Tokens;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Gmail.Tests;

/// <summary>
/// The built mcp-gmail over stdio against the fake Gmail/People API, with two signed-in accounts in a real token store
/// ("work" = ada@example.com, "home" = ada.home@example.com), an attachment folder and a download folder. Disposing checks
/// that every request the server made matched Google's discovery documents.
/// </summary>
internal sealed class GmailHarness : IAsyncDisposable
{
    public const string Work = "ada@example.com";
    public const string Home = "ada.home@example.com";

    private GmailHarness(FakeGoogleServer google, string folder, McpClient client)
    {
        Google = google;
        Folder = folder;
        Client = client;
    }

    public FakeGoogleServer Google { get; }
    public string Folder { get; }
    public string Attachments => Path.Combine(Folder, "attach");
    public string Downloads => Path.Combine(Folder, "downloads");
    public McpClient Client { get; }

    /// <summary>
    /// Starts the server; <paramref name="signedIn"/> false leaves the token store empty, and <paramref name="prepare"/>
    /// sets up other accounts (a service account, an access token) through the fake and the environment.
    /// </summary>
    public static async Task<GmailHarness> StartAsync(string[]? args = null, IReadOnlyList<string>? workScopes = null, bool bothAccounts = true,
        bool signedIn = true, Func<FakeGoogleServer, string, Task<Dictionary<string, string?>>>? prepare = null)
    {
        var google = await FakeGoogleServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("mcp-gmail-test-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "attach"));
        var store = new TokenStore(Path.Combine(folder, "oauth"), "google");
        if (signedIn)
            await SignInAsync(store, google, "work", Work, "work-token", workScopes ?? GmailScopesForTests.All);
        if (signedIn && bothAccounts)
            await SignInAsync(store, google, "home", Home, "home-token", GmailScopesForTests.All);
        var extra = prepare is null ? [] : await prepare(google, folder);
        var environment = new Dictionary<string, string?>
        {
            ["GOOGLE_API_BASE_URL"] = google.BaseUrl.AbsoluteUri,
            ["GOOGLE_CLIENT_ID"] = "test-client.apps.googleusercontent.com",
            [StoreDirectory.EnvironmentVariable] = Path.Combine(folder, "oauth"),
            ["GOOGLE_ACCOUNT"] = signedIn && bothAccounts ? "work" : null,
        };
        foreach (var (name, value) in extra)
            environment[name] = value;
        var client = await ExecutableLauncher.ConnectAsync("McpServers.Gmail", "mcp-gmail",
            ["--attachment-roots", Path.Combine(folder, "attach"), "--download-folder", Path.Combine(folder, "downloads"), .. args ?? []], environment);
        return new GmailHarness(google, folder, client);
    }

    private static async Task SignInAsync(TokenStore store, FakeGoogleServer google, string name, string email, string token, IReadOnlyList<string> scopes)
    {
        google.AddAccount(email, token, [.. scopes]);
        await store.SaveAsync(name, new StoredAccount
        {
            Tokens = new TokenSet { AccessToken = token, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1), ObtainedAt = DateTimeOffset.UtcNow, Scope = string.Join(' ', scopes) },
            CreatedAt = DateTimeOffset.UtcNow,
        });
    }

    public Task<CallToolResult> CallAsync(string tool, object arguments) =>
        Client.CallToolAsync(tool, JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>()).AsTask();

    /// <summary>Calls a tool that must succeed and returns its structured content.</summary>
    public async Task<JsonNode> OkAsync(string tool, object arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!;
    }

    /// <summary>Calls a tool that must fail and returns its message.</summary>
    public async Task<string> ErrorAsync(string tool, object arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError, $"{tool} should have failed: {Text(result)}");
        return Text(result);
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        var violations = Google.Violations.ToList();
        await Google.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
        Assert.True(violations.Count == 0, "requests that do not match Google's discovery documents:\n" + string.Join("\n", violations));
    }
}

internal static class GmailScopesForTests
{
    public const string Modify = "https://www.googleapis.com/auth/gmail.modify";
    public const string SettingsBasic = "https://www.googleapis.com/auth/gmail.settings.basic";
    public static readonly IReadOnlyList<string> All =
        [Modify, SettingsBasic, "https://www.googleapis.com/auth/contacts.readonly", "https://www.googleapis.com/auth/contacts.other.readonly"];
}
