using System.Runtime.InteropServices;
using McpServers.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>
/// The worker's one browser: a Playwright-driven Chromium with one context (so cookies stay in this worker) and its
/// tabs. Launched at start-up, so a warm worker answers its first call without waiting for a browser.
/// </summary>
internal sealed class BrowserSession(BrowserOptions options, ILogger<BrowserSession> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly Dictionary<IPage, PageActivity> _activity = [];
    private readonly List<IPage> _pages = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private int _current;
    private volatile bool _closing;
    private readonly TaskCompletionSource _remoteLost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _modalOpened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OriginRules Origins { get; } = new(options);

    public BrowserOptions Options => options;

    /// <summary>A dialog the page opened and nobody handled yet.</summary>
    public IDialog? PendingDialog { get; set; }

    /// <summary>A file chooser the page opened and nobody answered yet.</summary>
    public IFileChooser? PendingFileChooser { get; set; }

    public IReadOnlyList<IPage> Pages
    {
        get
        {
            lock (_pages)
                return [.. _pages];
        }
    }

    public string BrowserVersion => _browser?.Version ?? "not started";

    /// <summary>
    /// Runs a page action, but returns as soon as it opens a dialog or a file chooser: the action itself cannot finish
    /// until the model answers (browser_handle_dialog, browser_file_upload), so waiting for it would hang the call.
    /// </summary>
    public async Task<bool> RunUntilModalAsync(IPage page, Func<Task> action)
    {
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _modalOpened = opened;
        var run = action();
        if (await Task.WhenAny(run, opened.Task) == run)
        {
            await run;
            // The action is done, but a dialog it opened may be announced just after. A script round trip settles it:
            // the page answers at once unless a dialog blocks it, and then the dialog's event arrives instead.
            var probe = page.EvaluateAsync<int>("() => 1");
            if (await Task.WhenAny(probe, opened.Task) == probe)
                return false;
            run = probe;
        }
        _ = run.ContinueWith(t => BrowserLog.ActionBehindModalFailed(logger, t.Exception!.GetBaseException()),
            TaskContinuationOptions.OnlyOnFaulted);
        return true;
    }

    public async Task StartAsync()
    {
        await _start.WaitAsync();
        try
        {
            if (_context is not null)
                return;
            // The driver is a Node process per worker; a 1 MB young generation trims ~25 MB from each at no visible cost.
            Environment.SetEnvironmentVariable("NODE_OPTIONS", (Environment.GetEnvironmentVariable("NODE_OPTIONS") + " --max-semi-space-size=1").Trim());
            _playwright ??= await Playwright.CreateAsync();
            if (_browser is null)
            {
                _browser = await BrowserConnector.OpenAsync(_playwright, options, () => LaunchArguments(options.NoSandbox));
                if (options.Endpoints.IsRemote)
                    _browser.Disconnected += (_, _) => OnRemoteLost();
            }
            _context = await _browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = options.ViewportWidth, Height = options.ViewportHeight },
                AcceptDownloads = false,
            });
            if (Origins.IsRestricted)
                await _context.RouteAsync("**/*", route => Origins.Check(route.Request.Url) is null ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
            _context.Page += (_, page) => Track(page);
            await _context.NewPageAsync();
            BrowserLog.BrowserReady(logger, _browser.Version);
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>Starts the browser and runs the snapshot path once, so a warm spare's first real call does not pay for compiling it.</summary>
    public async Task StartAndWarmAsync()
    {
        await StartAsync();
        await (await CurrentPageAsync()).GotoAsync("about:blank");
        await PageReport.BuildAsync(this, null);
    }

    /// <summary>The selected tab, opening one when every tab was closed.</summary>
    public async Task<IPage> CurrentPageAsync()
    {
        await StartAsync();
        lock (_pages)
        {
            if (_pages.Count > 0)
                return _pages[Math.Clamp(_current, 0, _pages.Count - 1)];
        }
        return await _context!.NewPageAsync();
    }

    public async Task<IPage> NewTabAsync()
    {
        await StartAsync();
        var page = await _context!.NewPageAsync();
        lock (_pages)
            _current = _pages.IndexOf(page);
        return page;
    }

    public void Select(int index)
    {
        lock (_pages)
        {
            if (index < 0 || index >= _pages.Count)
                throw new ToolInputException($"There is no tab {index}; tabs are numbered 0 to {_pages.Count - 1} (see browser_tabs with action 'list').");
            _current = index;
        }
    }

    public int CurrentIndex
    {
        get
        {
            lock (_pages)
                return Math.Clamp(_current, 0, Math.Max(0, _pages.Count - 1));
        }
    }

    public PageActivity ActivityOf(IPage page)
    {
        lock (_pages)
            return _activity[page];
    }

    /// <summary>Closes every tab and clears cookies and storage, as if the browser were new (for worker reuse).</summary>
    public async Task ResetAsync()
    {
        await StartAsync();
        foreach (var page in Pages)
            await page.CloseAsync();
        await _context!.ClearCookiesAsync();
        await _context.ClearPermissionsAsync();
        PendingDialog = null;
        PendingFileChooser = null;
        await _context.NewPageAsync();
    }

    /// <summary>
    /// A remote browser that went away (its server stopped, the network dropped) leaves this worker nothing to drive: it
    /// says so on stderr and exits, so the pool reports the session crashed, once, with this reason, and the others carry on.
    /// </summary>
    private void OnRemoteLost()
    {
        if (_closing) return;
        _remoteLost.TrySetResult();
        Console.Error.WriteLine(RemoteLostMessage);
        Console.Error.Flush();
        _ = Task.Run(() => Environment.Exit(3));
    }

    private string RemoteLostMessage =>
        $"the remote browser at {BrowserEndpoints.Redacted((options.Endpoints.PlaywrightServer ?? options.Endpoints.Cdp)!)} disconnected";

    /// <summary>
    /// A call that failed because the remote browser went away ends the worker before its answer is written, so the pool
    /// reports the session crashed once, quoting why, instead of a bare "Target closed" now and the crash on the next call.
    /// The failure and Playwright's disconnect notice race: a "closed" error waits (a second at most) for the notice.
    /// </summary>
    public void ExitIfRemoteLost(Exception error)
    {
        if (!options.Endpoints.IsRemote || _closing || error is not PlaywrightException { Message: var said }) return;
        if (!said.Contains("closed", StringComparison.OrdinalIgnoreCase) && !said.Contains("disconnected", StringComparison.OrdinalIgnoreCase)) return;
        if (_remoteLost.Task.Wait(TimeSpan.FromSeconds(1)))
            Environment.Exit(3);
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        try
        {
            // Over CDP the browser is someone else's: close only what this worker opened, then drop the connection.
            if (options.Endpoints.Cdp is not null && _context is not null)
                await _context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
            else if (_browser is not null)
                await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e)
        {
            BrowserLog.CloseFailed(logger, e);
        }
        _playwright?.Dispose();
    }

    private void Track(IPage page)
    {
        lock (_pages)
        {
            _pages.Add(page);
            _activity[page] = new PageActivity(page);
            _current = _pages.Count - 1;
        }
        page.Dialog += (_, dialog) =>
        {
            PendingDialog = dialog;
            _modalOpened.TrySetResult();
        };
        page.FileChooser += (_, chooser) =>
        {
            PendingFileChooser = chooser;
            _modalOpened.TrySetResult();
        };
        page.Close += (_, _) =>
        {
            lock (_pages)
            {
                var index = _pages.IndexOf(page);
                _pages.Remove(page);
                _activity.Remove(page);
                if (_current >= index && _current > 0)
                    _current--;
            }
        };
    }

    /// <summary>
    /// Chromium keeps only the last --disable-features it is given, so ours repeats the list Playwright 1.64 passes
    /// (lib/server/chromium switches) and adds the omnibox pop-up: Debian's full Chromium preloads it as a WebUI page in
    /// a renderer of its own even when headless, ~55 MB per browser that no tool can ever show.
    /// </summary>
    private static readonly string[] DisabledFeatures =
    [
        "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls",
        "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect", "AvoidCorsURLLoaderRestartOnRedirect", "Translate", "AutoDeElevate",
        "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled",
        "WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "SpareRendererForSitePerProcess",
    ];

    /// <summary>
    /// Chromium runs without its own sandbox only when it must: as root (it refuses to), or when asked (a container under
    /// Docker's default seccomp profile, where it cannot make the user namespaces the sandbox needs).
    /// </summary>
    public static bool WithoutSandbox(bool noSandbox) => noSandbox || (OperatingSystem.IsLinux() && GetEuid() == 0);

    private static List<string> LaunchArguments(bool noSandbox)
    {
        // Background networking and component updates reach out to Google at every start; nothing here needs them.
        List<string> args = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--disable-features=" + string.Join(",", DisabledFeatures)];
        if (WithoutSandbox(noSandbox))
            args.Add("--no-sandbox");
        return args;
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEuid();
}
