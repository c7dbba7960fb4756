namespace McpServers.Gmail;

/// <summary>The OAuth scopes mcp-gmail asks for, and which calls accept which (from Gmail's and People's discovery documents).</summary>
internal static class GmailScopes
{
    public const string Full = "https://mail.google.com/";
    public const string Modify = "https://www.googleapis.com/auth/gmail.modify";
    public const string Readonly = "https://www.googleapis.com/auth/gmail.readonly";
    public const string Send = "https://www.googleapis.com/auth/gmail.send";
    public const string Compose = "https://www.googleapis.com/auth/gmail.compose";
    public const string Labels = "https://www.googleapis.com/auth/gmail.labels";
    public const string SettingsBasic = "https://www.googleapis.com/auth/gmail.settings.basic";
    public const string Contacts = "https://www.googleapis.com/auth/contacts.readonly";
    public const string OtherContacts = "https://www.googleapis.com/auth/contacts.other.readonly";

    /// <summary>What <c>auth login</c> asks for by default: everything but permanent deletion.</summary>
    public static readonly IReadOnlyList<string> Default = [Modify, SettingsBasic, Contacts, OtherContacts];

    public static readonly IReadOnlyList<string> ForReading = [Readonly, Modify, Full];
    public static readonly IReadOnlyList<string> ForSending = [Send, Compose, Modify, Full];
    public static readonly IReadOnlyList<string> ForDrafts = [Compose, Modify, Full];
    public static readonly IReadOnlyList<string> ForChanging = [Modify, Full];
    public static readonly IReadOnlyList<string> ForLabels = [Labels, Modify, Full];
    public static readonly IReadOnlyList<string> ForFilters = [SettingsBasic];
    public static readonly IReadOnlyList<string> ForDeleting = [Full];
}
