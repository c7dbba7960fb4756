using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using McpServers.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace McpServers.Hub.Tests;

/// <summary>
/// The dashboard in Debian's Chromium (Playwright), against a hub over HTTP with a token and real child processes: live
/// status, restart from the page, the log viewer's filters, the form's preview against what the API stores, the phone layout.
/// </summary>
public sealed class DashboardTests
{
    private const string Token = "dashboard-test-token";

    [Fact]
    public async Task ServerList_ShowsLiveStatus_RestartFromThePageWorks_AndTheLogViewerFilters()
    {
        await using var run = await DashboardRun.StartAsync(_ => new JsonObject
        {
            ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server"),
            ["noisy"] = HubRun.Noisy("s3cr3t-VALUE"),
        });
        var page = run.Page;
        await page.GotoAsync(run.Hub.BaseAddress + "dashboard/");
        // Without the token the API says 401 and the page asks for it; the token goes in a header from then on.
        await Expect(page.GetByTestId("banner")).ToBeVisibleAsync();
        await run.EnterTokenAsync();

        var test = page.Locator("[data-testid=server-card][data-server=test]");
        await Expect(test.GetByTestId("status")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await Expect(page.Locator("[data-testid=server-card][data-server=noisy]").GetByTestId("status")).ToHaveTextAsync("running");
        var pid = await test.GetByTestId("pid").TextContentAsync();
        Assert.Equal(pid, (await run.ServerAsync("test"))["pid"]!.ToString());

        await test.Locator("[data-action=restart]").ClickAsync();
        await Expect(test.GetByTestId("restarts")).ToHaveTextAsync("1", new() { Timeout = 15_000 });
        await Expect(test.GetByTestId("status")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await Expect(test.GetByTestId("pid")).Not.ToHaveTextAsync(pid!);
        Assert.Equal(await test.GetByTestId("pid").TextContentAsync(), (await run.ServerAsync("test"))["pid"]!.ToString());

        // Stopped from outside the page (the API): the page shows it by itself.
        (await run.Http.PostAsync("/api/servers/noisy/stop", null)).EnsureSuccessStatusCode();
        await Expect(page.Locator("[data-testid=server-card][data-server=noisy]").GetByTestId("status")).ToHaveTextAsync("stopped", new() { Timeout = 15_000 });
        (await run.Http.PostAsync("/api/servers/noisy/start", null)).EnsureSuccessStatusCode();

        await page.Locator("[data-testid=server-card][data-server=noisy] [data-action=logs]").ClickAsync();
        var lines = page.GetByTestId("log-line");
        await Expect(lines.Filter(new() { HasText = "warn: slow start" }).First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(lines.Filter(new() { HasText = "dbug: details" }).First).ToBeVisibleAsync();
        await page.GetByTestId("log-level").SelectOptionAsync("error");
        await Expect(lines.Filter(new() { HasText = "dbug: details" })).ToHaveCountAsync(0);
        await Expect(lines.First).ToBeVisibleAsync();
        Assert.All(await lines.EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.level)"), level => Assert.Equal("error", level));
        Assert.Contains("Authorization: Bearer ***", await lines.First.TextContentAsync());
        await page.GetByTestId("log-level").SelectOptionAsync("debug");
        await page.GetByTestId("log-search").FillAsync("SLOW");
        // Waits for the view both changes make (debug level and the search): every line matches, and there is one.
        // Waiting only for the debug line to be gone could pass while the error filter still hid it.
        await Expect(lines.Filter(new() { HasNotTextRegex = new Regex("slow", RegexOptions.IgnoreCase) })).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await Expect(lines.First).ToBeVisibleAsync();
        var texts = await lines.AllTextContentsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Contains("slow", t, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("sk-live-4242", await page.ContentAsync());
    }

    [Fact]
    public async Task NewServerForm_PreviewIsWhatTheApiStores_AndTheServerRuns()
    {
        await using var run = await DashboardRun.StartAsync(_ => new JsonObject { ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server") });
        var page = run.Page;
        await run.EnterTokenAsync(run.Hub.BaseAddress + "dashboard/#/new");
        var form = page.GetByTestId("server-form");
        await form.Locator("[name=name]").FillAsync("added");
        await form.Locator("[name=transport]").SelectOptionAsync("stdio");
        await form.Locator("[name=command]").FillAsync(RepoPaths.Executable("McpServers.TestServer", "mcp-test-server"));
        await form.Locator("[name=args]").FillAsync("--log-level\nwarning");
        await form.Locator("[name=env]").FillAsync("GREETING=hello world\nAPI_TOKEN=t0k3n-for-test");
        await form.Locator("[name=prefix]").FillAsync("extra");
        await form.Locator("[name=restart]").SelectOptionAsync("on-failure");

        var preview = JsonNode.Parse((await page.GetByTestId("preview-desktop").TextContentAsync())!)!;
        var entry = preview["mcpServers"]!["added"]!.AsObject();
        Assert.Equal("on-failure", (string)entry["restart"]!);
        var cli = await page.GetByTestId("preview-cli").TextContentAsync();
        Assert.StartsWith("claude mcp add added -e 'GREETING=hello world' -e API_TOKEN=t0k3n-for-test -- ", cli);
        Assert.EndsWith(" --log-level warning", cli);

        await page.GetByTestId("save-server").ClickAsync();
        // A hash change is a same-document navigation (no load event): wait for the URL itself.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/servers$"), new() { Timeout = 15_000 });
        // The file holds exactly the previewed entry; the API shows it with the secret value hidden.
        var file = JsonNode.Parse(await File.ReadAllTextAsync(run.Config))!["mcpServers"]!["added"]!;
        Assert.True(JsonNode.DeepEquals(entry, file), $"preview {entry.ToJsonString()} but stored {file.ToJsonString()}");
        var shown = (await run.Http.GetFromJsonAsync<JsonObject>("/api/servers/added/config"))!["entry"]!;
        Assert.Null(shown["env"]!["API_TOKEN"]);
        Assert.Equal("hello world", (string)shown["env"]!["GREETING"]!);
        await Expect(page.Locator("[data-testid=server-card][data-server=added]").GetByTestId("status")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await run.ScreenshotAsync("hub-dashboard-desktop.png");
    }

    [Fact]
    public async Task OnAPhone_TheMenuCollapses_AndNothingOverflows()
    {
        await using var run = await DashboardRun.StartAsync(_ => new JsonObject
        {
            ["memory"] = HubRun.Ours("McpServers.Memory", "mcp-memory", "--memory-file", Path.Combine(_, "memory.jsonl")),
            ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server"),
        }, new ViewportSize { Width = 390, Height = 844 });
        var page = run.Page;
        await run.EnterTokenAsync();
        await Expect(page.Locator("[data-testid=server-card][data-server=memory]").GetByTestId("status")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("side-menu")).Not.ToBeInViewportAsync();
        await page.GetByTestId("menu-toggle").ClickAsync();
        await Expect(page.GetByTestId("side-menu")).ToBeInViewportAsync();
        await page.GetByTestId("nav-servers").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than the phone");
        await run.ScreenshotAsync("hub-dashboard-phone.png");
    }

    [Fact]
    public async Task ApiReferencePage_TriesACall_WithTheTokenInAHeader()
    {
        await using var run = await DashboardRun.StartAsync(_ => new JsonObject { ["test"] = HubRun.Ours("McpServers.TestServer", "mcp-test-server") });
        var page = run.Page;
        await run.EnterTokenAsync();
        await Expect(page.Locator("[data-testid=server-card][data-server=test]").GetByTestId("status")).ToHaveTextAsync("running", new() { Timeout = 15_000 });
        await page.GotoAsync(run.Hub.BaseAddress + "dashboard/api.html");
        var list = page.Locator("[data-operation='GET /api/servers']");
        await list.GetByTestId("try-send").ClickAsync();
        await Expect(list.GetByTestId("try-response")).ToContainTextAsync("\"name\": \"test\"");
        await Expect(page.Locator("[data-testid=operation]")).ToHaveCountAsync(13);
    }

    /// <summary>A hub over HTTP with a token, a Chromium page, and an API client that has the token.</summary>
    private sealed class DashboardRun : IAsyncDisposable
    {
        private DashboardRun(string config, HttpServerProcess hub, IPlaywright playwright, IBrowser browser, IPage page)
        {
            Config = config;
            Hub = hub;
            Playwright = playwright;
            Browser = browser;
            Page = page;
            Http = new HttpClient { BaseAddress = hub.BaseAddress };
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        public string Config { get; }

        public HttpServerProcess Hub { get; }

        public IPlaywright Playwright { get; }

        public IBrowser Browser { get; }

        public IPage Page { get; }

        public HttpClient Http { get; }

        public static async Task<DashboardRun> StartAsync(Func<string, JsonObject> servers, ViewportSize? viewport = null)
        {
            var config = HubRun.WriteConfig(servers);
            var hub = await HttpServerProcess.StartAsync("McpServers.Hub", "mcp-hub", new Dictionary<string, string?> { ["MCP_AUTH_TOKEN"] = Token },
                [.. HubRun.ConfigArgs(config), "--restart-delay", "200ms"]);
            var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = Posix.IsRoot ? ["--no-sandbox", "--disable-gpu"] : ["--disable-gpu"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 } });
            return new DashboardRun(config, hub, playwright, browser, page);
        }

        /// <summary>Opens <paramref name="url"/> (the dashboard by default) and gives the page the token through its own field.</summary>
        public async Task EnterTokenAsync(string? url = null)
        {
            if (url is not null || Page.Url == "about:blank")
                await Page.GotoAsync(url ?? Hub.BaseAddress + "dashboard/");
            await Page.GetByTestId("token-button").ClickAsync();
            await Page.GetByTestId("token-input").FillAsync(Token);
            await Page.GetByTestId("token-save").ClickAsync();
        }

        public async Task<JsonObject> ServerAsync(string name) => (await Http.GetFromJsonAsync<JsonObject>($"/api/servers/{name}"))!;

        /// <summary>A screenshot into HUB_SCREENSHOT_DIR when set (how the README's pictures are made), else into the test's folder.</summary>
        public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Environment.GetEnvironmentVariable("HUB_SCREENSHOT_DIR") ?? Path.GetDirectoryName(Config)!, name),
            FullPage = true,
        });

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
            Http.Dispose();
            Hub.Dispose();
            Directory.Delete(Path.GetDirectoryName(Config)!, recursive: true);
        }
    }
}
