using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Flows;

/// <summary>
/// Authorization code + PKCE (RFC 6749 §4.1, RFC 7636) for an installed application (RFC 8252): a loopback receiver on
/// a free port, the browser opened when there is one, and, when there is not, the URL printed and the address the
/// browser lands on pasted back. Whichever answer comes first wins.
/// Google.Apis.Auth's <c>AuthorizationCodeInstalledApp</c> + <c>LocalServerCodeReceiver</c> do the browser half for
/// Google only (PKCE lives in its Google-specific flow) and have no paste fallback, so this is ours.
/// </summary>
public sealed class CodeLogin(TokenEndpointClient client, ILoginConsole console)
{
    /// <summary>Runs the sign-in and returns the tokens.</summary>
    public async Task<TokenSet> RunAsync(CodeLoginOptions options, CancellationToken cancellationToken)
    {
        await using var receiver = StartReceiver(options.RedirectUri);
        var redirectUri = options.RedirectUri?.ToString() ?? receiver!.RedirectUri;
        var request = AuthorizationRequest.Create(client.Provider, redirectUri);
        var opened = !options.NoBrowser && console.TryOpenBrowser(request.Url);
        var paste = !opened || receiver is null;
        console.Show(opened
            ? $"A browser window was opened to sign in to {client.Provider.Name}. If it did not appear, open:\n\n  {request.Url}\n"
            : $"Open this address in a browser to sign in to {client.Provider.Name}:\n\n  {request.Url}\n");
        if (paste)
            console.Show($"After you sign in, the browser goes to {redirectUri}. If that page does not load (this machine is not the\n"
                + "browser's), copy the whole address from the browser's address bar and paste it here (or just the code), then Enter:");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var waits = new List<Task<string>>();
        if (receiver is not null)
            waits.Add(receiver.WaitAsync(request, timeout.Token));
        if (paste)
            waits.Add(ReadPastedAnswerAsync(request, receiver is not null, timeout.Token));
        string answer;
        try
        {
            answer = await await Task.WhenAny(waits);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new OAuthException($"no sign-in answer within {options.Timeout.TotalMinutes:0.#} minutes");
        }
        finally
        {
            await timeout.CancelAsync();
        }
        var code = AuthorizationAnswer.ReadCode(answer, request);
        return await client.ExchangeCodeAsync(code, request.Pkce.Verifier, redirectUri, cancellationToken);
    }

    private static LoopbackReceiver? StartReceiver(Uri? fixedRedirect)
    {
        if (fixedRedirect is null)
            return LoopbackReceiver.Start();
        if (fixedRedirect.Scheme != Uri.UriSchemeHttp || !(fixedRedirect.IsLoopback) || fixedRedirect.IsDefaultPort)
            return null;
        try
        {
            return LoopbackReceiver.Start(fixedRedirect.Port, fixedRedirect.AbsolutePath);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return null; // taken (e.g. published by Docker to another process): the paste path still works.
        }
    }

    // A wrong paste (an older attempt, a typo) is explained and asked for again; end of input leaves it to the receiver.
    private async Task<string> ReadPastedAnswerAsync(AuthorizationRequest request, bool receiverRunning, CancellationToken cancellationToken)
    {
        while (true)
        {
            var line = await console.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                if (!receiverRunning)
                    throw new OAuthException("input ended before a sign-in answer was pasted");
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                AuthorizationAnswer.ReadCode(line, request);
                return line;
            }
            catch (OAuthException e) when (e.Error is null)
            {
                console.Show($"Not accepted: {e.Message}. Paste the address again:");
            }
        }
    }
}
