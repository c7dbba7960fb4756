using System.Diagnostics;
using System.Text.Json;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using McpServers.Hub.Config;
using McpServers.Hub.Logs;
using McpServers.Hub.Supervision;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.Hub.Aggregation;

/// <summary>
/// The configured servers behind the hub and their tools as clients see them (<c>&lt;prefix&gt;__&lt;tool&gt;</c>): lists, routes
/// calls (progress and cancellation passed through), and tells connected clients when the list changes.
/// </summary>
internal sealed class HubServers : IAsyncDisposable
{
    /// <summary>How often each server's CPU and memory are read.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(2);

    private readonly SupervisionTimings _timings;
    private readonly McpSessionRegistry _sessions;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HubMetrics _metrics;
    private readonly ITimer _sampler;
    private readonly HubJournal _journal;

    public HubServers(SupervisionTimings timings, McpSessionRegistry sessions, TimeProvider time, ILoggerFactory loggers, HubJournal journal)
    {
        _journal = journal;
        _timings = timings;
        _sessions = sessions;
        _time = time;
        _logger = loggers.CreateLogger("McpServers.Hub");
        _metrics = new HubMetrics(() => _servers);
        _sampler = time.CreateTimer(_ => Sample(), null, SampleInterval, SampleInterval);
    }

    /// <summary>Reads every server's CPU and memory now (also done every <see cref="SampleInterval"/>).</summary>
    public void Sample()
    {
        foreach (var server in _servers)
            server.Usage.Sample(server.Child?.ProcessId);
        _clients?.Sample();
    }
    private IReadOnlyList<SupervisedServer> _servers = [];
    private OrphanReaper? _reaper;
    private ClientChildren? _clients;
    private int _noticePending;
    private readonly SemaphoreSlim _changing = new(1, 1);

    public IReadOnlyList<SupervisedServer> Servers => _servers;

    /// <summary>Starts every enabled server and waits (at most <paramref name="wait"/>) for each first start to succeed or fail.</summary>
    public async Task StartAsync(IReadOnlyList<HubServerConfig> configs, TimeSpan wait)
    {
        _reaper = OrphanReaper.Start();
        _clients = new ClientChildren(_reaper, _timings, _sessions.IsOpen);
        _sessions.SessionClosed += client => _ = _clients.CloseClientAsync(client);
        _servers = [.. configs.Where(c => !c.Disabled).Select(StartServer)];
        await Task.WhenAll(_servers.Select(s => s.FirstAttempt)).WaitAsync(wait).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Makes the running set match <paramref name="configs"/>: starts added servers, restarts changed ones, stops removed ones.</summary>
    public async Task<ConfigChange> ApplyAsync(IReadOnlyList<HubServerConfig> configs)
    {
        await _changing.WaitAsync();
        try
        {
            var running = _servers.ToDictionary(s => s.Config.Name);
            var wanted = configs.Where(c => !c.Disabled).ToList();
            var kept = wanted.Where(c => running.TryGetValue(c.Name, out var current) && current.Config.SameAs(c)).Select(c => c.Name).ToHashSet();
            List<string> added = [.. wanted.Where(c => !running.ContainsKey(c.Name)).Select(c => c.Name)];
            List<string> changed = [.. wanted.Where(c => running.ContainsKey(c.Name) && !kept.Contains(c.Name)).Select(c => c.Name)];
            var stopping = running.Values.Where(s => !kept.Contains(s.Config.Name)).ToList();
            var removed = stopping.Select(s => s.Config.Name).Except(changed).ToList();
            // The old processes end before their replacements start: a server that locks a file or a port would fail otherwise.
            _servers = [.. _servers.Where(s => kept.Contains(s.Config.Name))];
            await Task.WhenAll(stopping.Select(s => s.DisposeAsync().AsTask()));
            foreach (var server in stopping)
                await _clients!.CloseServerAsync(server.Config.Name);
            _servers = [.. wanted.Select(c => kept.Contains(c.Name) ? running[c.Name] : StartServer(c))];
            if (stopping.Count > 0)
                await ListsChangedAsync();
            return new ConfigChange(added, changed, removed);
        }
        finally
        {
            _changing.Release();
        }
    }

    private SupervisedServer StartServer(HubServerConfig config)
    {
        var server = new SupervisedServer(config, _timings, _reaper!, _time, _logger, _journal);
        server.ListsChanged += ListsChangedAsync;
        server.Launch();
        return server;
    }

    /// <summary>Every offered tool of every running server, under its hub name.</summary>
    public IReadOnlyList<ExposedTool> Tools() =>
        [.. _servers.SelectMany(s => s.Tools.Where(t => s.Config.Offers(t.Name)).Select(t => new ExposedTool(ToolNames.Exposed(s.Config.Prefix, t.Name), s, t)))];

    public ExposedTool? Find(string exposedName) => Tools().FirstOrDefault(t => t.Name == exposedName);

    /// <summary>The server whose prefix <paramref name="exposedName"/> has, when it is not running now.</summary>
    public SupervisedServer? DownServerOf(string exposedName)
    {
        var separator = exposedName.IndexOf(ToolNames.Separator, StringComparison.Ordinal);
        return separator <= 0 ? null : _servers.FirstOrDefault(s => s.Config.Prefix == exposedName[..separator] && s.Child is null);
    }

    public static CallToolResult DownError(SupervisedServer server) => ToolResults.Error(DownMessage(server));

    private static string DownMessage(SupervisedServer server) =>
        $"The server '{server.Config.Name}' is {server.Status}{(server.LastError is { } e ? $" ({e})" : "")}; try again once it runs.";

    /// <summary>
    /// Calls a tool by its hub name for the client <paramref name="client"/> (its session key; null without a session). A
    /// server that is down or dies during the call is an error result at once.
    /// </summary>
    public async Task<CallToolResult> CallAsync(ExposedTool tool, string? client, IReadOnlyDictionary<string, JsonElement>? arguments,
        IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        var server = tool.Server;
        IServerConnection child;
        try
        {
            child = await ConnectionForAsync(server, client, cancellationToken);
        }
        catch (ServerUnavailableException e)
        {
            return ToolResults.Error(e.Message);
        }
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            var result = await CallChildAsync(server, child, tool.Tool.Name, arguments, progress, cancellationToken);
            failed = result.IsError == true;
            return result;
        }
        finally
        {
            var duration = Stopwatch.GetElapsedTime(started);
            server.Usage.Record(duration, failed);
            _metrics.Called(server, duration, failed);
        }
    }

