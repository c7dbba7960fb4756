using System.Text.RegularExpressions;
using McpServers.Hosting;
using Microsoft.Playwright;

namespace McpServers.PlaywrightWorker.Browser;

/// <summary>Turns a tool's <c>target</c> (a ref such as <c>e12</c> from the last snapshot, or a selector) into exactly one element.</summary>
internal static partial class ElementTargets
{
    public static async Task<ILocator> ResolveAsync(IPage page, string? target, string? element = null)
    {
        if (string.IsNullOrWhiteSpace(target))
            throw new ToolInputException("'target' is required: a ref from browser_snapshot (such as e12) or a unique CSS selector.");
        var trimmed = target.Trim();
        var reference = RefPattern().Match(trimmed);
        var locator = page.Locator(reference.Success ? $"aria-ref={reference.Groups[1].Value}" : trimmed);
        int count;
        try
        {
            count = await locator.CountAsync();
        }
        catch (PlaywrightException e)
        {
            throw new ToolInputException($"'{trimmed}' is neither a ref from browser_snapshot nor a valid selector: {FirstLine(e.Message)}");
        }
        var described = element is null ? $"'{trimmed}'" : $"'{trimmed}' ({element})";
        return count switch
        {
            1 => locator,
            0 when reference.Success => throw new ToolInputException(
                $"Ref {described} is not on the page any more: the page changed since the snapshot it came from. Take a new browser_snapshot and use a ref from it."),
            0 => throw new ToolInputException($"No element matches {described}. Take a browser_snapshot and use a ref from it."),
            _ => throw new ToolInputException($"{described} matches {count} elements; use a ref from browser_snapshot or a more specific selector."),
        };
    }

    public static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    [GeneratedRegex(@"^(?:ref=)?(e\d+)$")]
    private static partial Regex RefPattern();
}
