using System.CommandLine;
using System.Globalization;
using McpServers.OAuth.Flows;

namespace McpServers.OAuth.Cli;

/// <summary>
/// The <c>auth</c> verbs every server that signs in gets: <c>login</c>, <c>list</c>, <c>logout</c>, <c>status</c>.
/// Messages go to stderr, results to stdout; exit 0 ok, 1 failed, 2 usage.
/// </summary>
public static class AuthCommand
{
    /// <summary>Builds the <c>auth</c> command for a server's command line.</summary>
    public static Command Create(OAuthClientDefinition definition, Func<ILoginConsole>? console = null)
    {
        var options = new AuthOptions(definition);
        var exe = definition.ExecutableName;
        var auth = new Command("auth", $"""
            Sign accounts in and out of {definition.ProviderName}. Tokens are kept encrypted (AES-GCM) in a 0600 file under
            $XDG_CONFIG_HOME/mcp-servers/oauth, refreshed automatically, and shared by every server using this provider.

            Typical use:
              {exe} auth login                     sign in the 'default' account (opens a browser when there is one)
              {exe} auth login --account work      a second account beside the first
              {exe} auth login --no-browser        on a server or in Docker: open the printed URL anywhere, then paste
                                                   the address your browser was sent to (even if that page fails to load)
              {exe} auth login --device            sign in on another device with a short code (where the provider allows)
              {exe} auth list                      accounts, scopes and expiry (never the tokens)
              {exe} auth status                    checks every account can still get a token
              {exe} auth logout --account work     revokes the tokens at the provider and forgets them
            """ + (definition.SetupHelp is { } setup ? "\n\n" + setup : ""));
        foreach (var option in options.All)
            auth.Options.Add(option);
        var loginConsole = console ?? (() => new TerminalLoginConsole());
        auth.Subcommands.Add(LoginCommand(definition, options, loginConsole));
        auth.Subcommands.Add(ListCommand(definition, options));
        auth.Subcommands.Add(LogoutCommand(definition, options));
        auth.Subcommands.Add(StatusCommand(definition, options));
        return auth;
    }

    private static Option<string> AccountOption(string description) => new("--account")
    {
        Description = description,
        DefaultValueFactory = _ => "default",
        HelpName = "name",
    };

