namespace McpServers.FakeGoogle.Drive;

/// <summary>Who is searching, and the indexed text of a file's content (for fullText).</summary>
internal sealed record DriveQueryContext(string Account, Func<DriveFile, string> ContentText);
