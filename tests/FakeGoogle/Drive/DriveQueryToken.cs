namespace McpServers.FakeGoogle.Drive;

/// <summary>One token of a files.list query: a word, a quoted string (unescaped), or a symbol (= != &lt; &lt;= &gt; &gt;= ( )).</summary>
internal sealed record DriveQueryToken(DriveQueryToken.Kinds Kind, string Value)
{
    internal enum Kinds
    {
        Word,
        Text,
        Symbol,
    }

    public bool IsWord(string word) => Kind == Kinds.Word && Value.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == Kinds.Symbol && Value == symbol;
}
