namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>What an expression evaluates to before it is used: a single value, or a range of cells (for SUM and the like).</summary>
internal readonly record struct FormulaOperand(CellValue Value, GridSheet? Sheet, GridBox Box)
{
    public bool IsRange => Sheet is not null;

    public static implicit operator FormulaOperand(CellValue value) => new(value, null, default);

    public static FormulaOperand Range(GridSheet sheet, GridBox box) => new(CellValue.Empty, sheet, box);
}
