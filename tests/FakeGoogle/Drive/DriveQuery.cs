namespace McpServers.FakeGoogle.Drive;

using Predicate = Func<DriveFile, DriveQueryContext, bool>;

/// <summary>
/// The files.list "q" language, for the terms the fake knows: name/mimeType (=, !=, contains), fullText contains,
/// trashed/starred/sharedWithMe (= true|false), createdTime/modifiedTime comparisons, '…' in owners|writers|readers|parents,
/// joined by and/or/not and parentheses. Anything else is "Invalid Value", as Drive answers.
/// </summary>
internal sealed class DriveQuery
{
    private static readonly string[] _comparisons = ["=", "!=", "<", "<=", ">", ">="];

    private readonly List<DriveQueryToken> _tokens;
    private int _at;

    private DriveQuery(List<DriveQueryToken> tokens) => _tokens = tokens;

    public static Predicate Parse(string text)
    {
        var parser = new DriveQuery(DriveQueryLexer.Tokens(text));
        if (parser._tokens.Count == 0) return (_, _) => true;
        var predicate = parser.ParseOr();
        if (parser._at < parser._tokens.Count) throw DriveQueryLexer.Invalid();
        return predicate;
    }

    private DriveQueryToken Next() => _at < _tokens.Count ? _tokens[_at++] : throw DriveQueryLexer.Invalid();

    private bool Peek(Func<DriveQueryToken, bool> test) => _at < _tokens.Count && test(_tokens[_at]);

    private Predicate ParseOr()
    {
        var left = ParseAnd();
        while (Peek(t => t.IsWord("or")))
        {
            _at++;
            var (a, b) = (left, ParseAnd());
            left = (f, c) => a(f, c) || b(f, c);
        }
        return left;
    }

    private Predicate ParseAnd()
    {
        var left = ParseUnary();
        while (Peek(t => t.IsWord("and")))
        {
            _at++;
            var (a, b) = (left, ParseUnary());
            left = (f, c) => a(f, c) && b(f, c);
        }
        return left;
    }

    private Predicate ParseUnary()
    {
        if (Peek(t => t.IsWord("not")))
        {
            _at++;
            var inner = ParseUnary();
            return (f, c) => !inner(f, c);
        }
        if (Peek(t => t.IsSymbol("(")))
        {
            _at++;
            var inner = ParseOr();
            if (!Next().IsSymbol(")")) throw DriveQueryLexer.Invalid();
            return inner;
        }
        return ParseTerm();
    }

    private Predicate ParseTerm()
    {
        var first = Next();
        if (first.Kind == DriveQueryToken.Kinds.Text)
        {
            if (!Next().IsWord("in")) throw DriveQueryLexer.Invalid();
            return Membership(first.Value, Next());
        }
        if (first.Kind != DriveQueryToken.Kinds.Word) throw DriveQueryLexer.Invalid();
        // A bare sharedWithMe is the same as sharedWithMe = true.
        if (first.Value == "sharedWithMe" && !Peek(t => t.Kind == DriveQueryToken.Kinds.Symbol && _comparisons.Contains(t.Value)))
            return (f, c) => f.IsSharedWith(c.Account);

        var op = Next();
        var isContains = op.IsWord("contains");
        if (!isContains && !(op.Kind == DriveQueryToken.Kinds.Symbol && _comparisons.Contains(op.Value))) throw DriveQueryLexer.Invalid();
        var value = Next();
        return first.Value switch
        {
            "name" => TextTerm(op.Value, value, (f, _) => f.Name),
            "mimeType" => TextTerm(op.Value, value, (f, _) => f.MimeType),
            "fullText" when isContains && value.Kind == DriveQueryToken.Kinds.Text =>
                (f, c) => DriveText.ContainsWordPrefix(f.Name, value.Value) || DriveText.ContainsWordPrefix(c.ContentText(f), value.Value),
            "trashed" => BoolTerm(op.Value, value, (f, _) => f.Trashed),
            "starred" => BoolTerm(op.Value, value, (_, _) => false),
            "sharedWithMe" => BoolTerm(op.Value, value, (f, c) => f.IsSharedWith(c.Account)),
            "createdTime" => TimeTerm(op.Value, value, f => f.CreatedTime),
            "modifiedTime" => TimeTerm(op.Value, value, f => f.ModifiedTime),
            _ => throw DriveQueryLexer.Invalid(),
        };
    }

    private static Predicate Membership(string value, DriveQueryToken collection)
    {
        if (collection.Kind != DriveQueryToken.Kinds.Word) throw DriveQueryLexer.Invalid();
        Func<DriveQueryContext, string> who = c => value == "me" ? c.Account : value;
        return collection.Value switch
        {
            "owners" => (f, c) => f.IsOwnedBy(who(c)),
            "writers" => (f, c) => f.Permissions.Any(p => p.Names(who(c)) && DriveRoles.CanWrite(p.Role)),
            "readers" => (f, c) => f.Permissions.Any(p => p.Names(who(c))),
            // Files have no folders here: everything an account owns sits in its My Drive root.
            "parents" => (f, c) => value == "root" && f.IsOwnedBy(c.Account),
            _ => throw DriveQueryLexer.Invalid(),
        };
    }

    private static Predicate TextTerm(string op, DriveQueryToken value, Func<DriveFile, DriveQueryContext, string> field)
    {
        if (value.Kind != DriveQueryToken.Kinds.Text) throw DriveQueryLexer.Invalid();
        var text = value.Value;
        return op switch
        {
            "=" => (f, c) => field(f, c).Equals(text, StringComparison.OrdinalIgnoreCase),
            "!=" => (f, c) => !field(f, c).Equals(text, StringComparison.OrdinalIgnoreCase),
            "contains" => (f, c) => DriveText.ContainsWordPrefix(field(f, c), text),
            _ => throw DriveQueryLexer.Invalid(),
        };
    }

    private static Predicate BoolTerm(string op, DriveQueryToken value, Func<DriveFile, DriveQueryContext, bool> field)
    {
        if (value.Kind != DriveQueryToken.Kinds.Word || !bool.TryParse(value.Value, out var wanted) || op is not ("=" or "!="))
            throw DriveQueryLexer.Invalid();
        var equal = op == "=";
        return (f, c) => (field(f, c) == wanted) == equal;
    }

    private static Predicate TimeTerm(string op, DriveQueryToken value, Func<DriveFile, DateTimeOffset> field)
    {
        if (value.Kind != DriveQueryToken.Kinds.Text || DriveTime.Parse(value.Value) is not { } bound || op == "contains")
            throw DriveQueryLexer.Invalid();
        return op switch
        {
            "=" => (f, _) => field(f) == bound,
            "!=" => (f, _) => field(f) != bound,
            "<" => (f, _) => field(f) < bound,
            "<=" => (f, _) => field(f) <= bound,
            ">" => (f, _) => field(f) > bound,
            _ => (f, _) => field(f) >= bound,
        };
    }
}
