using System.ComponentModel;
using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;
using Microsoft.Playwright;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.PlaywrightWorker.Tools;

[McpServerToolType]
internal sealed class InteractionTools(BrowserSession browser)
{
    private const string TargetHelp = "Exact target element reference from the page snapshot, or a unique element selector";
    private const string ElementHelp = "Human-readable element description used to obtain permission to interact with the element";

    [McpServerTool(Name = "browser_click", Title = "Click")]
    [Description("Perform click on a web page")]
    public Task<CallToolResult> ClickAsync(
        [Description(TargetHelp)] string target,
        [Description(ElementHelp)] string? element = null,
        [Description("Whether to perform a double click instead of a single click")] bool? doubleClick = null,
        [Description("Button to click: left (default), right or middle")] string? button = null,
        [Description("Modifier keys to press: Alt, Control, ControlOrMeta, Meta, Shift")] string[]? modifiers = null) => ActAsync(target, element, async locator =>
    {
        var mouse = (button ?? "left").ToLowerInvariant() switch
        {
            "left" => MouseButton.Left,
            "right" => MouseButton.Right,
            "middle" => MouseButton.Middle,
            _ => throw new ToolInputException("'button' must be left, right or middle."),
        };
        var keys = (modifiers ?? []).Select(ParseModifier).ToArray();
        if (doubleClick == true)
            await locator.DblClickAsync(new LocatorDblClickOptions { Button = mouse, Modifiers = keys });
        else
            await locator.ClickAsync(new LocatorClickOptions { Button = mouse, Modifiers = keys });
        return $"{(doubleClick == true ? "Double-clicked" : "Clicked")} {Describe(target, element)}";
    });

    [McpServerTool(Name = "browser_type", Title = "Type text")]
    [Description("Type text into editable element")]
    public Task<CallToolResult> TypeAsync(
        [Description(TargetHelp)] string target,
        [Description("Text to type into the element")] string text,
        [Description(ElementHelp)] string? element = null,
        [Description("Whether to submit entered text (press Enter after)")] bool? submit = null,
        [Description("Whether to type one character at a time, to trigger key handlers")] bool? slowly = null) => ActAsync(target, element, async locator =>
    {
        if (slowly == true)
            await locator.PressSequentiallyAsync(text);
        else
            await locator.FillAsync(text);
        if (submit == true)
            await locator.PressAsync("Enter");
        return $"Typed \"{text}\" into {Describe(target, element)}{(submit == true ? " and pressed Enter" : "")}";
    });

    [McpServerTool(Name = "browser_hover", Title = "Hover mouse")]
    [Description("Hover over element on page")]
    public Task<CallToolResult> HoverAsync([Description(TargetHelp)] string target, [Description(ElementHelp)] string? element = null) =>
        ActAsync(target, element, async locator =>
        {
            await locator.HoverAsync();
            return $"Hovered over {Describe(target, element)}";
        });

    [McpServerTool(Name = "browser_select_option", Title = "Select option")]
    [Description("Select an option in a dropdown")]
    public Task<CallToolResult> SelectAsync(
        [Description(TargetHelp)] string target,
        [Description("Array of values to select in the dropdown. This can be a single value or multiple values.")] string[] values,
        [Description(ElementHelp)] string? element = null) => ActAsync(target, element, async locator =>
    {
        var selected = await locator.SelectOptionAsync(values);
        return $"Selected {string.Join(", ", selected.Select(v => $"\"{v}\""))} in {Describe(target, element)}";
    });

    [McpServerTool(Name = "browser_drag", Title = "Drag mouse")]
    [Description("Perform drag and drop between two elements")]
    public Task<CallToolResult> DragAsync(
        [Description(TargetHelp)] string startTarget,
        [Description(TargetHelp)] string endTarget,
        [Description("Human-readable source element description")] string? startElement = null,
        [Description("Human-readable target element description")] string? endElement = null) => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        var from = await ElementTargets.ResolveAsync(page, startTarget, startElement);
        var to = await ElementTargets.ResolveAsync(page, endTarget, endElement);
        await from.DragToAsync(to);
        return await PageReport.BuildAsync(browser, $"Dragged {Describe(startTarget, startElement)} to {Describe(endTarget, endElement)}");
    });

    [McpServerTool(Name = "browser_press_key", Title = "Press a key")]
    [Description("Press a key on the keyboard")]
    public Task<CallToolResult> PressKeyAsync(
        [Description("Name of the key to press or a character to generate, such as `ArrowLeft` or `a`")] string key) => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        await browser.RunUntilModalAsync(page, () => page.Keyboard.PressAsync(key));
        return await PageReport.BuildAsync(browser, $"Pressed {key}");
    });

    [McpServerTool(Name = "browser_fill_form", Title = "Fill form")]
    [Description("Fill multiple form fields")]
    public Task<CallToolResult> FillFormAsync([Description("Fields to fill in")] FormField[] fields) => BrowserCall.TextAsync(async () =>
    {
        if (fields is null || fields.Length == 0)
            throw new ToolInputException("'fields' must list at least one field: {name, type, target, value}.");
        var page = await browser.CurrentPageAsync();
        var done = new List<string>();
        foreach (var field in fields)
        {
            var locator = await ElementTargets.ResolveAsync(page, field.Target, field.Name);
            switch (field.Type?.ToLowerInvariant())
            {
                case "checkbox" or "radio":
                    await locator.SetCheckedAsync(field.Value is "true" or "on" or "checked");
                    break;
                case "combobox":
                    await locator.SelectOptionAsync(field.Value);
                    break;
                case "textbox" or "slider" or null or "":
                    await locator.FillAsync(field.Value);
                    break;
                default:
                    throw new ToolInputException($"Field '{field.Name}' has type '{field.Type}'; use textbox, checkbox, radio, combobox or slider.");
            }
            done.Add($"- {field.Name}: {field.Value}");
        }
        return await PageReport.BuildAsync(browser, "Filled:\n" + string.Join('\n', done));
    });

    private Task<CallToolResult> ActAsync(string target, string? element, Func<ILocator, Task<string>> action) => BrowserCall.TextAsync(async () =>
    {
        var page = await browser.CurrentPageAsync();
        var locator = await ElementTargets.ResolveAsync(page, target, element);
        string? result = null;
        var modal = await browser.RunUntilModalAsync(page, async () => result = await action(locator));
        return await PageReport.BuildAsync(browser, modal ? $"Acted on {Describe(target, element)}; the page opened a modal (below)" : result);
    });

    private static string Describe(string target, string? element) => element is null ? target : $"{element} ({target})";

    private static KeyboardModifier ParseModifier(string name) => name.ToLowerInvariant() switch
    {
        "alt" => KeyboardModifier.Alt,
        "control" or "ctrl" => KeyboardModifier.Control,
        "controlormeta" => KeyboardModifier.ControlOrMeta,
        "meta" => KeyboardModifier.Meta,
        "shift" => KeyboardModifier.Shift,
        _ => throw new ToolInputException($"Modifier '{name}' is not one of Alt, Control, ControlOrMeta, Meta, Shift."),
    };
}

/// <summary>One field of browser_fill_form.</summary>
public sealed record FormField(
    [property: Description("Human-readable field name")] string Name,
    [property: Description("Type of the field: textbox, checkbox, radio, combobox or slider")] string Type,
    [property: Description("Exact target field reference from the page snapshot, or a unique selector")] string Target,
    [property: Description("Value to fill in the field. For a checkbox use \"true\" or \"false\"; for a combobox the option label or value")] string Value);