    private static Command LoginCommand(OAuthClientDefinition definition, AuthOptions options, Func<ILoginConsole> console)
    {
        var account = AccountOption("Name of the account to sign in (several can sit side by side)");
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not open a browser: print the URL and read the pasted answer from stdin" };
        var device = new Option<bool>("--device") { Description = "Use the device flow: open a short URL on any device and type a code" };
        var clientCredentials = new Option<bool>("--client-credentials") { Description = "Get a token for the application itself (service-to-service; no person signs in)" };
        var redirectUri = new Option<string>("--redirect-uri")
        {
            Description = "A fixed registered redirect URI instead of http://127.0.0.1:<free port>/ (listened on when it is a loopback "
                + "address with a port, e.g. a port published from Docker; otherwise paste the address the browser lands on)",
            HelpName = "uri",
        };
        var timeout = new Option<string>("--timeout") { Description = "How long to wait for the person [default: 5m]", HelpName = "duration" };
        var command = new Command("login", "Sign an account in and store its tokens") { account, noBrowser, device, clientCredentials, redirectUri, timeout };
        command.SetAction((result, cancellationToken) => RunAsync(definition, options, result, async accounts =>
        {
            var name = CheckedAccount(result.GetValue(account));
            var loginConsole = console();
            var stored = result.GetValue(clientCredentials) ? await accounts.LoginWithClientCredentialsAsync(name, cancellationToken)
                : result.GetValue(device) ? await accounts.LoginWithDeviceAsync(name, loginConsole, cancellationToken)
                : await accounts.LoginWithCodeAsync(name, new CodeLoginOptions
                {
                    NoBrowser = result.GetValue(noBrowser),
                    RedirectUri = result.GetValue(redirectUri) is { } uri ? ParseUri(uri) : null,
                    Timeout = result.GetValue(timeout) is { } text ? ParseDuration(text) : TimeSpan.FromMinutes(5),
                }, loginConsole, cancellationToken);
            await Console.Out.WriteLineAsync($"Signed in '{name}' to {definition.ProviderName}"
                + (stored.Tokens.Scope is { } scope ? $" with scopes: {scope}" : "")
                + (stored.Tokens.RefreshToken is null && stored.Grant != "client_credentials" ? ". Warning: no refresh token was granted, so this sign-in lasts only until the access token expires" : "."));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command ListCommand(OAuthClientDefinition definition, AuthOptions options)
    {
        var command = new Command("list", "Show the signed-in accounts: grant, scopes, when the access token expires; never the tokens");
        command.SetAction((result, cancellationToken) => RunAsync(definition, options, result, async accounts =>
        {
            var all = accounts.Store.Read();
            if (all.Count == 0)
            {
                await Console.Out.WriteLineAsync($"No accounts signed in to {definition.ProviderName}. Run `{definition.ExecutableName} auth login`.");
                return 0;
            }
            foreach (var (name, stored) in all.OrderBy(a => a.Key, StringComparer.Ordinal))
                await Console.Out.WriteLineAsync($"{name}\tgrant={stored.Grant}\trefresh-token={(stored.Tokens.RefreshToken is null ? "no" : "yes")}\t"
                    + $"access-token-expires={stored.Tokens.ExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "unknown"}\tscopes={stored.Tokens.Scope ?? "(not stated)"}");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command LogoutCommand(OAuthClientDefinition definition, AuthOptions options)
    {
        var account = AccountOption("Account to sign out");
        var all = new Option<bool>("--all") { Description = "Sign out every account of this provider" };
        var command = new Command("logout", "Revoke an account's tokens at the provider (where it can) and forget them") { account, all };
        command.SetAction((result, cancellationToken) => RunAsync(definition, options, result, async accounts =>
        {
            var names = result.GetValue(all) ? accounts.Store.Read().Keys.ToList() : [CheckedAccount(result.GetValue(account))];
            var exit = 0;
            foreach (var name in names)
            {
                var outcome = await accounts.LogoutAsync(name, cancellationToken);
                if (outcome is null)
                    exit = 1;
                await Console.Out.WriteLineAsync(outcome is null ? $"'{name}' is not signed in." : $"Signed out '{name}': {outcome}.");
            }
            return exit;
        }, cancellationToken));
        return command;
    }

    private static Command StatusCommand(OAuthClientDefinition definition, AuthOptions options)
    {
        var account = new Option<string>("--account") { Description = "Check only this account [default: all]", HelpName = "name" };
        var command = new Command("status", "Check that each account can still get an access token (refreshing it if due); exit 1 if one cannot") { account };
        command.SetAction((result, cancellationToken) => RunAsync(definition, options, result, async accounts =>
        {
            var names = result.GetValue(account) is { } one ? [CheckedAccount(one)] : accounts.Store.Read().Keys.Order(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                await Console.Out.WriteLineAsync($"No accounts signed in to {definition.ProviderName}. Run `{definition.ExecutableName} auth login`.");
                return 1;
            }
            var exit = 0;
            foreach (var name in names)
            {
                try
                {
                    var credential = await accounts.CredentialAsync(name, cancellationToken);
                    await credential.GetAccessTokenAsync(cancellationToken);
                    var expires = accounts.Store.Find(name)?.Tokens.ExpiresAt;
                    await Console.Out.WriteLineAsync($"{name}: ok" + (expires is { } at ? $", access token valid until {at.ToString("u", CultureInfo.InvariantCulture)}" : ""));
                }
                catch (OAuthException e)
                {
                    exit = 1;
                    await Console.Out.WriteLineAsync($"{name}: {e.Message}");
                }
            }
            return exit;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(OAuthClientDefinition definition, AuthOptions options, ParseResult result, Func<OAuthAccounts, Task<int>> verb, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            return await verb(new OAuthAccounts(definition, options.Read(result), http));
        }
        catch (OAuthException e)
        {
            await Console.Error.WriteLineAsync($"{definition.ExecutableName}: {e.Message}");
            return e is UsageError ? 2 : 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{definition.ExecutableName}: cancelled");
            return 1;
        }
    }

    private static string CheckedAccount(string? name) =>
        name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@')
            ? name : throw new UsageError($"--account '{name}' must be 1-64 letters, digits, '-', '_', '.' or '@'");

    private static Uri ParseUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri : throw new UsageError($"--redirect-uri '{text}' is not an absolute http(s) URI");

    private static TimeSpan ParseDuration(string text) =>
        McpServers.Hosting.CommandLine.DurationParser.TryParse(text, out var value) && value > TimeSpan.Zero
            ? value : throw new UsageError($"--timeout '{text}' is not a duration (examples: 90s, 5m)");

    private sealed class UsageError(string message) : OAuthException(message);
}
