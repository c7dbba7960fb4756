using McpServers.Hosting;

namespace McpServers.Google;

/// <summary>The options every Google server shares: which account, where the APIs are, service accounts, retries.</summary>
public sealed record GoogleOptions
{
    /// <summary>The environment variable holding a ready access token (read by Google's Terraform provider too).</summary>
    public const string AccessTokenVariable = "GOOGLE_OAUTH_ACCESS_TOKEN";

    /// <summary>The account used when a call names none (null: the only one).</summary>
    public string? DefaultAccount { get; init; }
    /// <summary>The root replacing https://*.googleapis.com/ (null: Google's own).</summary>
    public Uri? ApiBaseUrl { get; init; }
    /// <summary>A service account's JSON key file.</summary>
    public string? ServiceAccountKeyFile { get; init; }
    /// <summary>The Workspace user a service account acts as.</summary>
    public string? ImpersonatedUser { get; init; }
    /// <summary>Retries of a call answered 429 or 5xx.</summary>
    public int MaxRetries { get; init; } = 4;
    /// <summary>The longest Retry-After waited for.</summary>
    public TimeSpan LongestRetryWait { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>A ready access token (GOOGLE_OAUTH_ACCESS_TOKEN).</summary>
    public string? AccessToken { get; init; }

    /// <summary><c>--account</c>.</summary>
    public static readonly ServerOption<string?> AccountOption = ServerOption.Text("account",
        "Account used when a tool call names none", "GOOGLE_ACCOUNT", defaultText: "the only account there is");

    /// <summary><c>--google-api-base-url</c>.</summary>
    public static readonly ServerOption<string?> ApiBaseUrlOption = ServerOption.Text("google-api-base-url",
        "Send every Google API call to this root instead of https://*.googleapis.com/ (tests, proxies, emulators)", "GOOGLE_API_BASE_URL");

    /// <summary><c>--service-account-key</c>.</summary>
    public static readonly ServerOption<string?> ServiceAccountKeyOption = ServerOption.Text("service-account-key",
        "A service account's JSON key file; its account is named 'service'", "GOOGLE_SERVICE_ACCOUNT_KEY");

    /// <summary><c>--impersonate</c>.</summary>
    public static readonly ServerOption<string?> ImpersonateOption = ServerOption.Text("impersonate",
        "With --service-account-key: the Workspace user to act as (domain-wide delegation)", "GOOGLE_IMPERSONATE");

    /// <summary><c>--google-max-retries</c>.</summary>
    public static readonly ServerOption<int> MaxRetriesOption = ServerOption.Int("google-max-retries",
        "Retries of a call Google answered 429 or 5xx (exponential backoff with jitter, Retry-After honoured)", "GOOGLE_MAX_RETRIES", 4, 0, 10);

    /// <summary><c>--google-longest-retry-wait</c>.</summary>
    public static readonly ServerOption<TimeSpan> LongestRetryWaitOption = ServerOption.Duration("google-longest-retry-wait",
        "A Retry-After longer than this is not waited for: the call fails saying when to try again", "GOOGLE_LONGEST_RETRY_WAIT",
        TimeSpan.FromSeconds(30));

    /// <summary>The options, for a server's option list.</summary>
    public static IReadOnlyList<ServerOption> All { get; } =
        [AccountOption, ApiBaseUrlOption, ServiceAccountKeyOption, ImpersonateOption, MaxRetriesOption, LongestRetryWaitOption];

    /// <summary>The options as given (the access token from its environment variable only: it is a secret).</summary>
    public static GoogleOptions From(ServerSettings settings) => new()
    {
        DefaultAccount = settings.Get(AccountOption) is { Length: > 0 } account ? account : null,
        ApiBaseUrl = settings.Get(ApiBaseUrlOption) is { Length: > 0 } url ? ParseBaseUrl(url) : null,
        ServiceAccountKeyFile = settings.Get(ServiceAccountKeyOption) is { Length: > 0 } key ? key : null,
        ImpersonatedUser = settings.Get(ImpersonateOption) is { Length: > 0 } user ? user : null,
        MaxRetries = settings.Get(MaxRetriesOption),
        LongestRetryWait = settings.Get(LongestRetryWaitOption),
        AccessToken = Environment.GetEnvironmentVariable(AccessTokenVariable) is { Length: > 0 } token ? token.Trim() : null,
    };

    private static Uri ParseBaseUrl(string text)
    {
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new Hosting.CommandLine.UsageException($"--google-api-base-url: '{text}' is not an http(s) URL (e.g. http://127.0.0.1:8080/)");
        return url;
    }
}
