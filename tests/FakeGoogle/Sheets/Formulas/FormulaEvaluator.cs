using System.Globalization;

namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>
/// Computes cells' effective values over a workbook, formulas included, as they stand now (formulas are recomputed on
/// every read). One evaluator serves one request: it remembers what it computed, and a cell met again while its own
/// formula is being computed is a circular reference (#REF!).
/// </summary>
internal sealed class FormulaEvaluator(Workbook book)
{
    private readonly Dictionary<(int SheetId, CellKey Cell), CellValue> _computed = [];
    private readonly HashSet<(int SheetId, CellKey Cell)> _computing = [];
    private readonly Dictionary<string, FormulaNode?> _parsed = new(StringComparer.Ordinal);

    /// <summary>The cell's effective value: its literal, or its formula's result.</summary>
    public CellValue ValueAt(GridSheet sheet, int row, int column)
    {
        var cell = sheet.Get(row, column);
        if (cell?.Formula is not { } formula) return cell?.Value ?? CellValue.Empty;
        var key = (sheet.SheetId, new CellKey(row, column));
        if (_computed.TryGetValue(key, out var known)) return known;
        if (!_computing.Add(key)) return CellValue.Error("#REF!");
        CellValue value;
        try
        {
            value = Compute(sheet, formula);
        }
        finally
        {
            _computing.Remove(key);
        }
        _computed[key] = value;
        return value;
    }

    private CellValue Compute(GridSheet sheet, string formula)
    {
        if (!_parsed.TryGetValue(formula, out var node))
        {
            try
            {
                node = FormulaParser.Parse(formula[1..]);
            }
            catch (FormulaSyntaxException)
            {
                node = null;
            }
            _parsed[formula] = node;
        }
        return node is null ? CellValue.Error("#ERROR!") : Scalar(Evaluate(node, sheet));
    }

    public FormulaOperand Evaluate(FormulaNode node, GridSheet sheet) => node switch
    {
        LiteralNode literal => literal.Value,
        ReferenceNode reference => Reference(reference, sheet),
        NameNode name => Named(name.Name),
        UnaryNode unary => Unary(unary, sheet),
        BinaryNode binary => Binary(binary, sheet),
        CallNode call => FormulaFunctions.Call(call, sheet, this),
        _ => CellValue.Error("#ERROR!"),
    };

    /// <summary>A value for an operator: a one-cell range gives its cell; a larger range is #VALUE!.</summary>
    public CellValue Scalar(FormulaOperand operand)
    {
        if (!operand.IsRange) return operand.Value;
        var box = operand.Box;
        return box.Rows == 1 && box.Columns == 1 ? ValueAt(operand.Sheet!, box.Top, box.Left) : CellValue.Error("#VALUE!");
    }

    /// <summary>Every cell of a range in row order, or the value itself.</summary>
    public IEnumerable<CellValue> Values(FormulaOperand operand)
    {
        if (!operand.IsRange)
        {
            yield return operand.Value;
            yield break;
        }
        var box = operand.Box;
        // Only stored cells can hold anything; the empty rest of a whole column need not be visited one by one.
        var stored = operand.Sheet!.Cells.Keys.Where(k => box.Contains(k.Row, k.Column))
            .OrderBy(k => k.Row).ThenBy(k => k.Column).ToList();
        foreach (var key in stored) yield return ValueAt(operand.Sheet, key.Row, key.Column);
    }

