namespace McpServers.FakeGoogle.Drive;

/// <summary>Drive's "contains" on names: case-insensitive, matching the start of a word ("Hello World" contains "wor", not "orld").</summary>
internal static class DriveText
{
    public static bool ContainsWordPrefix(string haystack, string needle)
    {
        if (needle.Length == 0) return true;
        var at = 0;
        while ((at = haystack.IndexOf(needle, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (at == 0 || !char.IsLetterOrDigit(haystack[at - 1])) return true;
            at++;
        }
        return false;
    }
}
