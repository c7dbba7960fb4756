namespace McpServers.FakeGoogle.People;

/// <summary>
/// The People API's search: a query matches a prefix of a field starting at a word ("foo name" matches "f", "foo n",
/// "nam", not "oo n"); names and email addresses are searched.
/// </summary>
internal static class ContactSearch
{
    public static bool Matches(Contact contact, string query)
    {
        var wanted = query.Trim();
        if (wanted.Length == 0) return false;
        return contact.Emails.Append(contact.Name).Any(field => WordPrefix(field, wanted));
    }

    private static bool WordPrefix(string field, string query)
    {
        for (var i = 0; i < field.Length; i++)
        {
            var wordStart = i == 0 || !char.IsLetterOrDigit(field[i - 1]);
            if (wordStart && string.Compare(field, i, query, 0, query.Length, StringComparison.OrdinalIgnoreCase) == 0
                && field.Length - i >= query.Length)
                return true;
        }
        return false;
    }
}
