using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.OAuth.Store;
using McpServers.OAuth.Tokens;
using McpServers.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.FakeGoogle;

/// <summary>
/// A built Google server over stdio against the fake, with accounts signed in through a real token store ("work" =
/// ada@example.com, "home" = ada.home@example.com). Disposing checks that every request the server made matched
/// Google's discovery documents.
/// </summary>
public sealed class GoogleServerHarness : IAsyncDisposable
{
    public const string Work = "ada@example.com";
    public const string Home = "ada.home@example.com";

    private GoogleServerHarness(FakeGoogleServer google, string folder, McpClient client)
    {
        Google = google;
        Folder = folder;
        Client = client;
    }

    public FakeGoogleServer Google { get; }
    public string Folder { get; }
    public McpClient Client { get; }

    /// <summary>
    /// Starts <paramref name="executable"/>; <paramref name="signedIn"/> false leaves the token store empty, and
    /// <paramref name="prepare"/> sets up other accounts (a service account, an access token) through the fake and the environment.
    /// </summary>
    public static async Task<GoogleServerHarness> StartAsync(string project, string executable, IReadOnlyList<string> scopes,
        Func<string, string[]>? args = null, IReadOnlyList<string>? workScopes = null, bool bothAccounts = true, bool signedIn = true,
        Func<FakeGoogleServer, string, Task<Dictionary<string, string?>>>? prepare = null)
    {
        var google = await FakeGoogleServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory(executable + "-test-").FullName;
        var store = new TokenStore(Path.Combine(folder, "oauth"), "google");
        if (signedIn)
            await SignInAsync(store, google, "work", Work, "work-token", workScopes ?? scopes);
        if (signedIn && bothAccounts)
            await SignInAsync(store, google, "home", Home, "home-token", scopes);
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
        var client = await ExecutableLauncher.ConnectAsync(project, executable, args?.Invoke(folder) ?? [], environment);
        return new GoogleServerHarness(google, folder, client);
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
        if (result.IsError == true)
            throw new InvalidOperationException($"{tool} failed: {Text(result)}");
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!;
    }

    /// <summary>Calls a tool that must fail and returns its message.</summary>
    public async Task<string> ErrorAsync(string tool, object arguments)
    {
        var result = await CallAsync(tool, arguments);
        if (result.IsError != true)
            throw new InvalidOperationException($"{tool} should have failed: {Text(result)}");
        return Text(result);
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        var violations = Google.Violations.ToList();
        await Google.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
        if (violations.Count > 0)
            throw new InvalidOperationException("requests that do not match Google's discovery documents:\n" + string.Join("\n", violations));
    }
}
