using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>What one page logged and fetched since it last navigated (and since it opened).</summary>
internal sealed class PageActivity
{
    private const int MaxEntries = 2000;
    private readonly List<ConsoleEntry> _console = [];
    private readonly List<RequestEntry> _requests = [];
    private int _navigationMark;

    public PageActivity(IPage page)
    {
        page.Console += (_, message) => Add(_console, new ConsoleEntry(message.Type, message.Text, message.Location));
        page.PageError += (_, error) => Add(_console, new ConsoleEntry("error", error, "uncaught"));
        page.Request += (_, request) => Add(_requests, new RequestEntry(request));
        page.FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null)
                lock (_console)
                    _navigationMark = _console.Count;
        };
    }

    public IReadOnlyList<ConsoleEntry> Console(bool all)
    {
        lock (_console)
            return _console.Skip(all ? 0 : Math.Min(_navigationMark, _console.Count)).ToList();
    }

    public IReadOnlyList<RequestEntry> Requests()
    {
        lock (_requests)
            return [.. _requests];
    }

    private static void Add<T>(List<T> list, T entry)
    {
        lock (list)
        {
            if (list.Count >= MaxEntries)
                list.RemoveAt(0);
            list.Add(entry);
        }
    }
}

internal sealed record ConsoleEntry(string Type, string Text, string Location)
{
    private static readonly string[] Severity = ["error", "warning", "info", "debug"];

    /// <summary>True when this entry is at <paramref name="level"/> or more severe.</summary>
    public bool IsAtLeast(string level)
    {
        var rank = Type switch { "error" or "assert" => 0, "warning" => 1, "debug" or "trace" => 3, _ => 2 };
        var wanted = Array.IndexOf(Severity, level);
        return rank <= (wanted < 0 ? 2 : wanted);
    }
}

internal sealed class RequestEntry(IRequest request)
{
    private static readonly HashSet<string> StaticTypes = ["image", "font", "stylesheet", "script", "media", "manifest"];

    public IRequest Request { get; } = request;

    public bool IsStatic => StaticTypes.Contains(Request.ResourceType);

    public async Task<string> DescribeAsync()
    {
        var line = $"[{Request.Method}] {Request.Url}";
        if (Request.Failure is { } failure)
            return $"{line} => [FAILED] {failure}";
        var response = await Request.ResponseAsync().WaitAsync(TimeSpan.FromMilliseconds(200)).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null);
        return response is null ? $"{line} => (pending)" : $"{line} => [{response.Status}] {response.StatusText}";
    }
}
