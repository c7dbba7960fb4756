namespace McpServers.FakeGoogle.Gmail;

/// <summary>The labels every Gmail mailbox has, with the visibilities labels.list reports for them.</summary>
internal static class SystemLabels
{
    public const string Inbox = "INBOX";
    public const string Sent = "SENT";
    public const string Trash = "TRASH";
    public const string Spam = "SPAM";
    public const string Unread = "UNREAD";
    public const string Starred = "STARRED";
    public const string Important = "IMPORTANT";
    public const string Draft = "DRAFT";
    public const string Chat = "CHAT";

    public static IReadOnlyList<GmailLabel> All { get; } =
    [
        Hidden(Chat), Plain(Sent), Plain(Inbox), Hidden(Important), Hidden(Trash), Hidden(Draft), Hidden(Spam),
        Hidden("CATEGORY_FORUMS"), Hidden("CATEGORY_UPDATES"), Hidden("CATEGORY_PERSONAL"),
        Hidden("CATEGORY_PROMOTIONS"), Hidden("CATEGORY_SOCIAL"), Plain(Starred), Plain(Unread),
    ];

    /// <summary>Labels Gmail sets itself; messages.modify may not add or remove them.</summary>
    public static IReadOnlySet<string> NotApplicable { get; } = new HashSet<string>(StringComparer.Ordinal) { Draft, Sent, Chat };

    private static GmailLabel Plain(string id) => new(id, id, "system");

    private static GmailLabel Hidden(string id) => new(id, id, "system", "hide", "labelHide");
}
