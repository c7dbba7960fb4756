using System.Threading.Channels;
using McpServers.Memory.Graph;
using McpServers.Storage;
using Microsoft.Extensions.Logging;

namespace McpServers.Memory.Storage;

/// <summary>
/// The graph shared by every process using one memory file. Reads and writes happen under the cross-process lock,
/// after a cheap check (file stamp, log generation and length) that reloads only what other processes changed.
/// Mutations queue to one writer that applies all waiting ones, appends their changes to the write-ahead log with one
/// fsync, and only then acknowledges them; the log is folded into the memory file when it grows or the server is idle.
/// </summary>
internal sealed class GraphStore : IAsyncDisposable
{
    private readonly CrossProcessFileLock _lock;
    private readonly WriteAheadLog _wal;
    private readonly MemoryFileOptions _options;
    private readonly ILogger<GraphStore> _logger;
    private readonly Channel<IPendingMutation> _queue = Channel.CreateUnbounded<IPendingMutation>(new() { SingleReader = true });
    private readonly Task _writer;
    private readonly ITimer _idleCheckpoint;
    private KnowledgeGraph? _graph;
    private FileStamp _mainStamp;

    public GraphStore(MemoryFileOptions options, TimeProvider time, ILogger<GraphStore> logger)
    {
        _options = options;
        _logger = logger;
        Directory.CreateDirectory(Path.GetDirectoryName(options.FilePath)!);
        _lock = new CrossProcessFileLock(options.FilePath) { Timeout = options.LockTimeout };
        _wal = new WriteAheadLog(options.FilePath + ".wal");
        _idleCheckpoint = time.CreateTimer(_ => _queue.Writer.TryWrite(new PendingCheckpoint(this)), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _writer = Task.Run(WriteLoopAsync);
    }

    public string FilePath => _options.FilePath;

    /// <summary>Raised after a batch of mutations that changed the graph is durable.</summary>
    public event Action? Changed;

    /// <summary>Runs a query against the current graph (including other processes' writes).</summary>
    public async Task<T> ReadAsync<T>(Func<KnowledgeGraph, T> query, CancellationToken cancellationToken = default)
    {
        using var held = await _lock.AcquireAsync(cancellationToken);
        return query(Refresh());
    }

    /// <summary>Applies a mutation and returns its result once the change is durable on disk.</summary>
    public Task<T> MutateAsync<T>(Func<KnowledgeGraph, GraphChanges, T> mutation)
    {
        var pending = new PendingMutation<T>(mutation);
        if (!_queue.Writer.TryWrite(pending))
            pending.Fail(new ObjectDisposedException(nameof(GraphStore), "The memory server is shutting down."));
        return pending.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<IPendingMutation>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < 50_000 && _queue.Reader.TryRead(out var next))
                batch.Add(next);
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<IPendingMutation> batch)
    {
        var accepted = new List<IPendingMutation>(batch.Count);
        var changed = false;
        try
        {
            using var held = await _lock.AcquireAsync();
            var graph = Refresh();
            var changes = new GraphChanges();
            foreach (var pending in batch)
            {
                try
                {
                    pending.Apply(graph, changes);
                    accepted.Add(pending);
                }
                catch (GraphInputException e)
                {
                    pending.Fail(e);
                }
            }
            if (!changes.IsEmpty)
            {
                _wal.Append(changes.Records);
                changed = true;
                if (_wal.RecordCount >= _options.CheckpointRecords)
                    TryCheckpoint(graph);
            }
        }
        catch (Exception e)
        {
            // The graph in memory may hold changes that never reached the disk: forget it, fail everyone not yet answered.
            _graph = null;
            foreach (var pending in batch)
                pending.Fail(e);
            return;
        }
        foreach (var pending in accepted)
            pending.Complete();
        if (changed)
        {
            _idleCheckpoint.Change(_options.IdleCheckpointDelay, Timeout.InfiniteTimeSpan);
            Changed?.Invoke();
        }
    }

    /// <summary>The current graph: reloads the memory file only when its stamp or the log's generation changed, else reads new log lines.</summary>
    private KnowledgeGraph Refresh()
    {
        var stamp = FileStamp.Of(_options.FilePath);
        var (generation, length) = _wal.Peek();
        var reload = _graph is null || stamp != _mainStamp || generation != _wal.Generation || length < _wal.ValidLength;
        if (reload)
        {
            _graph = null;
            var graph = GraphFile.Load(_options.FilePath);
            _wal.CatchUp(graph, fromStart: true);
            (_graph, _mainStamp) = (graph, stamp);
        }
        else if (length > _wal.ValidLength)
        {
            _wal.CatchUp(_graph!, fromStart: false);
        }
        return _graph!;
    }

    private void Checkpoint()
    {
        var graph = Refresh();
        if (_wal.Generation is not null && _wal.RecordCount > 0)
            TryCheckpoint(graph);
    }

    private void TryCheckpoint(KnowledgeGraph graph)
    {
        try
        {
            GraphFile.Save(_options.FilePath, graph);
            _mainStamp = FileStamp.Of(_options.FilePath);
            _wal.Reset();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every change is still safe in the log; the memory file catches up at the next checkpoint.
            StorageLog.CheckpointFailed(_logger, _wal.Path, _options.FilePath, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _idleCheckpoint.DisposeAsync();
        _queue.Writer.TryComplete();
        await _writer;
        try
        {
            using var held = await _lock.AcquireAsync();
            Checkpoint();
        }
        catch (Exception e)
        {
            StorageLog.FinalCheckpointSkipped(_logger, _options.FilePath, e);
        }
    }

    /// <summary>An idle-time checkpoint, queued like a mutation so it runs on the writer, never beside it.</summary>
    private sealed class PendingCheckpoint(GraphStore store) : IPendingMutation
    {
        public void Apply(KnowledgeGraph graph, GraphChanges changes) => store.Checkpoint();

        public void Complete()
        {
        }

        public void Fail(Exception error)
        {
        }
    }
}
