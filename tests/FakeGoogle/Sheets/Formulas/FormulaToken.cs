namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>One token of a formula and where it stands in the text (to rewrite references in place).</summary>
internal sealed record FormulaToken(FormulaTokenKind Kind, string Text, int Start, int Length)
{
    /// <summary>The token's value: a string literal without quotes ("" unescaped), a quoted sheet name without quotes ('' unescaped).</summary>
    public string Value { get; init; } = Text;
}

/// <summary>What a formula token is.</summary>
internal enum FormulaTokenKind
{
    Number,
    String,
    /// <summary>Letters, digits, _ . $: a function, a cell ("$B$2"), a column ("C"), a sheet, a named range, TRUE/FALSE.</summary>
    Name,
    /// <summary>A sheet name in single quotes.</summary>
    QuotedName,
    /// <summary>An error literal such as #REF!.</summary>
    ErrorLiteral,
    Bang,
    Colon,
    Comma,
    OpenParen,
    CloseParen,
    Operator,
}
