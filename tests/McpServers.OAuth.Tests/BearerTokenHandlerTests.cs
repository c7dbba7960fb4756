using System.Net;
using McpServers.OAuth.Http;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Tests;

public sealed class BearerTokenHandlerTests
{
    [Fact]
    public async Task AfterARenewedTokenFails_AnOuterRetryCanSendTheSameRequestAgain_WithItsBody()
    {
        // 401 → renewed and sent again → 503 → an outer retry (as a resilience handler does) sends the original again.
        var server = new ScriptedServer(HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var signer = new BearerTokenHandler(new Tokens()) { InnerHandler = server };
        var outer = new ResendOnce { InnerHandler = signer };
        using var client = new HttpClient(outer);

        using var response = await client.PostAsync("http://127.0.0.1/send", new StringContent("the mail"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Bearer old:the mail", "Bearer new:the mail", "Bearer new:the mail"], server.Seen);
    }

    private sealed class Tokens : IAccessTokenSource
    {
        private string _current = "old";

        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(_current);

        public Task<string> RenewAccessTokenAsync(string rejectedAccessToken, CancellationToken cancellationToken = default) => Task.FromResult(_current = "new");
    }

    private sealed class ScriptedServer(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _next;

        public List<string> Seen { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Seen.Add($"{request.Headers.Authorization}:{await request.Content!.ReadAsStringAsync(cancellationToken)}");
            return new HttpResponseMessage(answers[_next++]);
        }
    }

    private sealed class ResendOnce : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var first = await base.SendAsync(request, cancellationToken);
            if (first.StatusCode != HttpStatusCode.ServiceUnavailable)
                return first;
            first.Dispose();
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
