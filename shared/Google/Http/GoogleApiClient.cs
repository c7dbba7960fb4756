using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using McpServers.Google.Accounts;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace McpServers.Google.Http;

/// <summary>
/// Sends Google API calls as an account. Each account has one pipeline for the life of the process: retries (Polly
/// through Microsoft.Extensions.Http.Resilience: exponential backoff with jitter, <c>Retry-After</c> honoured) around
/// the account's signer (bearer token, renewed and sent once more on a 401) around one shared connection pool.
/// Pipelines share nothing per call, so concurrent calls on several accounts never cross.
/// </summary>
public sealed class GoogleApiClient(GoogleOptions options, TimeProvider time)
{
    private const int LongestErrorBody = 64 * 1024;
    /// <summary>How long one attempt may take, upload included, before it is abandoned (and, for reads, retried).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(2);

    private readonly HttpMessageHandler _connections = new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.All,
    };
    private readonly ConcurrentDictionary<GoogleAccount, HttpMessageInvoker> _pipelines = new(ReferenceEqualityComparer.Instance);

    /// <summary>Sends <paramref name="request"/> as <paramref name="account"/> and reads the answer as a <typeparamref name="T"/>.</summary>
    /// <exception cref="GoogleApiException">Google refused the call; the message says what to do.</exception>
    public async Task<T> SendAsync<T>(GoogleAccount account, GoogleRequest request, JsonTypeInfo<T> answerType, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(account, request, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, answerType, cancellationToken)
            ?? throw new GoogleApiException($"{request.Api.Name} answered an empty body to {request.Method} {request.Path}.", response.StatusCode, null);
    }

    /// <summary>Sends <paramref name="request"/> as <paramref name="account"/>, for calls whose answer carries nothing (deletes).</summary>
    public async Task SendAsync(GoogleAccount account, GoogleRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(account, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(GoogleAccount account, GoogleRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, request.UriUnder(options.ApiBaseUrl ?? request.Api.DefaultRoot))
        {
            Content = request.Content,
        };
        if (message.Content is not null)
            await message.Content.LoadIntoBufferAsync(cancellationToken); // retries send the same bytes again
        var response = await _pipelines.GetOrAdd(account, CreatePipeline).SendAsync(message, cancellationToken);
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            var body = await ReadErrorBodyAsync(response, cancellationToken);
            throw GoogleErrorMessages.Describe(request, response, body, account);
        }
    }

    private static async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new char[LongestErrorBody];
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return new string(buffer, 0, read);
    }

    private HttpMessageInvoker CreatePipeline(GoogleAccount account)
    {
        var signer = account.CreateAuthorizationHandler();
        signer.InnerHandler = _connections;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                MaxDelay = options.LongestRetryWait,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(RetryPolicy.IsWorthRetrying(args.Outcome, args.Context.GetRequestMessage(), options.LongestRetryWait)),
            });
        pipeline.AddTimeout(AttemptTimeout); // inside the retries: each attempt has its own
        return new HttpMessageInvoker(new ResilienceHandler(pipeline.Build()) { InnerHandler = signer }, disposeHandler: false);
    }
}
