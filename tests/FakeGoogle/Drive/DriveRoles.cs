namespace McpServers.FakeGoogle.Drive;

/// <summary>Drive's permission roles, weakest first; a role grants everything the weaker ones do.</summary>
internal static class DriveRoles
{
    public const string Owner = "owner";
    public const string Writer = "writer";
    public const string Commenter = "commenter";
    public const string Reader = "reader";

    private static readonly string[] _ranked = [Reader, Commenter, Writer, "fileOrganizer", "organizer", Owner];

    public static bool IsKnown(string role) => Array.IndexOf(_ranked, role) >= 0;

    /// <summary>-1 for no role (null), otherwise higher is stronger.</summary>
    public static int Rank(string? role) => role is null ? -1 : Array.IndexOf(_ranked, role);

    public static bool CanWrite(string? role) => Rank(role) >= Rank(Writer);
}
