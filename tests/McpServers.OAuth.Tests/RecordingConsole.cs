using System.Threading.Channels;
using McpServers.OAuth.Flows;

namespace McpServers.OAuth.Tests;

/// <summary>The terminal of an in-process sign-in: records messages, takes pasted lines, and "opens" URLs with a callback.</summary>
public sealed class RecordingConsole(Func<Uri, bool>? openBrowser = null) : ILoginConsole
{
    private readonly Channel<string?> _input = Channel.CreateUnbounded<string?>();
    private readonly List<string> _messages = [];
    private readonly TaskCompletionSource<string> _firstMessage = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Messages { get { lock (_messages) return [.. _messages]; } }

    public Task<string> FirstMessage => _firstMessage.Task;

    public void Show(string message)
    {
        lock (_messages)
            _messages.Add(message);
        _firstMessage.TrySetResult(message);
    }

    public void Paste(string? line) => _input.Writer.TryWrite(line);

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) => await _input.Reader.ReadAsync(cancellationToken);

    public bool TryOpenBrowser(Uri url) => openBrowser?.Invoke(url) ?? false;
}
