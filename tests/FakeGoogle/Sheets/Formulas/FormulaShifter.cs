using System.Globalization;
using System.Text;

namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>
/// Rewrites the references of a formula when rows or columns of a sheet are inserted or deleted, as Sheets does:
/// references past the change move, ranges across an insertion grow, ranges across a deletion shrink, and a reference
/// whose cells are all gone becomes #REF!.
/// </summary>
internal static class FormulaShifter
{
    /// <param name="formula">The formula, with its "=".</param>
    /// <param name="home">The sheet the formula is on (what unqualified references mean).</param>
    /// <param name="target">The sheet whose rows or columns change.</param>
    /// <param name="shift">The change.</param>
    /// <param name="book">For sheet names in references.</param>
    public static string Shift(string formula, GridSheet home, GridSheet target, DimensionShift shift, Workbook book)
    {
        List<FormulaToken> tokens;
        try
        {
            tokens = FormulaLexer.Tokens(formula[1..]);
        }
        catch (FormulaSyntaxException)
        {
            return formula;
        }
        var replacements = new List<(int Start, int End, string Text)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            var sheet = home;
            if (tokens[i].Kind is FormulaTokenKind.QuotedName or FormulaTokenKind.Name && i + 1 < tokens.Count && tokens[i + 1].Kind == FormulaTokenKind.Bang)
            {
                if (book.ByTitle(tokens[i].Value) is not { } named) continue;
                sheet = named;
                i += 2;
                if (i >= tokens.Count) break;
            }
            else if (!IsReferenceStart(tokens, i))
            {
                continue;
            }
            var first = tokens[i];
            if (first.Kind is not (FormulaTokenKind.Name or FormulaTokenKind.Number)) continue;
            var last = first;
            if (i + 2 < tokens.Count && tokens[i + 1].Kind == FormulaTokenKind.Colon && tokens[i + 2].Kind is FormulaTokenKind.Name or FormulaTokenKind.Number)
            {
                last = tokens[i + 2];
                i += 2;
            }
            if (sheet != target) continue;
            var prefixEnd = first.Start;
            var text = last == first ? first.Text : first.Text + ":" + last.Text;
            var shifted = ShiftReference(text, shift);
            if (shifted is null)
                replacements.Add((tokens[start].Start, last.Start + last.Length, "#REF!"));
            else if (shifted != text)
                replacements.Add((prefixEnd, last.Start + last.Length, shifted));
        }
        var result = new StringBuilder(formula[1..]);
        foreach (var (start, end, replacement) in replacements.OrderByDescending(r => r.Start))
            result.Remove(start, end - start).Insert(start, replacement);
        return "=" + result;
    }

    // An unqualified reference: a cell ("B2"), or a column/row endpoint followed by ':' ("A:A", "2:2").
    private static bool IsReferenceStart(List<FormulaToken> tokens, int i)
    {
        var token = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1].Kind : (FormulaTokenKind?)null;
        var previous = i > 0 ? tokens[i - 1].Kind : (FormulaTokenKind?)null;
        if (next == FormulaTokenKind.OpenParen || previous == FormulaTokenKind.Colon) return false;
        return token.Kind switch
        {
            FormulaTokenKind.Name => CellSpan.Parse(token.Text) is not null || next == FormulaTokenKind.Colon,
            FormulaTokenKind.Number => next == FormulaTokenKind.Colon,
            _ => false,
        };
    }

    /// <summary>The reference moved by the change, or null when its cells were all deleted.</summary>
    private static string? ShiftReference(string text, DimensionShift shift)
    {
        var parts = text.Split(':');
        var endpoints = parts.Select(Endpoint.Parse).ToArray();
        if (endpoints.Any(e => e is null)) return text;
        var moved = endpoints.Select(e => e!.Value).ToArray();
        if (moved.Length == 1)
        {
            var index = shift.Rows ? moved[0].Row : moved[0].Column;
            if (shift.Count < 0 && index >= shift.Start && index < shift.Start - shift.Count) return null;
            return moved[0].Shift(shift, isEnd: false)?.ToString();
        }
        var a = moved[0].Shift(shift, isEnd: false);
        var b = moved[1].Shift(shift, isEnd: true);
        if (a is null || b is null) return null;
        var (from, to) = shift.Rows ? (a.Value.Row, b.Value.Row) : (a.Value.Column, b.Value.Column);
        if (from > to) return null;
        return a.Value + ":" + b.Value;
    }

    /// <summary>One side of a reference with its $ marks: "$A$1", "B", "3".</summary>
    private readonly record struct Endpoint(bool ColumnFixed, int? Column, bool RowFixed, int? Row)
    {
        public static Endpoint? Parse(string text)
        {
            var at = 0;
            var columnFixed = at < text.Length && text[at] == '$';
            if (columnFixed) at++;
            var lettersStart = at;
            while (at < text.Length && char.IsAsciiLetter(text[at])) at++;
            var letters = text[lettersStart..at];
            if (letters.Length == 0) columnFixed = false;
            var rowFixed = at < text.Length && text[at] == '$';
            if (rowFixed) at++;
            if (letters.Length == 0 && text.StartsWith('$')) rowFixed = true;
            var digits = text[at..];
            if (digits.Any(c => !char.IsAsciiDigit(c)) || (letters.Length == 0 && digits.Length == 0)) return null;
            int? column = letters.Length > 0 ? A1Notation.ColumnIndex(letters) : null;
            int? row = digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) - 1 : null;
            if (column < 0 || row < 0) return null;
            return new Endpoint(columnFixed, column, rowFixed, row);
        }

        /// <summary>Where this side lands; null when its cell was deleted and it cannot slide (a single cell, or a range collapsing).</summary>
        public Endpoint? Shift(DimensionShift shift, bool isEnd)
        {
            var index = shift.Rows ? Row : Column;
            if (index is not { } i) return this;
            int? moved = shift.Count > 0
                ? (i >= shift.Start ? i + shift.Count : i)
                : Deleted(i, shift.Start, -shift.Count, isEnd);
            if (moved is null) return null;
            return shift.Rows ? this with { Row = moved } : this with { Column = moved };
        }

        // A range's start inside the deleted band slides to the band's start, its end to just before it.
        private static int? Deleted(int i, int start, int count, bool isEnd)
        {
            if (i < start) return i;
            if (i >= start + count) return i - count;
            return isEnd ? (start > 0 ? start - 1 : null) : start;
        }

        public override string ToString() =>
            (Column is { } c ? (ColumnFixed ? "$" : "") + A1Notation.Column(c) : "")
            + (Row is { } r ? (RowFixed ? "$" : "") + (r + 1).ToString(CultureInfo.InvariantCulture) : "");
    }
}
