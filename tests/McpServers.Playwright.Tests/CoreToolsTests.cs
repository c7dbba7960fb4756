using ModelContextProtocol.Protocol;

namespace McpServers.Playwright.Tests;

/// <summary>The core browser tools, end to end: mcp-playwright over stdio, its worker, Debian chromium, pages on loopback.</summary>
public sealed class CoreToolsTests
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("http")]
    public async Task NavigateSnapshotClickFormScreenshot(string transport)
    {
        await using var site = await Playground.StartAsync();
        await using var connection = await BrowserConnection.OpenAsync(transport);
        var browser = connection.Browser;

        var page = await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
        Assert.Contains("- Page Title: Playground", page);
        Assert.Matches(@"heading ""Playground"" \[level=1\] \[ref=e\d+\]", page);

        var clicked = await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "button", "Press me"), element = "Press me button" });
        Assert.Contains("Clicked!", clicked);
        Assert.DoesNotContain("Not clicked", clicked);

        var snapshot = await browser.OkAsync("browser_snapshot");
        await browser.OkAsync("browser_type", new { target = BrowserClient.Ref(snapshot, "textbox", "Name"), text = "Ada" });
        await browser.OkAsync("browser_fill_form", new
        {
            fields = new[]
            {
                new { name = "Agree", type = "checkbox", target = BrowserClient.Ref(snapshot, "checkbox", "Agree"), value = "true" },
                new { name = "Color", type = "combobox", target = BrowserClient.Ref(snapshot, "combobox", "Color"), value = "blue" },
            },
        });
        await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(snapshot, "button", "Send") });
        var submitted = await browser.OkAsync("browser_wait_for", new { text = "Submitted:" });
        Assert.Contains("Submitted: name=Ada, agree=on, color=blue", submitted);

        var back = await browser.OkAsync("browser_navigate_back");
        Assert.Contains("- Page Title: Playground", back);

        var screenshot = await browser.CallAsync("browser_take_screenshot");
        var image = Assert.Single(screenshot.Content.OfType<ImageContentBlock>());
        Assert.Equal("image/png", image.MimeType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image.DecodedData.ToArray()[..4]);
    }

    [Theory]
    [InlineData("stdio")]
    [InlineData("http")]
    public async Task ConsoleNetworkDialogUploadTabsAndStaleRefs(string transport)
    {
        await using var site = await Playground.StartAsync();
        await using var connection = await BrowserConnection.OpenAsync(transport);
        var browser = connection.Browser;
        var page = await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });

        await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "button", "Press me") });
        var info = await browser.OkAsync("browser_console_messages");
        var errors = await browser.OkAsync("browser_console_messages", new { level = "error" });
        Assert.Contains("[LOG] button clicked", info);
        Assert.Contains("[ERROR] an error line", errors);
        Assert.DoesNotContain("button clicked", errors);

        await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "button", "Load data") });
        await browser.OkAsync("browser_wait_for", new { text = "data loaded" });
        var network = await browser.OkAsync("browser_network_requests");
        Assert.Contains($"[GET] {site.Url("/api/data")} => [200]", network);

        var asked = await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "button", "Ask") });
        Assert.Contains("\"confirm\" dialog is open: \"Really?\"", asked);
        var answered = await browser.OkAsync("browser_handle_dialog", new { accept = true });
        Assert.Contains("confirmed", answered);

        var file = Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "hello");
        var chooser = await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "button", "Upload") });
        Assert.Contains("file chooser is open", chooser);
        var uploaded = await browser.OkAsync("browser_file_upload", new { paths = new[] { file } });
        Assert.Contains($"chosen {Path.GetFileName(file)}", uploaded);

        var title = await browser.OkAsync("browser_evaluate", new { function = "() => document.title" });
        Assert.Contains("\"Playground\"", title);

        var stale = BrowserClient.Ref(page, "button", "Press me");
        await browser.OkAsync("browser_navigate", new { url = site.Url("/second").ToString() });
        var staleClick = await browser.CallAsync("browser_click", new { target = stale });
        Assert.True(staleClick.IsError);
        Assert.Contains("take a new browser_snapshot", BrowserClient.Text(staleClick), StringComparison.OrdinalIgnoreCase);

        await browser.OkAsync("browser_tabs", new { action = "new" });
        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
        var tabs = await browser.OkAsync("browser_tabs", new { action = "list" });
        Assert.Contains("- 0: [Second]", tabs);
        Assert.Contains("- 1: (current) [Playground]", tabs);
        var closed = await browser.OkAsync("browser_tabs", new { action = "close", index = 1 });
        Assert.DoesNotContain("Playground", closed);
    }

    [Fact]
    public async Task HoverSelectKeyDragResizePdfAndClose_OverStdio()
    {
        await using var site = await Playground.StartAsync();
        await using var browser = await BrowserClient.StartStdioAsync();
        var page = await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });

        Assert.Contains("hovered", await browser.OkAsync("browser_hover", new { target = "text=Hover over me" }));
        await browser.OkAsync("browser_select_option", new { target = BrowserClient.Ref(page, "combobox", "Color"), values = new[] { "blue" } });
        await browser.OkAsync("browser_click", new { target = BrowserClient.Ref(page, "textbox", "Name") });
        await browser.OkAsync("browser_press_key", new { key = "Z" });
        var values = await browser.OkAsync("browser_evaluate", new { function = "() => document.querySelector('select').value + '/' + document.querySelector('input[name=name]').value" });
        Assert.Contains("\"blue/Z\"", values);

        var dragged = await browser.OkAsync("browser_drag", new
        {
            startTarget = BrowserClient.Ref(page, "button", "Drag me"),
            endTarget = BrowserClient.Ref(page, "region", "Drop zone"),
        });
        Assert.Contains("dropped", dragged);

        await browser.OkAsync("browser_resize", new { width = 800, height = 600 });
        Assert.Contains("800", await browser.OkAsync("browser_evaluate", new { function = "() => window.innerWidth" }));

        var pdf = await browser.OkAsync("browser_pdf_save", new { filename = $"page-{Guid.NewGuid():N}.pdf" });
        var path = pdf[(pdf.IndexOf(" to ", StringComparison.Ordinal) + 4)..].Trim();
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(path));
        File.Delete(path);

        Assert.Contains("Closed every tab", await browser.OkAsync("browser_close"));
        Assert.Contains("(none", await browser.OkAsync("browser_tabs", new { action = "list" }));
    }

    [Fact]
    public async Task FileUrls_AndBlockedOrigins_AreRefused()
    {
        await using var site = await Playground.StartAsync();
        await using var browser = await BrowserClient.StartStdioAsync("--browser-blocked-origins", site.BaseAddress.Authority);

        var file = await browser.CallAsync("browser_navigate", new { url = "file:///etc/passwd" });
        var blocked = await browser.CallAsync("browser_navigate", new { url = site.Url("/").ToString() });

        Assert.True(file.IsError);
        Assert.Contains("--allow-file-urls", BrowserClient.Text(file));
        Assert.True(blocked.IsError);
        Assert.Contains("blocked", BrowserClient.Text(blocked));
    }

    [Fact]
    public async Task Pages_CannotReachFileUrls_ByLinkOrRedirect()
    {
        await using var site = await McpServers.Testing.TestWebSite.StartAsync(new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>
        {
            ["/"] = McpServers.Testing.TestWebSite.Content("<!doctype html><title>Links</title><a href='file:///etc/passwd'>Secret</a>"),
            ["/redirect"] = context =>
            {
                context.Response.Redirect("file:///etc/passwd");
                return Task.CompletedTask;
            },
        });
        await using var browser = await BrowserClient.StartStdioAsync();

        await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });
        await browser.CallAsync("browser_click", new { target = "a", element = "Secret link" });
        var afterClick = await browser.OkAsync("browser_evaluate", new { function = "() => location.href + ' ' + document.body.innerText" });
        // The refused redirect leaves Chromium's error page loading; what the agent sees is the navigation's own answer.
        var redirected = BrowserClient.Text(await browser.CallAsync("browser_navigate", new { url = site.Url("/redirect").ToString() }));

        Assert.StartsWith("\"http://", afterClick.Split("### Result\n")[^1]);
        Assert.DoesNotContain("root:", afterClick);
        Assert.DoesNotContain("root:", redirected);
        Assert.DoesNotContain("Page URL: file:", redirected);
    }

    [Fact]
    public async Task LargeSnapshot_IsCut_AndSaysHowToNarrowIt()
    {
        var rows = string.Concat(Enumerable.Range(0, 400).Select(i => $"<li><a href='#{i}'>Link number {i} with some words</a></li>"));
        await using var site = await McpServers.Testing.TestWebSite.StartAsync(new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>
        {
            ["/"] = McpServers.Testing.TestWebSite.Content($"<!doctype html><title>Big</title><ul>{rows}</ul>"),
        });
        await using var browser = await BrowserClient.StartStdioAsync("--snapshot-max-chars", "5000");

        var page = await browser.OkAsync("browser_navigate", new { url = site.Url("/").ToString() });

        Assert.True(page.Length < 6000, $"{page.Length} characters");
        Assert.Contains("[snapshot truncated", page);
        Assert.Contains("target=<ref>", page);
    }
}
