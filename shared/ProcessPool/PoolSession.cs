namespace McpServers.ProcessPool;

/// <summary>A session bound to its worker. Mutable fields are guarded by the pool's lock.</summary>
internal sealed class PoolSession(string key, WorkerProcess worker, DateTimeOffset now)
{
    public string Key { get; } = key;

    public WorkerProcess Worker { get; } = worker;

    public int InFlight { get; set; }

    public DateTimeOffset LastUsed { get; set; } = now;

    public PoolSessionInfo ToInfo() => new(Key, Worker.ProcessId, InFlight > 0, LastUsed);
}
