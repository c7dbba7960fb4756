using System.Net;
using System.Net.Sockets;
using System.Text;

namespace McpServers.OAuth.Flows;

/// <summary>
/// Waits for the provider's redirect on 127.0.0.1 (RFC 8252 §7.3): a free port unless one is given, any path, one
/// small HTTP/1.1 exchange per connection. An answer whose state is not this attempt's is answered with 400 and
/// ignored, so a forged request cannot end a real sign-in.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();

    private LoopbackReceiver(TcpListener listener, string path)
    {
        _listener = listener;
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        RedirectUri = $"http://127.0.0.1:{port}{path}";
    }

    /// <summary>The redirect URI to register the attempt with.</summary>
    public string RedirectUri { get; }

    /// <summary>Listens on <paramref name="port"/> (0: any free port) of 127.0.0.1.</summary>
    public static LoopbackReceiver Start(int port = 0, string path = "/")
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return new LoopbackReceiver(listener, path);
    }

    /// <summary>Returns the redirect URL that carries <paramref name="request"/>'s state (a code or an error).</summary>
    public async Task<string> WaitAsync(AuthorizationRequest request, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        while (true)
        {
            using var connection = await _listener.AcceptTcpClientAsync(linked.Token);
            connection.ReceiveTimeout = 5000;
            await using var stream = connection.GetStream();
            var target = await ReadRequestTargetAsync(stream, linked.Token);
            if (target is null)
                continue;
            var url = "http://127.0.0.1" + target;
            try
            {
                AuthorizationAnswer.ReadCode(url, request);
                await RespondAsync(stream, 200, "Signed in", "You are signed in. You can close this tab and go back to the terminal.", linked.Token);
                return url;
            }
            catch (OAuthException e) when (e.Error is not null)
            {
                // The provider refused (access_denied...): the attempt is over, say so on both sides.
                await RespondAsync(stream, 200, "Sign-in refused", e.Message, linked.Token);
                return url;
            }
            catch (OAuthException e)
            {
                await RespondAsync(stream, 400, "Not this sign-in", e.Message, linked.Token);
            }
        }
    }

    private static async Task<string?> ReadRequestTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
                break;
            length += read;
            if (Encoding.ASCII.GetString(buffer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
                break;
        }
        var requestLine = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n")[0].Split(' ');
        if (requestLine.Length < 3 || requestLine[0] != "GET" || !requestLine[1].StartsWith('/'))
        {
            await RespondAsync(stream, 400, "Bad request", "This address only receives sign-in answers.", cancellationToken);
            return null;
        }
        if (!requestLine[1].Contains('?'))
        {
            await RespondAsync(stream, 404, "Not found", "This address only receives sign-in answers.", cancellationToken);
            return null;
        }
        return requestLine[1];
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string title, string message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes($"<!doctype html><meta charset=utf-8><title>{WebUtility.HtmlEncode(title)}</title><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(message)}</p>");
        var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request")}\r\nContent-Type: text/html; charset=utf-8\r\n"
            + $"Content-Length: {body.Length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
        return ValueTask.CompletedTask;
    }
}
