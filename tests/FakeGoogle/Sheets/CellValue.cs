namespace McpServers.FakeGoogle.Sheets;

/// <summary>A cell's effective value: empty, a number (dates are day serials), text, a boolean, or an error code ("#DIV/0!").</summary>
internal readonly record struct CellValue(CellValueKind Kind, double Number, string Text)
{
    public static CellValue Empty { get; } = new(CellValueKind.Empty, 0, "");

    public bool IsEmpty => Kind == CellValueKind.Empty;

    public bool IsError => Kind == CellValueKind.Error;

    public static CellValue Of(double number) =>
        double.IsFinite(number) ? new CellValue(CellValueKind.Number, number == 0 ? 0 : number, "") : Error("#NUM!");

    public static CellValue Of(string text) => new(CellValueKind.Text, 0, text);

    public static CellValue Of(bool value) => new(CellValueKind.Bool, value ? 1 : 0, "");

    public static CellValue Error(string code) => new(CellValueKind.Error, 0, code);
}

/// <summary>What kind of value a cell holds.</summary>
internal enum CellValueKind
{
    Empty,
    Number,
    Text,
    Bool,
    Error,
}
