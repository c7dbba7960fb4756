namespace McpServers.Hub.Supervision;

/// <summary>Where a supervised server is in its life, as the API and hub_servers show it.</summary>
internal static class ServerStatus
{
    public const string Starting = "starting";
    public const string Running = "running";
    public const string Unhealthy = "unhealthy";
    public const string Restarting = "restarting";
    public const string Stopped = "stopped";
    public const string CrashLoop = "crash-loop";
}

/// <summary>The hub-wide timings of supervision.</summary>
/// <param name="RestartDelay">First wait before a restart; it doubles with each failure in a row, up to a minute.</param>
/// <param name="StartTimeout">Longest a server may take to start and answer initialize.</param>
internal sealed record SupervisionTimings(TimeSpan RestartDelay, TimeSpan StartTimeout)
{
    /// <summary>Failures within <see cref="CrashLoopWindow"/> that stop the restarts until asked.</summary>
    public const int CrashLoopFailures = 5;

    public static readonly TimeSpan CrashLoopWindow = TimeSpan.FromMinutes(5);

    /// <summary>A run this long clears the failure count.</summary>
    public static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(1);

    /// <summary>Pings missed in a row before the server is restarted.</summary>
    public const int HealthFailures = 3;

    /// <summary>
    /// The wait before restart number <paramref name="failures"/> (1, 2, ...): doubling, capped, less up to 20% of jitter (so
    /// servers that failed together do not restart in step, and none waits longer than the schedule says).
    /// </summary>
    public TimeSpan DelayAfter(int failures)
    {
        var doubled = RestartDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1));
        var capped = Math.Min(doubled, LongestDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.2)));
    }
}
