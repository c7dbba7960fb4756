namespace McpServers.Hub.Logs;

/// <summary>One line of a server's log: when, how severe, where from (<c>stderr</c>, <c>stdout</c>, <c>hub</c>), and the (masked) text.</summary>
internal sealed record LogEntry(DateTimeOffset At, string Level, string Source, string Text)
{
    /// <summary>The line as it is written to the log file.</summary>
    public string ToFileLine() => $"{At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {Level,-7} {Source,-6} {Text}";
}

/// <summary>The four levels of the log API, lowest first, and a guess of a stderr line's level from its words.</summary>
internal static class LogLevels
{
    public const string Debug = "debug";
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Error = "error";

    public static readonly IReadOnlyList<string> All = [Debug, Info, Warning, Error];

    /// <summary>0 (debug) to 3 (error); -1 when <paramref name="level"/> is not one of <see cref="All"/>.</summary>
    public static int Rank(string level) => level switch { Debug => 0, Info => 1, Warning => 2, Error => 3, _ => -1 };

    /// <summary>
    /// A server's own line has no level of ours: the first level word near its start decides (<c>error</c>, <c>fail</c>,
    /// <c>fatal</c>, <c>crit</c>, <c>warn</c>, <c>debug</c>, <c>trace</c>, and the four-letter forms), otherwise info.
    /// </summary>
    public static string Guess(string line)
    {
        var head = line.Length > 48 ? line[..48] : line;
        foreach (var word in head.Split([' ', '\t', ':', '[', ']', '(', ')', '|', '=', '"', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word.ToLowerInvariant())
            {
                case "error" or "err" or "fail" or "failed" or "fatal" or "crit" or "critical" or "panic" or "exception":
                    return Error;
                case "warn" or "warning":
                    return Warning;
                case "debug" or "dbug" or "trace" or "trce" or "verbose":
                    return Debug;
                case "info" or "information" or "notice":
                    return Info;
            }
        }
        return Info;
    }
}
