namespace McpServers.Rss.Storage;

/// <summary>A search query is not valid FTS5 syntax; the message is SQLite's.</summary>
internal sealed class SearchSyntaxException(string message) : Exception(message);
