using System.Diagnostics;

namespace McpServers.OAuth.Flows;

/// <summary>The terminal: messages on stderr, pasted answers from stdin, the desktop's browser through <c>xdg-open</c>/<c>open</c>.</summary>
public sealed class TerminalLoginConsole : ILoginConsole
{
    /// <inheritdoc />
    public void Show(string message) => Console.Error.WriteLine(message);

    /// <inheritdoc />
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) => await Console.In.ReadLineAsync(cancellationToken);

    /// <inheritdoc />
    public bool TryOpenBrowser(Uri url)
    {
        string? opener = OperatingSystem.IsMacOS() ? "open"
            : OperatingSystem.IsWindows() ? "explorer"
            // Without a display there is no browser to open, whatever xdg-open would try (it may pick a text browser).
            : Environment.GetEnvironmentVariable("DISPLAY") is { Length: > 0 } || Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") is { Length: > 0 } ? "xdg-open"
            : null;
        if (opener is null)
            return false;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url.ToString()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
