namespace McpServers.Testing;

/// <summary>
/// A Node script of tests/interop (npm packages pinned there) run as a server: started with its stdin held open (it ends
/// when the test does), and the line by which it says where it listens.
/// </summary>
public static class InteropScript
{
    /// <summary>Starts <paramref name="script"/> and waits for its first stdout line starting with <paramref name="announcement"/>.</summary>
    public static async Task<(ChildProcess Node, string Line)> StartAsync(string script, IEnumerable<string> args, string announcement, TimeSpan timeout)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "interop", script);
        var node = ChildProcess.Start("node", [path, .. args], redirectStdin: true, workingDirectory: Path.GetDirectoryName(path));
        try
        {
            return (node, (await node.WaitForStdoutLineAsync(l => l.StartsWith(announcement, StringComparison.Ordinal), timeout)).Trim());
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }
}
