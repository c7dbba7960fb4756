using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Bench.Playwright;

internal static class Measure
{
    public static async Task<double> MillisecondsAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Navigates (both servers answer a navigation with the page snapshot) and fails unless it worked.</summary>
    public static async Task NavigateAsync(McpClient client, Uri url, string? session = null)
    {
        var arguments = new Dictionary<string, object?> { ["url"] = url.ToString() };
        if (session is not null)
            arguments["session"] = session;
        var result = await client.CallToolAsync("browser_navigate", arguments);
        var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        // The peer 0.0.83 puts the snapshot in a file under its output folder and links it; ours answers inline.
        if (result.IsError == true || !(text.Contains("[ref=", StringComparison.Ordinal) || text.Contains("### Snapshot", StringComparison.Ordinal)))
            throw new InvalidOperationException("navigation failed: " + text[..Math.Min(300, text.Length)]);
    }

    /// <summary>Proportional set size (kB) of a process and all its descendants, from /proc.</summary>
    public static long PssKilobytes(IEnumerable<int> pids) => pids.Sum(pid =>
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    });

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitForPortAsync(int port)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("localhost", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"nothing listens on port {port}");
    }
}
