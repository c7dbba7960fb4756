using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using McpServers.Hosting.Logging;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Stdio;

/// <summary>
/// Newline-delimited JSON-RPC over a pair of streams (stdin/stdout) that answers every request it has read before it
/// reports the end of input. The SDK's stdio transport disconnects at end of input and then drops the replies still
/// being computed, so <c>printf '...' | mcp-memory</c> printed nothing. Here end of input waits until each request
/// read so far has its response or error written (or was cancelled by the client), for at most
/// <see cref="AnswerGrace"/>; a shutdown signal still ends everything at once. A line that is not a JSON-RPC message
/// is answered with a JSON-RPC error naming what is wrong when it carries an id, and logged either way.
/// </summary>
internal sealed class AnsweringStdioTransport : TransportBase
{
    /// <summary>How long end of input waits for the replies still owed before the session ends anyway.</summary>
    public static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(30);

    private readonly TextReader _input;
    private readonly Stream _output;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<RequestId, byte> _unanswered = new();
    private readonly SemaphoreSlim _answered = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _readLoop;
    private int _disposed;

    public AnsweringStdioTransport(Stream input, Stream output, string serverName, ILoggerFactory loggerFactory)
        : base($"stdio ({serverName})", loggerFactory)
    {
        _input = new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _output = output;
        _logger = loggerFactory.CreateLogger<AnsweringStdioTransport>();
        SetConnected();
        _readLoop = Task.Run(ReadLoopAsync);
    }

    public override async Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default)
    {
        if (!IsConnected)
            return;
        var json = JsonSerializer.SerializeToUtf8Bytes(message, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage)));
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            // One write, not cancellable once started: half a line would glue the next message onto it.
            await _output.WriteAsync(line, CancellationToken.None);
            await _output.FlushAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            throw new IOException("Could not write to stdout: the client has probably gone.", e);
        }
        finally
        {
            _sendLock.Release();
            // Owed no longer either way: written, or it never can be (end of input must not wait for it).
            if (message is JsonRpcResponse or JsonRpcError)
                MarkAnswered(((JsonRpcMessageWithId)message).Id);
        }
    }

    private async Task ReadLoopAsync()
    {
        var stop = _stop.Token;
        Exception? failure = null;
        try
        {
            while (await _input.ReadLineAsync(stop) is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                    await AcceptAsync(line, stop);
            }
            await WaitUntilAnsweredAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            SetDisconnected(failure);
        }
    }

    private async Task AcceptAsync(string line, CancellationToken stop)
    {
        JsonRpcMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(line, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage))) as JsonRpcMessage;
        }
        catch (JsonException e)
        {
            await RefuseAsync(line, e.Message, stop);
            return;
        }
        if (message is null)
        {
            await RefuseAsync(line, "the line is not a JSON-RPC message", stop);
            return;
        }
        if (message is JsonRpcRequest request)
            _unanswered.TryAdd(request.Id, 0);
        else if (message is JsonRpcNotification { Method: NotificationMethods.CancelledNotification } cancelled
                 && CancelledRequestOf(cancelled) is { } id)
            MarkAnswered(id); // a cancelled request gets no reply: nothing is owed for it any more
        await WriteMessageAsync(message, stop);
    }

    private async Task RefuseAsync(string line, string reason, CancellationToken stop)
    {
        HostingLog.StdioLineRefused(_logger, reason);
        var (parses, maybeId) = JsonRpcLine.Inspect(line);
        if (maybeId is not { } id)
            return;
        await SendMessageAsync(new JsonRpcError
        {
            Id = id,
            Error = new JsonRpcErrorDetail
            {
                Code = (int)(parses ? McpErrorCode.InvalidRequest : McpErrorCode.ParseError),
                Message = (parses ? "Invalid JSON-RPC request: " : "Invalid JSON: ") + reason,
            },
        }, stop);
    }

    private static RequestId? CancelledRequestOf(JsonRpcNotification notification)
    {
        try
        {
            return notification.Params?.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(CancelledNotificationParams))) is CancelledNotificationParams p
                ? p.RequestId
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void MarkAnswered(RequestId id)
    {
        if (_unanswered.TryRemove(id, out _))
            _answered.Release();
    }

    private async Task WaitUntilAnsweredAsync(CancellationToken stop)
    {
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(stop);
        grace.CancelAfter(AnswerGrace);
        try
        {
            while (!_unanswered.IsEmpty)
                await _answered.WaitAsync(grace.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            HostingLog.StdioEndedWithUnansweredRequests(_logger, _unanswered.Count, AnswerGrace);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _stop.CancelAsync();
        // A read blocked on stdin is woken neither by the token nor by closing the reader (console reads are synchronous
        // underneath), so the loop gets a moment and is then left to the process's exit; stdin is not touched here.
        try
        {
            await _readLoop.WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException)
        {
        }
        SetDisconnected();
        _stop.Dispose();
    }
}
