using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// What a cell holds: a literal value or a formula ("=SUM(A1:A3)", evaluated on read), its userEnteredFormat and note.
/// Immutable, and so is its Format object: a change stores a new cell, which keeps copies of a sheet cheap.
/// </summary>
internal sealed record StoredCell(CellValue Value, string? Formula, JsonObject? Format, string? Note)
{
    /// <summary>A value or a formula, as opposed to only a format or a note.</summary>
    public bool HasContent => Formula is not null || !Value.IsEmpty;

    public bool IsBlank => !HasContent && Format is null && Note is null;

    public JsonObject? NumberFormat => Format?["numberFormat"] as JsonObject;

    public StoredCell WithoutContent() => this with { Value = CellValue.Empty, Formula = null };
}
