using McpServers.OAuth.Flows;
using McpServers.OAuth.Store;

namespace McpServers.OAuth.Tests;

/// <summary>Signs an account in through the real provider, the test playing the browser.</summary>
public static class SignedIn
{
    public static async Task<StoredAccount> LoginAsync(OAuthAccounts accounts, string account, string login = "alice")
    {
        using var browser = new TestBrowser();
        Task? browsing = null;
        var console = new RecordingConsole(url =>
        {
            browsing = browser.SignInAsync(url, login);
            return true;
        });
        var stored = await accounts.LoginWithCodeAsync(account, new CodeLoginOptions(), console, CancellationToken.None);
        await browsing!;
        return stored;
    }
}
