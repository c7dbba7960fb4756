using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.WorkerRpc;

/// <summary>
/// The transport of the worker's in-process <c>McpServer</c>, which exists only so tools get the request context they
/// expect. Nothing arrives on it; of what the server sends, progress notifications go to the caller's
/// <see cref="IProgress{T}"/> (by progress token) and the rest is dropped, as the pool has no use for it.
/// </summary>
internal sealed class ProgressRelayTransport : ITransport
{
    private readonly Channel<JsonRpcMessage> _incoming = Channel.CreateUnbounded<JsonRpcMessage>();
    private readonly ConcurrentDictionary<string, IProgress<ProgressNotificationValue>> _listeners = new();

    public string? SessionId => null;

    public ChannelReader<JsonRpcMessage> MessageReader => _incoming.Reader;

    /// <summary>Sends progress reported under <paramref name="token"/> to <paramref name="progress"/> until disposed.</summary>
    public IDisposable Listen(ProgressToken token, IProgress<ProgressNotificationValue> progress)
    {
        var key = token.ToString() ?? "";
        _listeners[key] = progress;
        return new Unlisten(() => _listeners.TryRemove(key, out _));
    }

    public Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default)
    {
        if (message is JsonRpcNotification { Method: NotificationMethods.ProgressNotification, Params: { } json }
            && json.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo<ProgressNotificationParams>()) is { } notification
            && _listeners.TryGetValue(notification.ProgressToken.ToString() ?? "", out var listener))
            listener.Report(notification.Progress);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _incoming.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    private sealed class Unlisten(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
