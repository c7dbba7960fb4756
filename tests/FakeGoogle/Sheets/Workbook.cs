using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// A spreadsheet's content: its sheets in tab order, named ranges and charts. The title is the Drive file's name.
/// Guarded by FakeDrive.Gate; a batch update works on a <see cref="Clone"/> that replaces the original only when every
/// request succeeded.
/// </summary>
internal sealed class Workbook(Random ids)
{
    public string Locale { get; set; } = "en_US";
    public string TimeZone { get; set; } = "Etc/GMT";
    public string AutoRecalc { get; set; } = "ON_CHANGE";

    public List<GridSheet> Sheets { get; private init; } = [];

    /// <summary>NamedRange resources (namedRangeId, name, range).</summary>
    public List<JsonObject> NamedRanges { get; private init; } = [];

    /// <summary>EmbeddedChart resources (chartId, spec, position).</summary>
    public List<JsonObject> Charts { get; private init; } = [];

    public GridSheet? ById(int sheetId) => Sheets.FirstOrDefault(s => s.SheetId == sheetId);

    /// <summary>Sheet titles are matched without regard to case, as in A1 notation.</summary>
    public GridSheet? ByTitle(string title) => Sheets.FirstOrDefault(s => s.Title.Equals(title, StringComparison.OrdinalIgnoreCase));

    public JsonObject? NamedRange(string name) =>
        NamedRanges.FirstOrDefault(n => string.Equals((string?)n["name"], name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A fresh id for a sheet, chart or the like: non-negative, random, unused.</summary>
    public int NewObjectId()
    {
        while (true)
        {
            var id = ids.Next(1, int.MaxValue);
            if (ById(id) is null && !Charts.Any(c => (int?)c["chartId"] == id)) return id;
        }
    }

    /// <summary>Random lowercase letters and digits, like Google's namedRangeId.</summary>
    public string NewTextId()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return new string(Enumerable.Range(0, 12).Select(_ => alphabet[ids.Next(alphabet.Length)]).ToArray());
    }

    /// <summary>"Sheet2", "Sheet3", ...: the first free default title.</summary>
    public string NextDefaultTitle()
    {
        for (var n = Sheets.Count + 1; ; n++)
            if (ByTitle($"Sheet{n}") is null) return $"Sheet{n}";
    }

    public Workbook Clone() => new(ids)
    {
        Locale = Locale,
        TimeZone = TimeZone,
        AutoRecalc = AutoRecalc,
        Sheets = Sheets.Select(s => s.Clone()).ToList(),
        NamedRanges = [.. NamedRanges],
        Charts = [.. Charts],
    };
}
