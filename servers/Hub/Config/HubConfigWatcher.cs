using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hub.Aggregation;
using McpServers.Hub.Logs;
using McpServers.Storage;
using Microsoft.Extensions.Logging;

namespace McpServers.Hub.Config;

/// <summary>
/// Applies edits of the config file while the hub runs: only the servers that were added, changed or removed start or
/// stop. A file that cannot be read or is invalid is refused (logged with the line or field) and nothing changes.
/// </summary>
internal sealed class HubConfigWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);
    private readonly HubServers _servers;
    private readonly ILogger _logger;
    private readonly ITimer _settle;
    private readonly SemaphoreSlim _applying = new(1, 1);
    private FileSystemWatcher? _watcher;
    private string _path = "";

    private readonly HubJournal _journal;

    public HubConfigWatcher(HubServers servers, HubJournal journal, TimeProvider time, ILoggerFactory loggers)
    {
        _servers = servers;
        _journal = journal;
        _logger = loggers.CreateLogger("McpServers.Hub");
        _settle = time.CreateTimer(_ => _ = ApplyAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts watching the file the hub was started with.</summary>
    public void Start(string path)
    {
        _path = Path.GetFullPath(path);
        // Editors save by writing in place or by renaming a new file over the old one: watch the folder for the name.
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Touched();
        _watcher.Created += (_, _) => Touched();
        _watcher.Renamed += (_, _) => Touched();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>A burst of writes (one save) is applied once, when the file has been quiet for a moment.</summary>
    private void Touched() => _settle.Change(Settle, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Changes the file's <c>mcpServers</c> (the API's create, change, remove) and applies it, under the same lock as edits
    /// by hand. The result is checked before it is written: a refused change leaves file and servers as they were and
    /// returns why, with the HTTP status that fits. An edit that returns false changed nothing: the file is not rewritten.
    /// (JSON comments in the file are not kept.)
    /// </summary>
    public async Task<ConfigEditRefusal?> EditAsync(Func<JsonObject, bool> edit)
    {
        if (_path.Length == 0)
            return new(503, "The hub is still starting its servers; try again in a moment.");
        await _applying.WaitAsync();
        try
        {
            var (servers, root, problem) = await ReadAsync();
            if (problem is not null)
                return new(500, problem);
            if (!edit(servers!))
                return null;
            var text = Indented(root!);
            IReadOnlyList<HubServerConfig> configs;
            try
            {
                configs = HubConfigReader.Read(text, _path);
            }
            catch (HubConfigException e)
            {
                return new(400, e.Message);
            }
            try
            {
                // Written beside it and renamed over it, keeping the file's own permissions (it may hold secrets in "env").
                AtomicFile.Write(_path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text + "\n")));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new(500, $"The config file {_path} cannot be written: {e.Message}");
            }
            await ApplyAndTellAsync(configs);
            return null;
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>A server's entry as the file has it now (null when it has none).</summary>
    public async Task<JsonObject?> EntryAsync(string name)
    {
        var (servers, _, _) = await ReadAsync();
        return servers?[name] is JsonObject entry ? (JsonObject)entry.DeepClone() : null;
    }

    private async Task<(JsonObject? Servers, JsonNode? Root, string? Problem)> ReadAsync()
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(await File.ReadAllTextAsync(_path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return (null, null, $"The config file {_path} is not valid JSON now ({e.Message}); fix it by hand first.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"The config file {_path} cannot be read: {e.Message}");
        }
        return root?["mcpServers"] is JsonObject servers ? (servers, root, null) : (null, null, $"The config file {_path} has no \"mcpServers\" object.");
    }

    private static string Indented(JsonNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            node.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private async Task ApplyAsync()
    {
        await _applying.WaitAsync();
        try
        {
            await ApplyAndTellAsync(HubConfigReader.ReadFile(_path));
        }
        catch (HubConfigException e)
        {
            HubLog.ConfigRefused(_logger, e.Message);
            _journal.Record(null, HubEventKinds.Config, $"refused, the servers stay as they were: {e.Message}");
        }
        finally
        {
            _applying.Release();
        }
    }

    private async Task ApplyAndTellAsync(IReadOnlyList<HubServerConfig> configs)
    {
        var change = await _servers.ApplyAsync(configs);
        if (change.IsEmpty)
            return;
        HubLog.ConfigApplied(_logger, _path, change.ToString());
        _journal.Record(null, HubEventKinds.Config, $"applied: {change}");
        foreach (var (names, what) in new[] { (change.Added, "added"), (change.Changed, "changed"), (change.Removed, "removed") })
        {
            foreach (var name in names)
                _journal.Record(name, HubEventKinds.Config, $"{what} in {_path}");
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _settle.Dispose();
    }
}

/// <summary>What applying a config changed: server names added, changed (restarted) and removed.</summary>
/// <summary>Why a change to the config file was not made, and the HTTP status that says so.</summary>
internal sealed record ConfigEditRefusal(int Status, string Message);

internal sealed record ConfigChange(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count + Changed.Count + Removed.Count == 0;

    public override string ToString() =>
        string.Join(", ", new[] { ("added", Added), ("changed", Changed), ("removed", Removed) }
            .Where(p => p.Item2.Count > 0).Select(p => $"{p.Item1} {string.Join(" ", p.Item2)}"));
}
