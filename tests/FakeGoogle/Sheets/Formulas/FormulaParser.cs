using System.Globalization;

namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>
/// Recursive descent over formula tokens. Precedence, loosest first: comparisons, &amp;, + -, * /, ^, unary - +,
/// postfix %, then literals, references, names, calls and parentheses.
/// </summary>
internal sealed class FormulaParser
{
    private readonly List<FormulaToken> _tokens;
    private int _at;

    private FormulaParser(List<FormulaToken> tokens) => _tokens = tokens;

    /// <summary>Parses formula text without its leading "=".</summary>
    public static FormulaNode Parse(string text)
    {
        var parser = new FormulaParser(FormulaLexer.Tokens(text));
        if (parser._tokens.Count == 0) throw new FormulaSyntaxException("empty formula");
        var node = parser.Comparison();
        if (parser._at < parser._tokens.Count) throw new FormulaSyntaxException($"unexpected {parser._tokens[parser._at].Text}");
        return node;
    }

    private FormulaToken? Peek(int ahead = 0) => _at + ahead < _tokens.Count ? _tokens[_at + ahead] : null;

    private bool PeekOperator(params string[] ops) => Peek() is { Kind: FormulaTokenKind.Operator } t && ops.Contains(t.Text);

    private FormulaToken Next() => _at < _tokens.Count ? _tokens[_at++] : throw new FormulaSyntaxException("unexpected end");

    private FormulaNode Comparison() => LeftAssociative(Concatenation, "=", "<>", "<", ">", "<=", ">=");

    private FormulaNode Concatenation() => LeftAssociative(Additive, "&");

    private FormulaNode Additive() => LeftAssociative(Multiplicative, "+", "-");

    private FormulaNode Multiplicative() => LeftAssociative(Power, "*", "/");

    private FormulaNode Power() => LeftAssociative(Unary, "^");

    private FormulaNode LeftAssociative(Func<FormulaNode> operand, params string[] ops)
    {
        var left = operand();
        while (PeekOperator(ops))
        {
            var op = Next().Text;
            left = new BinaryNode(op, left, operand());
        }
        return left;
    }

    private FormulaNode Unary()
    {
        if (PeekOperator("-", "+"))
        {
            var op = Next().Text;
            return new UnaryNode(op, Unary());
        }
        var node = Primary();
        while (PeekOperator("%"))
        {
            _at++;
            node = new UnaryNode("%", node);
        }
        return node;
    }

    private FormulaNode Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case FormulaTokenKind.Number when Peek()?.Kind == FormulaTokenKind.Colon:
                return Reference(null, token);
            case FormulaTokenKind.Number:
                return new LiteralNode(CellValue.Of(double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)));
            case FormulaTokenKind.String:
                return new LiteralNode(CellValue.Of(token.Value));
            case FormulaTokenKind.ErrorLiteral:
                return new LiteralNode(CellValue.Error(token.Text));
            case FormulaTokenKind.OpenParen:
                var inner = Comparison();
                if (Next().Kind != FormulaTokenKind.CloseParen) throw new FormulaSyntaxException("missing )");
                return inner;
            case FormulaTokenKind.QuotedName:
                if (Next().Kind != FormulaTokenKind.Bang) throw new FormulaSyntaxException("a quoted sheet name needs !");
                return Reference(token.Value, Next());
            case FormulaTokenKind.Name when Peek()?.Kind == FormulaTokenKind.OpenParen:
                _at++;
                return Call(token.Text.ToUpperInvariant());
            case FormulaTokenKind.Name when Peek()?.Kind == FormulaTokenKind.Bang:
                _at++;
                return Reference(token.Text, Next());
            case FormulaTokenKind.Name when token.Text.Equals("TRUE", StringComparison.OrdinalIgnoreCase):
                return new LiteralNode(CellValue.Of(true));
            case FormulaTokenKind.Name when token.Text.Equals("FALSE", StringComparison.OrdinalIgnoreCase):
                return new LiteralNode(CellValue.Of(false));
            case FormulaTokenKind.Name when CellSpan.Parse(token.Text) is not null || Peek()?.Kind == FormulaTokenKind.Colon:
                return Reference(null, token);
            case FormulaTokenKind.Name:
                return new NameNode(token.Text);
            default:
                throw new FormulaSyntaxException($"unexpected {token.Text}");
        }
    }

    // A reference after its optional sheet: one endpoint, or two joined by ':'.
    private ReferenceNode Reference(string? sheet, FormulaToken first)
    {
        if (first.Kind is not (FormulaTokenKind.Name or FormulaTokenKind.Number)) throw new FormulaSyntaxException("expected a reference");
        var text = first.Text;
        if (Peek()?.Kind == FormulaTokenKind.Colon)
        {
            _at++;
            var second = Next();
            if (second.Kind is not (FormulaTokenKind.Name or FormulaTokenKind.Number)) throw new FormulaSyntaxException("expected a reference");
            text += ":" + second.Text;
        }
        var span = CellSpan.Parse(text) ?? throw new FormulaSyntaxException($"bad reference {text}");
        return new ReferenceNode(sheet, span);
    }

    private CallNode Call(string function)
    {
        var arguments = new List<FormulaNode>();
        if (Peek()?.Kind == FormulaTokenKind.CloseParen)
        {
            _at++;
            return new CallNode(function, arguments);
        }
        while (true)
        {
            arguments.Add(Comparison());
            var separator = Next();
            if (separator.Kind == FormulaTokenKind.CloseParen) return new CallNode(function, arguments);
            if (separator.Kind != FormulaTokenKind.Comma) throw new FormulaSyntaxException("expected , or )");
        }
    }
}
