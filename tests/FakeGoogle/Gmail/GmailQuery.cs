namespace McpServers.FakeGoogle.Gmail;

/// <summary>
/// Gmail's search box syntax (the "q" parameter): words and "quoted phrases", operators (from:, to:, cc:, bcc:,
/// subject:, label:, in:, is:, has:, filename:, category:, after:, before:, older_than:, newer_than:, larger:,
/// smaller:, rfc822msgid:), "-" negation, OR (binding tighter than the implied AND), ( ) and { } groups.
/// </summary>
internal sealed class GmailQuery
{
    private readonly Func<StoredMessage, QueryContext, bool> _predicate;

    private GmailQuery(Func<StoredMessage, QueryContext, bool> predicate, bool includesSpamTrash)
    {
        _predicate = predicate;
        IncludesSpamTrash = includesSpamTrash;
    }

    /// <summary>Whether the query itself asks for SPAM/TRASH (in:trash, in:spam, in:anywhere, label:trash, ...).</summary>
    public bool IncludesSpamTrash { get; }

    public static GmailQuery MatchAll { get; } = new((_, _) => true, false);

    public static GmailQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return MatchAll;
        var parser = new QueryParser(QueryLexer.Tokens(text));
        return new GmailQuery(parser.ParseAll(), parser.MentionsSpamOrTrash);
    }

    public bool Matches(StoredMessage message, QueryContext context) => _predicate(message, context);
}