    /// <summary>
    /// The connection that serves <paramref name="client"/> on <paramref name="server"/>: the server's own, or for a
    /// <c>perClient</c> server the client's, started now if it has none.
    /// </summary>
    /// <exception cref="ServerUnavailableException">The server is down, or the client's process could not start.</exception>
    public async Task<IServerConnection> ConnectionForAsync(SupervisedServer server, string? client, CancellationToken cancellationToken)
    {
        if (server.Child is not { } supervised)
            throw new ServerUnavailableException(DownMessage(server));
        if (!server.Config.PerClient)
            return supervised;
        if (client is null)
            throw new ServerUnavailableException($"The server '{server.Config.Name}' keeps state for each client, so it needs a client with a session "
                + "(stdio, or Streamable HTTP with Mcp-Session-Id); this request has none.");
        try
        {
            return await _clients!.ForAsync(client, server, cancellationToken);
        }
        catch (ChildFailedException e)
        {
            throw new ServerUnavailableException($"The server '{server.Config.Name}' could not start a process for you: {e.Message}");
        }
    }

    /// <summary>Every prompt of every running server, named <c>&lt;prefix&gt;__&lt;prompt&gt;</c>.</summary>
    public IReadOnlyList<(string Name, SupervisedServer Server, Prompt Prompt)> Prompts() =>
        [.. _servers.SelectMany(s => s.Prompts.Select(p => (ToolNames.Exposed(s.Config.Prefix, p.Name), s, p)))];

    /// <summary>Every resource of every running server, under its own URI (the name is prefixed); the first server listing a URI serves it.</summary>
    public IReadOnlyList<(SupervisedServer Server, Resource Resource)> Resources() =>
        [.. _servers.SelectMany(s => s.Resources.Select(r => (s, r))).DistinctBy(p => p.r.Uri)];

    public IReadOnlyList<(SupervisedServer Server, ResourceTemplate Template)> ResourceTemplates() =>
        [.. _servers.SelectMany(s => s.ResourceTemplates.Select(t => (s, t)))];

