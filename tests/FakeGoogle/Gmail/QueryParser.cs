namespace McpServers.FakeGoogle.Gmail;

using Predicate = Func<StoredMessage, QueryContext, bool>;

/// <summary>
/// Recursive descent over query tokens. Gmail binds OR tighter than the implied AND ("a b OR c" is a AND (b OR c));
/// { } groups are ORs of their terms.
/// </summary>
internal sealed class QueryParser(List<string> tokens)
{
    private int _at;

    public bool MentionsSpamOrTrash { get; private set; }

    public Predicate ParseAll()
    {
        var all = new List<Predicate>();
        while (_at < tokens.Count)
        {
            if (tokens[_at] is ")" or "}")
            {
                _at++; // a stray closing bracket: Gmail ignores it
                continue;
            }
            all.Add(ParseOr());
        }
        return And(all);
    }

    private Predicate ParseOr()
    {
        var alternatives = new List<Predicate> { ParseUnary() };
        while (_at + 1 < tokens.Count && tokens[_at] == "OR")
        {
            _at++;
            alternatives.Add(ParseUnary());
        }
        return alternatives.Count == 1 ? alternatives[0] : (m, c) => alternatives.Any(p => p(m, c));
    }

    private Predicate ParseUnary()
    {
        var token = tokens[_at++];
        switch (token)
        {
            case "-" when _at < tokens.Count:
                var negated = ParseUnary();
                return (m, c) => !negated(m, c);
            case "(":
                return And(ParseGroup(")"));
            case "{":
                var any = ParseGroup("}");
                return (m, c) => any.Count == 0 || any.Any(p => p(m, c));
            case "AND" when _at < tokens.Count:
                return ParseUnary();
            default:
                if (QueryTerms.AsksForSpamOrTrash(token)) MentionsSpamOrTrash = true;
                return QueryTerms.Term(token);
        }
    }

    private List<Predicate> ParseGroup(string close)
    {
        var items = new List<Predicate>();
        while (_at < tokens.Count && tokens[_at] != close) items.Add(ParseOr());
        if (_at < tokens.Count) _at++;
        return items;
    }

    private static Predicate And(List<Predicate> all) =>
        all.Count == 1 ? all[0] : (m, c) => all.All(p => p(m, c));
}
