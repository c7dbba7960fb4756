namespace McpServers.OAuth.Tests;

public sealed class AuthCliTests(AuthorizationServer server) : IClassFixture<AuthorizationServer>
{
    [Fact]
    public async Task LoginNoBrowser_TakesThePastedRedirect_ThenListAndLogout()
    {
        using var scratch = new Scratch();
        using var browser = new TestBrowser();
        var settings = server.Settings("test-post", scratch.Path);
        using var login = AuthCli.Start(settings, "login", "--account", "cli", "--no-browser");

        var urlLine = await login.WaitForStderrLineAsync(l => l.TrimStart().StartsWith(server.Issuer + "auth?", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var url = new Uri(urlLine.Trim());
        var redirect = System.Web.HttpUtility.ParseQueryString(url.Query)["redirect_uri"]!;
        var answer = await browser.SignInUntilRedirectAsync(url, redirect);
        await login.Process.StandardInput.WriteLineAsync(answer.ToString());
        await login.Process.StandardInput.FlushAsync();
        var exit = await login.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var list = await AuthCli.RunAsync(settings, "list");
        var logout = await AuthCli.RunAsync(settings, "logout", "--account", "cli");
        var listAfter = await AuthCli.RunAsync(settings, "list");

        Assert.True(exit == 0, login.Stderr);
        Assert.Contains("paste it here", login.Stderr);
        Assert.StartsWith("Signed in 'cli' to test with scopes:", login.Stdout);
        Assert.StartsWith("cli\tgrant=code\trefresh-token=yes\taccess-token-expires=", list.Stdout);
        Assert.DoesNotContain("secret", list.Stdout + list.Stderr);
        Assert.Equal("Signed out 'cli': tokens revoked at the provider.", logout.Stdout.Trim());
        Assert.StartsWith("No accounts signed in", listAfter.Stdout);
    }

    [Fact]
    public async Task Status_OfAnAccountNeverSignedIn_SaysHowToSignIn()
    {
        using var scratch = new Scratch();
        var result = await AuthCli.RunAsync(server.Settings("test-post", scratch.Path), "status", "--account", "nobody");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("nobody: account 'nobody' must sign in again: run `mcp-test-server auth login --account nobody` (it is not signed in)", result.Stdout.Trim());
    }

    [Fact]
    public async Task Help_TeachesTheVerbs_AndBadInputIsAUsageError()
    {
        var help = await McpServers.Testing.ChildProcess.RunAsync(AuthCli.Executable, ["auth", "--help"]);
        var loginHelp = await McpServers.Testing.ChildProcess.RunAsync(AuthCli.Executable, ["auth", "login", "--help"]);
        using var scratch = new Scratch();
        var badAccount = await AuthCli.RunAsync(server.Settings("test-post", scratch.Path), "login", "--account", "a b", "--no-browser");
        var noIssuer = await McpServers.Testing.ChildProcess.RunAsync(AuthCli.Executable, ["auth", "status", "--account", "x", "--token-store", scratch.Path]);

        Assert.Equal(0, help.ExitCode);
        foreach (var verb in new[] { "login", "list", "logout", "status", "--no-browser", "--device", "TEST_OAUTH_CLIENT_ID" })
            Assert.Contains(verb, help.Stdout);
        Assert.Contains("--redirect-uri", loginHelp.Stdout);
        Assert.Equal(2, badAccount.ExitCode);
        Assert.Contains("--account 'a b'", badAccount.Stderr);
        Assert.Contains("--issuer", noIssuer.Stdout + noIssuer.Stderr);
    }
}
