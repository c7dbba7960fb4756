namespace McpServers.ProcessPool;

/// <summary>
/// How the pool's errors name what a session is, for the server that uses it (the pool itself knows workers only).
/// E.g. a browser server: "browser session", "its pages and cookies are gone", "close one (browser_session_close)".
/// </summary>
public sealed record WorkerPoolWording
{
    /// <summary>What one session is called, e.g. "session".</summary>
    public string Session { get; init; } = "session";

    /// <summary>What a session that crashed or expired has lost.</summary>
    public string Lost { get; init; } = "its state is gone";

    /// <summary>How a caller frees a session when the pool is full.</summary>
    public string HowToClose { get; init; } = "close a session";
}
