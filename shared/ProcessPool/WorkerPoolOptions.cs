namespace McpServers.ProcessPool;

/// <summary>Limits and timers of a <see cref="WorkerPool"/>.</summary>
public sealed record WorkerPoolOptions
{
    /// <summary>The worker executable and its arguments.</summary>
    public required WorkerCommand Command { get; init; }

    /// <summary>Most worker processes alive at once (sessions, spares and starting ones together).</summary>
    public int MaxWorkers { get; init; } = 4;

    /// <summary>Workers kept started and handshaken, ready for the next new session.</summary>
    public int WarmWorkers { get; init; } = 1;

    /// <summary>How long a new session waits for a free worker before failing with "pool full".</summary>
    public TimeSpan AcquireTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A session with no call for this long is shut down and its process reaped.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often live workers are pinged.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>A worker that does not answer a ping within this time is considered hung and killed.</summary>
    public TimeSpan PingTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest a worker may take to start and answer the handshake.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Sessions one worker serves before it is replaced (1: a worker never serves a second session). A worker is reused
    /// only after it reset itself (<see cref="IWorkerChannel.ResetAsync"/>).
    /// </summary>
    public int MaxSessionsPerWorker { get; init; } = 1;

    /// <summary>A worker older than this is not given a new session.</summary>
    public TimeSpan MaxWorkerAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Tool called once on every new spare (no arguments), so its first real call finds the worker's code paths warm.</summary>
    public string? WarmUpToolName { get; init; }

    /// <summary>How errors name a session (the server's own words for it).</summary>
    public WorkerPoolWording Wording { get; init; } = new();

    /// <summary>Throws when the values cannot work together.</summary>
    public void Validate()
    {
        if (MaxWorkers < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxWorkers), MaxWorkers, "at least 1");
        if (WarmWorkers < 0 || WarmWorkers > MaxWorkers)
            throw new ArgumentOutOfRangeException(nameof(WarmWorkers), WarmWorkers, $"0 to MaxWorkers ({MaxWorkers})");
        if (MaxSessionsPerWorker < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxSessionsPerWorker), MaxSessionsPerWorker, "at least 1");
    }
}
