namespace McpServers.ProcessPool;

/// <summary>A snapshot of the pool, for the server's metrics tool and resource.</summary>
/// <param name="Active">Sessions with a call in progress.</param>
/// <param name="Idle">Sessions with a worker but no call in progress.</param>
/// <param name="Spare">Started, handshaken workers waiting for a session.</param>
/// <param name="Starting">Workers being started.</param>
/// <param name="MaxWorkers">The cap.</param>
/// <param name="Spawned">Workers started since the pool was created.</param>
/// <param name="Crashed">Workers that exited or hung while serving or waiting.</param>
/// <param name="Expired">Sessions closed for being idle.</param>
/// <param name="Sessions">The sessions, with their worker's process id.</param>
/// <param name="SpareProcessIds">Process ids of the spares.</param>
public sealed record PoolMetrics(int Active, int Idle, int Spare, int Starting, int MaxWorkers, long Spawned, long Crashed, long Expired,
    IReadOnlyList<PoolSessionInfo> Sessions, IReadOnlyList<int> SpareProcessIds);

/// <summary>One session of the pool.</summary>
public sealed record PoolSessionInfo(string Session, int ProcessId, bool Busy, DateTimeOffset LastUsed);
