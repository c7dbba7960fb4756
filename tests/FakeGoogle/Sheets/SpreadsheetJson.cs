using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Drive;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>The Spreadsheet resource of spreadsheets.get and create: properties, sheets (with their charts), named ranges, URL.</summary>
internal static class SpreadsheetJson
{
    public static JsonObject Render(DriveFile file, Workbook book, IReadOnlyList<A1Range>? ranges = null, bool gridData = false)
    {
        var sheets = new JsonArray();
        var only = ranges?.Select(r => r.Sheet).Distinct().ToHashSet();
        for (var index = 0; index < book.Sheets.Count; index++)
        {
            var sheet = book.Sheets[index];
            if (only is not null && !only.Contains(sheet)) continue;
            var json = new JsonObject { ["properties"] = sheet.Properties(index) };
            if (gridData)
            {
                var boxes = ranges?.Where(r => r.Sheet == sheet).Select(r => r.Resolve()).ToList() ?? [sheet.Grid];
                json["data"] = new JsonArray(boxes.Select(b => (JsonNode)GridDataJson.Render(book, sheet, b)).ToArray());
            }
            var charts = book.Charts.Where(c => ChartSheetId(c) == sheet.SheetId).ToList();
            if (charts.Count > 0) json["charts"] = new JsonArray(charts.Select(c => c.DeepClone()).ToArray());
            sheets.Add(json);
        }

        var spreadsheet = new JsonObject
        {
            ["spreadsheetId"] = file.Id,
            ["properties"] = Properties(file, book),
            ["sheets"] = sheets,
        };
        if (book.NamedRanges.Count > 0)
            spreadsheet["namedRanges"] = new JsonArray(book.NamedRanges.Select(n => n.DeepClone()).ToArray());
        spreadsheet["spreadsheetUrl"] = $"https://docs.google.com/spreadsheets/d/{file.Id}/edit";
        return spreadsheet;
    }

    public static JsonObject Properties(DriveFile file, Workbook book) => new()
    {
        ["title"] = file.Name,
        ["locale"] = book.Locale,
        ["autoRecalc"] = book.AutoRecalc,
        ["timeZone"] = book.TimeZone,
        ["defaultFormat"] = DefaultFormat(),
    };

    /// <summary>The sheet a chart sits on: its position's sheetId, or its overlay's anchor cell's.</summary>
    public static int ChartSheetId(JsonObject chart) =>
        (int?)chart["position"]?["sheetId"] ?? (int?)chart["position"]?["overlayPosition"]?["anchorCell"]?["sheetId"] ?? 0;

    // What a new spreadsheet's properties.defaultFormat holds on Google.
    private static JsonObject DefaultFormat() => new()
    {
        ["backgroundColor"] = new JsonObject { ["red"] = 1, ["green"] = 1, ["blue"] = 1 },
        ["padding"] = new JsonObject { ["top"] = 2, ["right"] = 3, ["bottom"] = 2, ["left"] = 3 },
        ["verticalAlignment"] = "BOTTOM",
        ["wrapStrategy"] = "OVERFLOW_CELL",
        ["textFormat"] = new JsonObject
        {
            ["foregroundColor"] = new JsonObject(),
            ["fontFamily"] = "arial,sans,sans-serif",
            ["fontSize"] = 10,
            ["bold"] = false,
            ["italic"] = false,
            ["strikethrough"] = false,
            ["underline"] = false,
            ["foregroundColorStyle"] = new JsonObject { ["rgbColor"] = new JsonObject() },
        },
        ["backgroundColorStyle"] = new JsonObject { ["rgbColor"] = new JsonObject { ["red"] = 1, ["green"] = 1, ["blue"] = 1 } },
    };
}
