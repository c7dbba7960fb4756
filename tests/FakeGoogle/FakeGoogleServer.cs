using System.Net;
using McpServers.FakeGoogle.Discovery;
using McpServers.FakeGoogle.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace McpServers.FakeGoogle;

/// <summary>
/// Google's REST APIs (Gmail, People, Calendar, Sheets, Drive) in memory, on Kestrel at http://127.0.0.1:PORT/. Every request is checked
/// against Google's discovery documents before it is answered; mismatches are listed in <see cref="Violations"/>.
/// </summary>
public sealed class FakeGoogleServer : IAsyncDisposable
{
    // Parsing the five documents once per process keeps server start cheap.
    private static readonly Lazy<DiscoveryValidator> _validator =
        new(() => DiscoveryValidator.LoadEmbedded("gmail.v1", "people.v1", "calendar.v3", "sheets.v4", "drive.v3"));

    private readonly WebApplication _app;
    private readonly AccountRegistry _accounts;
    private readonly FaultInjector _faults;
    private readonly RequestLog _log;

    private FakeGoogleServer(WebApplication app, Uri baseUrl, AccountRegistry accounts, FaultInjector faults, RequestLog log,
        FakeGmail gmail, FakePeople people, FakeCalendar calendar, FakeSheets sheets)
    {
        _app = app;
        BaseUrl = baseUrl;
        _accounts = accounts;
        _faults = faults;
        _log = log;
        Gmail = gmail;
        People = people;
        Calendar = calendar;
        Sheets = sheets;
        Drive = sheets.Drive;
    }

    /// <summary>The API root replacing https://*.googleapis.com/, e.g. "http://127.0.0.1:41234/".</summary>
    public Uri BaseUrl { get; }

    public FakeGmail Gmail { get; }

    public FakePeople People { get; }

    public FakeCalendar Calendar { get; }

    /// <summary>Spreadsheets; each is also a file of <see cref="Drive"/>.</summary>
    public FakeSheets Sheets { get; }

    public FakeDrive Drive { get; }

    /// <summary>Optional: account email for tokens not added with <see cref="AddAccount"/> (e.g. from a real OAuth server); null means 401. Such tokens pass every scope check.</summary>
    public Func<string, string?>? TokenResolver
    {
        get => _accounts.Resolver;
        set => _accounts.Resolver = value;
    }

    /// <summary>Every request that did not match the discovery documents, as "METHOD /path?query: reason".</summary>
    public IReadOnlyList<string> Violations => _log.Violations;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Requests;

    /// <summary>Starts the fake on a free loopback port.</summary>
    /// <param name="timeProvider">The clock for internalDate, newer_than: and the like (system clock by default).</param>
    public static async Task<FakeGoogleServer> StartAsync(TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var routes = new ApiRoutes();
        var gmail = new FakeGmail(time);
        var people = new FakePeople();
        gmail.MapRoutes(routes);
        people.MapRoutes(routes);
        var calendar = new FakeCalendar(time);
        calendar.MapRoutes(routes);
        var drive = new FakeDrive(time);
        var sheets = new FakeSheets(drive);
        drive.MapRoutes(routes);
        sheets.MapRoutes(routes);

        var accounts = new AccountRegistry();
        var faults = new FaultInjector();
        var log = new RequestLog();
        var pipeline = new RequestPipeline(_validator.Value, routes, accounts, faults, log, time);

        var builder = WebApplication.CreateSlimBuilder();
        // No appsettings.json, ASPNETCORE_URLS or Kestrel section of the test's environment may add endpoints or change limits.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        // A client still holding a request must not make disposing the fake wait the default 30 s.
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            // Gmail takes uploads up to 150 MiB (messages.insert); the validator, not Kestrel, says what is too large.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = new Uri(address.TrimEnd('/') + "/");
        pipeline.BaseUrl = baseUrl;
        return new FakeGoogleServer(app, baseUrl, accounts, faults, log, gmail, people, calendar, sheets);
    }

    /// <summary>Makes a bearer token stand for an account, allowed the given OAuth scopes (a method needs one of its own).</summary>
    public void AddAccount(string email, string accessToken, params string[] scopes)
    {
        _accounts.Add(email, accessToken, scopes);
        Gmail.Mailbox(email);
        // Known accounts have a primary calendar, so freebusy.query finds colleagues before they wrote anything.
        Calendar.EnsureAccount(email);
        // Drive invites an address without a notification only when it is a Google account.
        Drive.EnsureAccount(email);
    }

    /// <summary>Later requests with this token answer 401 (UNAUTHENTICATED, WWW-Authenticate error="invalid_token").</summary>
    public void ExpireToken(string accessToken) => _accounts.Expire(accessToken);

    /// <summary>
    /// The next request whose path and query contain <paramref name="pathContains"/> answers <paramref name="status"/>
    /// with Google's error JSON (and Retry-After when given) instead of being handled.
    /// </summary>
    public void FailNext(string pathContains, int status, TimeSpan? retryAfter = null, string? reason = null) =>
        _faults.Add(new FaultInjector.Fault(pathContains, status, retryAfter, reason));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
