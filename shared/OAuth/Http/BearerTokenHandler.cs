using System.Net;
using System.Net.Http.Headers;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Http;

/// <summary>
/// Signs every request with the bearer token of an <see cref="IAccessTokenSource"/> (a signed-in account, a service account); on a 401 it renews the token once and sends the request again.
/// <c>new HttpClient(new BearerTokenHandler(credential) { InnerHandler = new HttpClientHandler() })</c> is all an
/// API client needs.
/// </summary>
public sealed class BearerTokenHandler(IAccessTokenSource credential) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body may have to go twice; buffer it so the retry sends the same bytes.
        if (request.Content is not null)
            await request.Content.LoadIntoBufferAsync(cancellationToken);
        var token = await credential.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;
        response.Dispose();
        var renewed = await credential.RenewAccessTokenAsync(token, cancellationToken);
        var retry = Clone(request);
        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        try
        {
            return await base.SendAsync(retry, cancellationToken);
        }
        finally
        {
            // The copy shares the original's body, which an outer retry (a resilience handler) may send again.
            retry.Content = null;
            retry.Dispose();
        }
    }

    private static HttpRequestMessage Clone(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy, Content = request.Content };
        foreach (var header in request.Headers)
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        foreach (var option in request.Options)
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        return copy;
    }
}
