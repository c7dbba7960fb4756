using System.Text.Json.Nodes;
using McpServers.FakeGoogle;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Gmail.Tests;

/// <summary>
/// The built mcp-gmail over stdio against the fake Gmail/People API (see <see cref="GoogleServerHarness"/>), with an
/// attachment folder and a download folder.
/// </summary>
internal sealed class GmailHarness : IAsyncDisposable
{
    public const string Work = GoogleServerHarness.Work;
    public const string Home = GoogleServerHarness.Home;

    private readonly GoogleServerHarness _server;

    private GmailHarness(GoogleServerHarness server) => _server = server;

    public FakeGoogleServer Google => _server.Google;
    public string Folder => _server.Folder;
    public string Attachments => Path.Combine(Folder, "attach");
    public string Downloads => Path.Combine(Folder, "downloads");
    public McpClient Client => _server.Client;

    public static async Task<GmailHarness> StartAsync(string[]? args = null, IReadOnlyList<string>? workScopes = null, bool bothAccounts = true,
        bool signedIn = true, Func<FakeGoogleServer, string, Task<Dictionary<string, string?>>>? prepare = null) =>
        new(await GoogleServerHarness.StartAsync("McpServers.Gmail", "mcp-gmail", GmailScopesForTests.All,
            folder =>
            {
                Directory.CreateDirectory(Path.Combine(folder, "attach"));
                return ["--attachment-roots", Path.Combine(folder, "attach"), "--download-folder", Path.Combine(folder, "downloads"), .. args ?? []];
            },
            workScopes, bothAccounts, signedIn, prepare));

    public Task<CallToolResult> CallAsync(string tool, object arguments) => _server.CallAsync(tool, arguments);

    public Task<JsonNode> OkAsync(string tool, object arguments) => _server.OkAsync(tool, arguments);

    public Task<string> ErrorAsync(string tool, object arguments) => _server.ErrorAsync(tool, arguments);

    public static string Text(CallToolResult result) => GoogleServerHarness.Text(result);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

internal static class GmailScopesForTests
{
    public const string Modify = "https://www.googleapis.com/auth/gmail.modify";
    public const string SettingsBasic = "https://www.googleapis.com/auth/gmail.settings.basic";
    public static readonly IReadOnlyList<string> All =
        [Modify, SettingsBasic, "https://www.googleapis.com/auth/contacts.readonly", "https://www.googleapis.com/auth/contacts.other.readonly"];
}