    /// <summary>A number for arithmetic: empty is 0, TRUE 1, numeric text its number; other text #VALUE!.</summary>
    public static CellValue ToNumber(CellValue value) => value.Kind switch
    {
        CellValueKind.Number or CellValueKind.Error => value,
        CellValueKind.Empty => CellValue.Of(0),
        CellValueKind.Bool => CellValue.Of(value.Number),
        _ => double.TryParse(value.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? CellValue.Of(n) : CellValue.Error("#VALUE!"),
    };

    /// <summary>Text for &amp; and CONCATENATE: numbers in the automatic format, TRUE/FALSE, empty as "".</summary>
    public static string ToText(CellValue value) => value.Kind switch
    {
        CellValueKind.Number => NumberFormatter.General(value.Number),
        CellValueKind.Bool => value.Number != 0 ? "TRUE" : "FALSE",
        _ => value.Text,
    };

    private FormulaOperand Reference(ReferenceNode reference, GridSheet sheet)
    {
        var target = reference.Sheet is null ? sheet : book.ByTitle(reference.Sheet);
        return target is null ? CellValue.Error("#REF!") : Area(target, reference.Span);
    }

    private static FormulaOperand Area(GridSheet sheet, CellSpan span)
    {
        var box = new GridBox(span.Top ?? 0, span.Left ?? 0, span.Bottom ?? sheet.RowCount, span.Right ?? sheet.ColumnCount);
        if (box.Bottom > sheet.RowCount || box.Right > sheet.ColumnCount || box.IsEmpty) return CellValue.Error("#REF!");
        return FormulaOperand.Range(sheet, box);
    }

    private FormulaOperand Named(string name)
    {
        if (book.NamedRange(name) is not { } named) return CellValue.Error("#NAME?");
        var (sheetId, span) = GridRangeJson.Read(named["range"] as System.Text.Json.Nodes.JsonObject);
        return book.ById(sheetId) is { } sheet ? Area(sheet, span) : CellValue.Error("#REF!");
    }

    private CellValue Unary(UnaryNode unary, GridSheet sheet)
    {
        var operand = ToNumber(Scalar(Evaluate(unary.Operand, sheet)));
        if (operand.IsError) return operand;
        return unary.Op switch
        {
            "-" => CellValue.Of(-operand.Number),
            "%" => CellValue.Of(operand.Number / 100),
            _ => operand,
        };
    }

    private CellValue Binary(BinaryNode binary, GridSheet sheet)
    {
        var left = Scalar(Evaluate(binary.Left, sheet));
        var right = Scalar(Evaluate(binary.Right, sheet));
        if (left.IsError) return left;
        if (right.IsError) return right;
        if (binary.Op == "&") return CellValue.Of(ToText(left) + ToText(right));
        if (binary.Op is "=" or "<>" or "<" or ">" or "<=" or ">=") return Compare(binary.Op, left, right);
        var (a, b) = (ToNumber(left), ToNumber(right));
        if (a.IsError) return a;
        if (b.IsError) return b;
        return binary.Op switch
        {
            "+" => CellValue.Of(a.Number + b.Number),
            "-" => CellValue.Of(a.Number - b.Number),
            "*" => CellValue.Of(a.Number * b.Number),
            "/" => b.Number == 0 ? CellValue.Error("#DIV/0!") : CellValue.Of(a.Number / b.Number),
            _ => CellValue.Of(Math.Pow(a.Number, b.Number)),
        };
    }

    // Numbers sort before text, text before booleans; text compares without regard to case; empty is 0, "" or FALSE.
    private static CellValue Compare(string op, CellValue left, CellValue right)
    {
        (left, right) = (Fill(left, right), Fill(right, left));
        var order = Rank(left).CompareTo(Rank(right));
        if (order == 0)
            order = left.Kind == CellValueKind.Text
                ? string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase)
                : left.Number.CompareTo(right.Number);
        return CellValue.Of(op switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        });
    }

    private static CellValue Fill(CellValue value, CellValue other) => !value.IsEmpty ? value : other.Kind switch
    {
        CellValueKind.Text => CellValue.Of(""),
        CellValueKind.Bool => CellValue.Of(false),
        _ => CellValue.Of(0),
    };

    private static int Rank(CellValue value) => value.Kind switch
    {
        CellValueKind.Number => 0,
        CellValueKind.Text => 1,
        _ => 2,
    };
}
