using System.Globalization;

namespace McpServers.Testing;

/// <summary>Processes as Linux sees them in /proc: descendants of a process, and whether a set of them is gone.</summary>
public static class ProcessTree
{
    /// <summary>Every living process below <paramref name="pid"/> (children, grandchildren, ...).</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = AllParents();
        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var (child, parent) in parents)
            {
                if (parent == current && !found.Contains(child))
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }
        return found;
    }

    public static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && !IsZombie(pid);

    public static string CommandOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Waits until none of <paramref name="pids"/> is alive; returns those still alive after <paramref name="timeout"/>.</summary>
    public static async Task<IReadOnlyList<int>> WaitUntilGoneAsync(IEnumerable<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var remaining = pids.ToList();
        // No event announces the death of a process that is not our child: look at /proc every 100 ms until the deadline.
        while ((remaining = remaining.Where(IsAlive).ToList()).Count > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        return remaining;
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static List<(int Pid, int Parent)> AllParents()
    {
        var result = new List<(int, int)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                result.Add((pid, int.Parse(fields[1], CultureInfo.InvariantCulture)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
            }
        }
        return result;
    }
}
