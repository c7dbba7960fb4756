using McpServers.Testing;

namespace McpServers.OAuth.Tests;

/// <summary>The <c>auth</c> verbs of a built server (mcp-test-server), run as a person would.</summary>
public static class AuthCli
{
    public static string Executable => RepoPaths.Executable("McpServers.TestServer", "mcp-test-server");

    public static IEnumerable<string> Arguments(OAuthSettings settings, params string[] verb) =>
    [
        "auth", .. verb, "--issuer", settings.Issuer!, "--client-id", settings.ClientId!, "--client-auth", settings.ClientAuthentication!,
        "--token-store", settings.TokenStore!,
    ];

    /// <summary>Runs a verb; the secret goes through the environment, as the help recommends.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(OAuthSettings settings, params string[] verb) =>
        ChildProcess.RunAsync(Executable, Arguments(settings, verb), TimeSpan.FromSeconds(60), Environment(settings));

    public static ChildProcess Start(OAuthSettings settings, params string[] verb) =>
        ChildProcess.Start(Executable, Arguments(settings, verb), Environment(settings), redirectStdin: true);

    private static Dictionary<string, string?> Environment(OAuthSettings settings) => new() { ["TEST_OAUTH_CLIENT_SECRET"] = settings.ClientSecret };
}
