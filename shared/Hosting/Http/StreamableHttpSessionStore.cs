using System.Collections.Concurrent;
using System.Security.Cryptography;
using McpServers.Hosting.CommandLine;
using McpServers.Hosting.Sessions;
using Microsoft.Extensions.Logging;

namespace McpServers.Hosting.Http;

/// <summary>Open Streamable HTTP sessions by id; closes those idle longer than the configured timeout.</summary>
internal sealed class StreamableHttpSessionStore : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, StreamableHttpSession> _sessions = new(StringComparer.Ordinal);
    private readonly McpSessionFactory _factory;
    private readonly McpSessionRegistry _registry;
    private readonly HostSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ITimer _reaper;
    private readonly Lock _createLock = new();

    public StreamableHttpSessionStore(McpSessionFactory factory, McpSessionRegistry registry, HostSettings settings, TimeProvider time,
        ILogger<StreamableHttpSessionStore> logger)
    {
        _factory = factory;
        _registry = registry;
        _settings = settings;
        _time = time;
        _logger = logger;
        var period = TimeSpan.FromTicks(Math.Clamp(settings.SessionIdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(30).Ticks));
        _reaper = time.CreateTimer(_ => _ = ReapIdleAsync(), null, period, period);
    }

    public int Count => _sessions.Count;

    /// <summary>A new session, or null when <see cref="HostSettings.MaxSessions"/> are open.</summary>
    public StreamableHttpSession? Create()
    {
        lock (_createLock)
        {
            if (_sessions.Count >= _settings.MaxSessions)
                return null;
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var session = new StreamableHttpSession(id, _factory, _registry, _time);
            _sessions[id] = session;
            _logger.LogInformation("Session {SessionId} started ({Count} open)", id, _sessions.Count);
            return session;
        }
    }

    public StreamableHttpSession? Find(string id) =>
        _sessions.TryGetValue(id, out var session) && !session.IsClosed ? session : null;

    public async Task<bool> CloseAsync(string id, string reason)
    {
        if (!_sessions.TryRemove(id, out var session))
            return false;
        _logger.LogInformation("Session {SessionId} closed: {Reason}", id, reason);
        await session.DisposeAsync();
        return true;
    }

    /// <summary>Closes every session idle for the configured timeout; runs on the reaper timer.</summary>
    public async Task ReapIdleAsync()
    {
        var now = _time.GetUtcNow();
        foreach (var session in _sessions.Values)
        {
            if (session.IsClosed || session.IsIdleSince(now, _settings.SessionIdleTimeout))
                await CloseAsync(session.Id, session.IsClosed ? "ended" : $"idle for {_settings.SessionIdleTimeout}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reaper.DisposeAsync();
        foreach (var id in _sessions.Keys)
            await CloseAsync(id, "server shutting down");
    }
}
