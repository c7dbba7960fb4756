namespace McpServers.OAuth.Flows;

/// <summary>Where a sign-in talks to the person: the terminal for <c>auth login</c>, a recorder in tests.</summary>
public interface ILoginConsole
{
    /// <summary>Shows a message (URLs, codes, what to do next).</summary>
    void Show(string message);

    /// <summary>One pasted line, or null when input has ended.</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>Tries to open <paramref name="url"/> in the person's browser; false when there is none (SSH, Docker).</summary>
    bool TryOpenBrowser(Uri url);
}
