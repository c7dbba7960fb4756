namespace McpServers.OAuth.Tests;

/// <summary>A test's own token store folder, HTTP client and <see cref="OAuthAccounts"/> for one registered client.</summary>
public sealed class TestAccounts : IDisposable
{
    private readonly Scratch _scratch = new();

    public TestAccounts(AuthorizationServer server, string clientId, TimeProvider? time)
    {
        Settings = server.Settings(clientId, _scratch.Path);
        Accounts = new OAuthAccounts(AuthorizationServer.Definition, Settings, Http, time);
    }

    public HttpClient Http { get; } = new();

    public OAuthSettings Settings { get; }

    public OAuthAccounts Accounts { get; }

    /// <summary>The token store folder.</summary>
    public string Folder => _scratch.Path;

    public void Dispose()
    {
        Http.Dispose();
        _scratch.Dispose();
    }
}
