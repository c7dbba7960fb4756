using McpServers.Google.Accounts;
using McpServers.Google.Apis.People;
using McpServers.Google.Http;
using McpServers.Hosting;
using McpServers.OAuth;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Google;

/// <summary>The services every Google server registers: its options, accounts (signed in, service account, access token) and API client.</summary>
public static class GoogleServices
{
    /// <summary>
    /// Registers <see cref="GoogleOptions"/>, <see cref="OAuthAccounts"/>, <see cref="GoogleAccounts"/> (asking for
    /// <paramref name="scopes"/>), <see cref="GoogleApiClient"/> and the People API used by search_contacts.
    /// </summary>
    public static IServiceCollection AddGoogleAccounts(this IServiceCollection services, OAuthClientDefinition signIn,
        IReadOnlyList<string> scopes, ServerSettings settings)
    {
        services.AddSingleton(_ => GoogleOptions.From(settings));
        services.AddSingleton(_ => new HttpClient());
        services.AddSingleton(sp => new OAuthAccounts(signIn, signIn.SettingsFromEnvironment(), sp.GetRequiredService<HttpClient>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new GoogleAccounts(sp.GetRequiredService<GoogleOptions>(), sp.GetRequiredService<OAuthAccounts>(),
            scopes, sp.GetRequiredService<HttpClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new GoogleApiClient(sp.GetRequiredService<GoogleOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PeopleApi>();
        return services;
    }

    /// <summary>
    /// A Google server's <c>BeforeServe</c>: reads the options now, so a bad value is a usage error at start rather than
    /// at the first tool call.
    /// </summary>
    public static Task<int?> CheckOptions(ServerSettings settings, IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<GoogleOptions>();
        return Task.FromResult<int?>(null);
    }
}
