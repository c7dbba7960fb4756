using System.Threading.Channels;

namespace McpServers.Hub.Logs;

/// <summary>
/// One server's log: every line masked (<see cref="SecretMask"/>) before anything keeps it, written to its rotating file,
/// the last <see cref="Kept"/> lines held for the API's tail, and handed to live readers (the API's stream).
/// </summary>
internal sealed class ServerLog(RotatingLogFile file, TimeProvider time) : IDisposable
{
    /// <summary>Lines kept in memory for <see cref="Tail"/>.</summary>
    public const int Kept = 2000;

    private readonly Queue<LogEntry> _recent = new();
    private readonly List<Channel<LogEntry>> _readers = [];
    private IReadOnlyCollection<string> _secrets = [];

    public string FilePath => file.Path;

    /// <summary>Literal values masked in every line (the server's secret env values and header values).</summary>
    public void SetSecrets(IReadOnlyCollection<string> secrets) => _secrets = secrets;

    /// <summary>Masks what a line from the server or about it says, as every kept line is.</summary>
    public string Mask(string text) => SecretMask.Apply(text, _secrets);

    /// <summary>Masks the line, keeps it (file, recent lines, live readers) and returns it as kept.</summary>
    public string Append(string source, string text, string? level = null)
    {
        text = Mask(text);
        var entry = new LogEntry(time.GetUtcNow(), level ?? LogLevels.Guess(text), source, text);
        file.WriteLine(entry.ToFileLine());
        lock (_recent)
        {
            _recent.Enqueue(entry);
            if (_recent.Count > Kept)
                _recent.Dequeue();
            foreach (var reader in _readers)
                reader.Writer.TryWrite(entry);
        }
        return text;
    }

    /// <summary>The last <paramref name="count"/> lines at <paramref name="level"/> or above that contain <paramref name="search"/> (any case).</summary>
    public IReadOnlyList<LogEntry> Tail(int count, string level, string? search)
    {
        lock (_recent)
            return [.. _recent.Where(e => Matches(e, level, search)).TakeLast(count)];
    }

    public static bool Matches(LogEntry entry, string level, string? search) =>
        LogLevels.Rank(entry.Level) >= LogLevels.Rank(level)
        && (string.IsNullOrEmpty(search) || entry.Text.Contains(search, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// New lines from now on, until the subscription is disposed. A reader that falls 1000 lines behind loses the oldest
    /// of them rather than holding the server up.
    /// </summary>
    public LogSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<LogEntry>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_recent)
            _readers.Add(channel);
        return new LogSubscription(channel.Reader, () =>
        {
            lock (_recent)
                _readers.Remove(channel);
            channel.Writer.TryComplete();
        });
    }

    public void Dispose() => file.Dispose();
}

/// <summary>A live reader of a server's log; disposing it stops the lines.</summary>
internal sealed class LogSubscription(ChannelReader<LogEntry> reader, Action end) : IDisposable
{
    private int _ended;

    public ChannelReader<LogEntry> Reader => reader;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ended, 1) == 0)
            end();
    }
}
