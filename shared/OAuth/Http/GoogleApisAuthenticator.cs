using System.Net;
using System.Net.Http.Headers;
using Google.Apis.Http;
using McpServers.OAuth.Tokens;

namespace McpServers.OAuth.Http;

/// <summary>
/// Lets Google.Apis clients (<c>BaseClientService.Initializer.HttpClientInitializer</c>) use a stored account: adds the
/// bearer token to each request and, on a 401, renews it and lets Google.Apis' own retry send the request again.
/// </summary>
public sealed class GoogleApisAuthenticator(AccountCredential credential)
    : IConfigurableHttpClientInitializer, IHttpExecuteInterceptor, IHttpUnsuccessfulResponseHandler
{
    /// <inheritdoc />
    public void Initialize(ConfigurableHttpClient httpClient)
    {
        httpClient.MessageHandler.AddExecuteInterceptor(this);
        httpClient.MessageHandler.AddUnsuccessfulResponseHandler(this);
    }

    /// <inheritdoc />
    public async Task InterceptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await credential.GetAccessTokenAsync(cancellationToken));

    /// <inheritdoc />
    public async Task<bool> HandleResponseAsync(HandleUnsuccessfulResponseArgs args)
    {
        if (args.Response.StatusCode != HttpStatusCode.Unauthorized || !args.SupportsRetry)
            return false;
        await credential.RefreshAsync(args.Request.Headers.Authorization?.Parameter, args.CancellationToken);
        return true; // the interceptor runs again before the retry and puts the renewed token on.
    }
}
