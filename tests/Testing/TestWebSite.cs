using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace McpServers.Testing;

/// <summary>A web site served by Kestrel on 127.0.0.1 with a free port: fixed pages and handlers, for browser and feed tests.</summary>
public sealed class TestWebSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestWebSite(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// <summary>Serves each path with its handler; anything else is 404.</summary>
    public static async Task<TestWebSite> StartAsync(IReadOnlyDictionary<string, RequestDelegate> routes)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddLogging();
        var app = builder.Build();
        app.Run(context => routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler)
            ? handler(context)
            : NotFound(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestWebSite(app, new Uri(address + "/"));
    }

    /// <summary>A handler answering with fixed content.</summary>
    public static RequestDelegate Content(string body, string contentType = "text/html; charset=utf-8") => context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return context.Response.WriteAsync("not found");
    }
}
