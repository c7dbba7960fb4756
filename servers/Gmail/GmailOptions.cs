using McpServers.Google;
using McpServers.Hosting;
using McpServers.Storage;

namespace McpServers.Gmail;

/// <summary>mcp-gmail settings from its command line and environment.</summary>
internal sealed record GmailOptions
{
    public required IReadOnlyList<string> AttachmentRoots { get; init; }
    public required string DownloadFolder { get; init; }
    public int MaxBodyChars { get; init; } = 20_000;
    public long MaxInlineAttachmentBytes { get; init; } = 512 * 1024;

    public static readonly ServerOption<IReadOnlyList<string>> AttachmentRootsOption = ServerOption.List("attachment-roots",
        "Folders files may be attached from, comma-separated (paths elsewhere are refused)", "GMAIL_ATTACHMENT_ROOTS", "~/Documents and ~/Downloads");

    public static readonly ServerOption<string?> DownloadFolderOption = ServerOption.Text("download-folder",
        "The only folder download_attachment writes to", "GMAIL_DOWNLOAD_FOLDER", defaultText: "~/Downloads/mcp-gmail");

    public static readonly ServerOption<int> MaxBodyCharsOption = ServerOption.Int("max-body-chars",
        "Longest body text returned in one call; the rest is read with 'offset'", "GMAIL_MAX_BODY_CHARS", 20_000, 500);

    public static readonly ServerOption<long> MaxInlineAttachmentOption = ServerOption.Size("max-inline-attachment",
        "Largest attachment download_attachment returns inline as base64 (larger ones are saved to the download folder)",
        "GMAIL_MAX_INLINE_ATTACHMENT", 512 * 1024, 1024, 20 * 1024 * 1024);

    public static IReadOnlyList<ServerOption> All { get; } =
        [.. GoogleOptions.All, AttachmentRootsOption, DownloadFolderOption, MaxBodyCharsOption, MaxInlineAttachmentOption];

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public static GmailOptions From(ServerSettings settings) => new()
    {
        AttachmentRoots = settings.IsGiven(AttachmentRootsOption)
            ? settings.Get(AttachmentRootsOption).Select(DataPaths.Resolve).ToList()
            : [Path.Combine(Home, "Documents"), Path.Combine(Home, "Downloads")],
        DownloadFolder = settings.Get(DownloadFolderOption) is { } folder ? DataPaths.Resolve(folder) : Path.Combine(Home, "Downloads", "mcp-gmail"),
        MaxBodyChars = settings.Get(MaxBodyCharsOption),
        MaxInlineAttachmentBytes = settings.Get(MaxInlineAttachmentOption),
    };

    /// <summary>Where attachments come from and go to.</summary>
    public AllowedFolders Folders() => new(AttachmentRoots, DownloadFolder, "files may be attached from", "attachment-roots");
}
