namespace McpServers.FakeGoogle.Hosting;

/// <summary>One-shot failures queued by tests: the next request whose path and query contain the text fails.</summary>
internal sealed class FaultInjector
{
    private readonly List<Fault> _faults = [];

    public void Add(Fault fault)
    {
        lock (_faults) _faults.Add(fault);
    }

    public Fault? TakeMatching(string pathAndQuery)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => pathAndQuery.Contains(f.PathContains, StringComparison.Ordinal));
            if (index < 0) return null;
            var fault = _faults[index];
            _faults.RemoveAt(index);
            return fault;
        }
    }

    internal sealed record Fault(string PathContains, int Status, TimeSpan? RetryAfter, string? Reason);
}
