using System.Text;
using McpServers.OAuth.Store;
using McpServers.Testing;

namespace McpServers.OAuth.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TokenStoreTests(AuthorizationServer server) : IClassFixture<AuthorizationServer>
{
    [Fact]
    public async Task TwoAccounts_SitSideBySide_EncryptedAndOwnerOnly()
    {
        using var signIn = server.Accounts();
        var (accounts, http) = (signIn.Accounts, signIn.Http);

        var work = await SignedIn.LoginAsync(accounts, "work", "alice");
        var personal = await SignedIn.LoginAsync(accounts, "personal", "bob");
        var bytes = await File.ReadAllBytesAsync(accounts.Store.FilePath);
        var raw = Encoding.Latin1.GetString(bytes);

        Assert.Equal(["personal", "work"], accounts.Store.Read().Keys.Order(StringComparer.Ordinal));
        Assert.NotEqual(work.Tokens.AccessToken, personal.Tokens.AccessToken);
        foreach (var secret in new[] { work.Tokens.AccessToken, work.Tokens.RefreshToken!, personal.Tokens.AccessToken, personal.Tokens.RefreshToken! })
        {
            Assert.DoesNotContain(secret, raw);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)), raw);
        }
        Assert.DoesNotContain("access_token", raw);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(accounts.Store.FilePath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(signIn.Folder, "key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(signIn.Folder));
        Assert.Empty(Directory.GetFiles(signIn.Folder, "*.tmp"));
    }

    [Fact]
    public async Task StoreFile_IsBoundToItsProvider_AndItsKey()
    {
        using var signIn = server.Accounts();
        var (accounts, http) = (signIn.Accounts, signIn.Http);
        await SignedIn.LoginAsync(accounts, "work");

        File.Copy(accounts.Store.FilePath, Path.Combine(signIn.Folder, "other.tokens"));
        var swapped = Assert.Throws<OAuthException>(() => new TokenStore(signIn.Folder, "other").Read());
        File.WriteAllText(Path.Combine(signIn.Folder, "key"), Convert.ToBase64String(new byte[32]));
        var rekeyed = Assert.Throws<OAuthException>(() => new TokenStore(signIn.Folder, "test").Read());

        Assert.Contains("cannot be decrypted", swapped.Message);
        Assert.Contains("auth logout --all", rekeyed.Message);
    }

    [Fact]
    public async Task ProcessesRefreshingAtOnce_LeaveOneValidStore()
    {
        using var scratch = new Scratch();
        using var http = new HttpClient();
        var settings = server.Settings("test-post", scratch.Path);
        var accounts = new OAuthAccounts(AuthorizationServer.Definition, settings, http);
        var first = await SignedIn.LoginAsync(accounts, "default");
        await ExpireAsync(accounts);

        // Four processes all find the token expired and refresh it at once. The provider rotates refresh tokens and
        // revokes the whole grant when one is spent twice, so only a refresh that is single-flight across processes
        // leaves a working account behind.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AuthCli.RunAsync(settings, "status")));
        var afterRace = accounts.Store.Find("default")!.Tokens;
        await ExpireAsync(accounts);
        var again = await AuthCli.RunAsync(settings, "status");

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr));
        Assert.All(runs, run => Assert.StartsWith("default: ok, access token valid until", run.Stdout));
        Assert.NotEqual(first.Tokens.RefreshToken, afterRace.RefreshToken);
        Assert.Equal(0, again.ExitCode);
        Assert.NotEqual(afterRace.RefreshToken, accounts.Store.Find("default")!.Tokens.RefreshToken);
    }

    private static Task ExpireAsync(OAuthAccounts accounts) => accounts.Store.UpdateAsync(all =>
    {
        all["default"] = all["default"] with { Tokens = all["default"].Tokens with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) } };
        return Task.FromResult(true);
    });
}