    /// <summary>The server that serves <paramref name="uri"/>: the one that lists it, else the first whose template matches it.</summary>
    public SupervisedServer? ServerOfResource(string uri) =>
        Resources().FirstOrDefault(p => p.Resource.Uri == uri).Server
        ?? ResourceTemplates().FirstOrDefault(p => UriTemplateMatch.Matches(p.Template.UriTemplate, uri)).Server;

    private static async Task<CallToolResult> CallChildAsync(SupervisedServer server, IServerConnection child, string tool,
        IReadOnlyDictionary<string, JsonElement>? arguments, IProgress<ProgressNotificationValue>? progress, CancellationToken cancellationToken)
    {
        var call = child.Client.CallToolAsync(tool, arguments?.ToDictionary(p => p.Key, p => (object?)p.Value), progress,
            cancellationToken: cancellationToken).AsTask();
        CallToolResult Stopped() =>
            ToolResults.Error($"The server '{server.Config.Name}' stopped during the call: {child.ExitDescription}. The hub restarts it; call again.");
        if (await Task.WhenAny(call, child.Exited) != call)
            return Stopped();
        try
        {
            return await call;
        }
        catch (Exception e) when (e is not OperationCanceledException and not McpProtocolException)
        {
            // A broken pipe is often heard before the exit: give the exit notice a moment, to say how the server ended.
            await child.Exited.WaitAsync(TimeSpan.FromSeconds(3)).ContinueWith(_ => { }, TaskScheduler.Default);
            return child.HasExited ? Stopped() : ToolResults.Error($"The call to '{server.Config.Name}' failed: {e.Message}");
        }
    }

    /// <summary>
    /// Tells the clients, in the background: a client that does not read its stream must not hold up supervision or a
    /// config change. Changes that come while a notice is on its way are told by the next one.
    /// </summary>
    private Task ListsChangedAsync()
    {
        if (Interlocked.Exchange(ref _noticePending, 1) == 0)
            _ = Task.Run(SendListsChangedAsync);
        return Task.CompletedTask;
    }

    /// <summary>Tells the clients that tools, prompts and resources may have changed (which one changed is not tracked).</summary>
    private async Task SendListsChangedAsync()
    {
        Interlocked.Exchange(ref _noticePending, 0);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _sessions.BroadcastAsync(NotificationMethods.ToolListChangedNotification, new ToolListChangedNotificationParams(),
                McpJsonUtilities.DefaultOptions.GetTypeInfo<ToolListChangedNotificationParams>(), timeout.Token);
            await _sessions.BroadcastAsync(NotificationMethods.PromptListChangedNotification, new PromptListChangedNotificationParams(),
                McpJsonUtilities.DefaultOptions.GetTypeInfo<PromptListChangedNotificationParams>(), timeout.Token);
            await _sessions.BroadcastAsync(NotificationMethods.ResourceListChangedNotification, new ResourceListChangedNotificationParams(),
                McpJsonUtilities.DefaultOptions.GetTypeInfo<ResourceListChangedNotificationParams>(), timeout.Token);
        }
        catch (Exception e)
        {
            HubLog.NoticeFailed(_logger, e.Message);
        }
    }

    /// <summary>Process ids of the clients' own processes of a <c>perClient</c> server.</summary>
    public IReadOnlyList<ClientProcess> ClientProcessesOf(string server) => _clients?.ProcessesOf(server) ?? [];

    public async ValueTask DisposeAsync()
    {
        await _sampler.DisposeAsync();
        _metrics.Dispose();
        await _changing.WaitAsync();
        await Task.WhenAll(_servers.Select(s => s.DisposeAsync().AsTask()));
        if (_clients is not null)
            await _clients.DisposeAsync();
        _reaper?.Dispose();
    }
}

/// <summary>A server that cannot serve a request now: down, or a per-client process that could not start. The message says why.</summary>
internal sealed class ServerUnavailableException(string message) : Exception(message);

/// <summary>A server's tool under the name the hub gives it.</summary>
internal sealed record ExposedTool(string Name, SupervisedServer Server, Tool Tool)
{
    /// <summary>The tool as clients see it: the hub name, the server's description and schemas.</summary>
    public Tool ForClients() => new()
    {
        Name = Name,
        Title = Tool.Title,
        Description = Tool.Description,
        InputSchema = Tool.InputSchema,
        OutputSchema = Tool.OutputSchema,
        Annotations = Tool.Annotations,
        Icons = Tool.Icons,
        Meta = Tool.Meta,
    };
}
