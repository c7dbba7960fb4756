using System.Text.Json;
using McpServers.Hub.Logs;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hub.Api;

/// <summary>
/// A server's new log lines as Server-Sent Events: <c>: open</c> first (the stream is live from then on), one
/// <c>data:</c> JSON line per log line, and a <c>: keep-alive</c> comment after 15 quiet seconds so proxies keep it open.
/// </summary>
internal static class LogStream
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task WriteAsync(HttpContext context, ServerLog log, string level, string? search)
    {
        var response = context.Response;
        var stop = context.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        // Subscribed before the first byte: no line falls between ": open" and the first read.
        using var subscription = log.Subscribe();
        try
        {
            await SendAsync(response, ": open\n\n", stop);
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stop);
                quiet.CancelAfter(KeepAlive);
                bool more;
                try
                {
                    more = await subscription.Reader.WaitToReadAsync(quiet.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await SendAsync(response, ": keep-alive\n\n", stop);
                    continue;
                }
                if (!more)
                    return;
                var batch = new System.Text.StringBuilder();
                while (subscription.Reader.TryRead(out var entry))
                {
                    if (ServerLog.Matches(entry, level, search))
                        batch.Append("data: ").Append(JsonSerializer.Serialize(entry, HubJson.Default.LogEntry)).Append("\n\n");
                }
                if (batch.Length > 0)
                    await SendAsync(response, batch.ToString(), stop);
            }
        }
        catch (Exception e) when (e is IOException || (e is OperationCanceledException && stop.IsCancellationRequested))
        {
            // The reader went away.
        }
    }

    private static async Task SendAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
