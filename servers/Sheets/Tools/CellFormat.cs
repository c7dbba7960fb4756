using System.Globalization;
using System.Text.Json.Nodes;
using McpServers.Hosting;

namespace McpServers.Sheets.Tools;

/// <summary>The cell formats format_range can set, as a <c>CellFormat</c> and the field mask naming exactly what changes.</summary>
internal sealed class CellFormat
{
    private readonly JsonObject _format = [];
    private readonly List<string> _fields = [];

    public JsonObject Format => _format;

    public IReadOnlyList<string> Fields => _fields;

    public void Text(string field, JsonNode value)
    {
        var text = _format["textFormat"] as JsonObject ?? (JsonObject)(_format["textFormat"] = new JsonObject());
        text[field] = value;
        _fields.Add("textFormat." + field);
    }

    public void Set(string field, JsonNode value)
    {
        _format[field] = value;
        _fields.Add(field);
    }

    /// <summary>A <c>ColorStyle</c> holding the colour as RGB.</summary>
    public static JsonObject Style(string text, string argument) => new() { ["rgbColor"] = Color(text, argument) };

    /// <summary>"#1a73e8", "#fff" or a few names, as Sheets' <c>Color</c> (red, green, blue from 0 to 1).</summary>
    public static JsonObject Color(string text, string argument)
    {
        var hex = text.Trim().ToLowerInvariant() switch
        {
            "black" => "000000", "white" => "ffffff", "red" => "ff0000", "green" => "00a000", "blue" => "0000ff",
            "yellow" => "ffff00", "orange" => "ff9900", "gray" or "grey" => "999999", "lightgray" or "lightgrey" => "eeeeee",
            var t => t.TrimStart('#'),
        };
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            throw new ToolInputException($"{argument} '{text}' is not a colour: give #RRGGBB (e.g. #1a73e8), #RGB or black, white, red, green, blue, yellow, orange, gray, lightgray");
        return new JsonObject
        {
            ["red"] = Math.Round(((rgb >> 16) & 0xff) / 255.0, 4),
            ["green"] = Math.Round(((rgb >> 8) & 0xff) / 255.0, 4),
            ["blue"] = Math.Round((rgb & 0xff) / 255.0, 4),
        };
    }

    /// <summary>One of Google's enum values, given in any case; anything else is an error listing them.</summary>
    public static string Choice(string text, string argument, params string[] choices) =>
        choices.FirstOrDefault(c => string.Equals(c, text.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
        ?? throw new ToolInputException($"{argument} '{text}' is not one of {string.Join(", ", choices.Select(c => c.ToLowerInvariant()))}");
}
