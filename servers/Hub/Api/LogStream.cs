using System.Text.Json;
using McpServers.Hub.Logs;
using Microsoft.AspNetCore.Http;

namespace McpServers.Hub.Api;

/// <summary>
/// A server's new log lines as Server-Sent Events: <c>: open</c> first (the stream is live from then on), one
/// <c>data:</c> JSON line per log line, and a <c>: keep-alive</c> comment every 15 s so proxies keep it open.
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
        using var writing = new SemaphoreSlim(1, 1);
        async Task SendAsync(string text)
        {
            await writing.WaitAsync(stop);
            try
            {
                await response.WriteAsync(text, stop);
                await response.Body.FlushAsync(stop);
            }
            finally
            {
                writing.Release();
            }
        }
        var lines = log.FollowAsync(stop); // following before the first byte: no line falls between "open" and the first read
        await using var reader = lines.GetAsyncEnumerator(stop);
        var next = reader.MoveNextAsync().AsTask();
        await SendAsync(": open\n\n");
        using var timer = new PeriodicTimer(KeepAlive);
        var tick = timer.WaitForNextTickAsync(stop).AsTask();
        try
        {
            while (true)
            {
                if (await Task.WhenAny(next, tick) == tick)
                {
                    await tick;
                    await SendAsync(": keep-alive\n\n");
                    tick = timer.WaitForNextTickAsync(stop).AsTask();
                    continue;
                }
                if (!await next)
                    return;
                var entry = reader.Current;
                if (ServerLog.Matches(entry, level, search))
                    await SendAsync($"data: {JsonSerializer.Serialize(entry, HubJson.Default.LogEntry)}\n\n");
                next = reader.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The reader went away.
        }
    }
}
