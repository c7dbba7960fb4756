namespace McpServers.FakeGoogle.Hosting;

/// <summary>Every request received and every one that broke the discovery documents, in arrival order.</summary>
internal sealed class RequestLog
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<string> _violations = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests) return _requests.ToArray();
        }
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations) return _violations.ToArray();
        }
    }

    public void Record(RecordedRequest request)
    {
        lock (_requests) _requests.Add(request);
    }

    public void Violation(string description)
    {
        lock (_violations) _violations.Add(description);
    }
}
