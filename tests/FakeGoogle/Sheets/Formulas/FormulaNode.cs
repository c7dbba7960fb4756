namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>A parsed formula expression.</summary>
internal abstract record FormulaNode;

/// <summary>A number, string, boolean or error literal.</summary>
internal sealed record LiteralNode(CellValue Value) : FormulaNode;

/// <summary>A cell or range ("B2", "Other!A1:B3", "A:A"), on the formula's own sheet when Sheet is null.</summary>
internal sealed record ReferenceNode(string? Sheet, CellSpan Span) : FormulaNode;

/// <summary>A bare name: a named range, or #NAME? when there is none.</summary>
internal sealed record NameNode(string Name) : FormulaNode;

/// <summary>-x, +x, or x% (Op '%').</summary>
internal sealed record UnaryNode(string Op, FormulaNode Operand) : FormulaNode;

/// <summary>Arithmetic (+ - * / ^), concatenation (&amp;) or a comparison (= &lt;&gt; &lt; &gt; &lt;= &gt;=).</summary>
internal sealed record BinaryNode(string Op, FormulaNode Left, FormulaNode Right) : FormulaNode;

/// <summary>A function call; the name is upper case.</summary>
internal sealed record CallNode(string Function, IReadOnlyList<FormulaNode> Arguments) : FormulaNode;
