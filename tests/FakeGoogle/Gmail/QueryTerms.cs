using System.Globalization;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Gmail;

using Predicate = Func<StoredMessage, QueryContext, bool>;

/// <summary>One search term: an operator ("from:bob") or free text, as a predicate over a stored message.</summary>
internal static class QueryTerms
{
    private static readonly Dictionary<string, string> _categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["primary"] = "CATEGORY_PERSONAL", ["personal"] = "CATEGORY_PERSONAL", ["social"] = "CATEGORY_SOCIAL",
        ["promotions"] = "CATEGORY_PROMOTIONS", ["updates"] = "CATEGORY_UPDATES", ["forums"] = "CATEGORY_FORUMS",
    };

    public static bool AsksForSpamOrTrash(string token)
    {
        var (op, value) = Split(token);
        return op is "in" or "label" or "is" && value.ToLowerInvariant() is "trash" or "spam" or "anywhere";
    }

    public static Predicate Term(string token)
    {
        var (op, value) = Split(token);
        if (op is null || value.Length == 0) return Text(Unquote(token));
        value = Unquote(value);
        return op switch
        {
            "from" => (m, c) => Address(m.Facts.From, value, c),
            "to" => (m, c) => Address(m.Facts.To, value, c) || Address(m.Facts.Cc, value, c) || Address(m.Facts.Bcc, value, c),
            "cc" => (m, c) => Address(m.Facts.Cc, value, c),
            "bcc" => (m, c) => Address(m.Facts.Bcc, value, c),
            "subject" => (m, _) => ContainsWords(m.Facts.Subject, value),
            "label" => (m, c) => c.LabelIdByName(value) is { } id && m.Has(id),
            "in" => In(value),
            "is" => Is(value),
            "has" => Has(value),
            "category" => (m, _) => _categories.TryGetValue(value, out var id) && m.Has(id),
            "filename" => (m, _) => m.Facts.AttachmentNames.Any(n => n.Contains(value, StringComparison.OrdinalIgnoreCase)),
            "rfc822msgid" => (m, _) => string.Equals(m.Facts.MessageId, value.Trim('<', '>'), StringComparison.OrdinalIgnoreCase),
            "after" or "newer" => Date(value) is { } after ? (m, _) => m.InternalDate >= after : Never,
            "before" or "older" => Date(value) is { } before ? (m, _) => m.InternalDate < before : Never,
            "newer_than" => Age(value) is { } age ? (m, c) => m.InternalDate >= (c.Now - age).ToUnixTimeMilliseconds() : Never,
            "older_than" => Age(value) is { } age ? (m, c) => m.InternalDate < (c.Now - age).ToUnixTimeMilliseconds() : Never,
            "larger" => Size(value) is { } larger ? (m, _) => m.Raw.Length > larger : Never,
            "smaller" => Size(value) is { } smaller ? (m, _) => m.Raw.Length < smaller : Never,
            _ => Text(Unquote(token)),
        };
    }

    private static bool Never(StoredMessage message, QueryContext context) => false;

    private static (string? Op, string Value) Split(string token)
    {
        var colon = token.IndexOf(':');
        if (colon <= 0 || token.StartsWith('"')) return (null, token);
        return (token[..colon].ToLowerInvariant(), token[(colon + 1)..]);
    }

    private static string Unquote(string text) => text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text.Trim('"');

    private static Predicate Text(string phrase) => (m, _) => ContainsWords(m.Facts.SearchText, phrase);

    /// <summary>Gmail matches whole words, so "meet" does not find "meeting"; a phrase's words must follow each other.</summary>
    private static bool ContainsWords(string haystack, string phrase)
    {
        var words = Regex.Split(phrase.Trim(), @"[^\p{L}\p{N}@.]+").Where(w => w.Length > 0).Select(Regex.Escape).ToArray();
        if (words.Length == 0) return true;
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", words) + @"(?![\p{L}\p{N}])";
        return Regex.IsMatch(haystack, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // Address operators match any part of the header: "from:bob", "from:example.com", "from:bob@example.com".
    private static bool Address(string header, string value, QueryContext context)
    {
        var wanted = value.Equals("me", StringComparison.OrdinalIgnoreCase) ? context.AccountEmail : value;
        return header.Contains(wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static Predicate In(string value) => value.ToLowerInvariant() switch
    {
        "anywhere" => (_, _) => true,
        "inbox" => Label(SystemLabels.Inbox),
        "sent" => Label(SystemLabels.Sent),
        "trash" => Label(SystemLabels.Trash),
        "spam" => Label(SystemLabels.Spam),
        "drafts" or "draft" => Label(SystemLabels.Draft),
        "starred" => Label(SystemLabels.Starred),
        "important" => Label(SystemLabels.Important),
        "chats" => Label(SystemLabels.Chat),
        _ => (m, c) => c.LabelIdByName(value) is { } id && m.Has(id),
    };

    private static Predicate Is(string value) => value.ToLowerInvariant() switch
    {
        "unread" => Label(SystemLabels.Unread),
        "read" => (m, _) => !m.Has(SystemLabels.Unread),
        "starred" => Label(SystemLabels.Starred),
        "important" => Label(SystemLabels.Important),
        "trash" => Label(SystemLabels.Trash),
        "spam" => Label(SystemLabels.Spam),
        "sent" => Label(SystemLabels.Sent),
        "draft" or "drafts" => Label(SystemLabels.Draft),
        _ => Never,
    };

    private static Predicate Has(string value) => value.ToLowerInvariant() switch
    {
        "attachment" => (m, _) => m.Facts.HasAttachment,
        "userlabels" => (m, _) => m.Labels.Any(l => l.StartsWith("Label_", StringComparison.Ordinal)),
        "nouserlabels" => (m, _) => !m.Labels.Any(l => l.StartsWith("Label_", StringComparison.Ordinal)),
        "yellow-star" => Label(SystemLabels.Starred),
        _ => Never,
    };

    private static Predicate Label(string id) => (m, _) => m.Has(id);

    /// <summary>yyyy/mm/dd (or with '-'), midnight UTC, as epoch ms; or epoch seconds.</summary>
    private static long? Date(string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return seconds * 1000;
        string[] formats = ["yyyy/M/d", "yyyy-M-d", "yyyy/MM/dd", "yyyy-MM-dd"];
        return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero).ToUnixTimeMilliseconds()
            : null;
    }

    /// <summary>"3d", "2m" (months), "1y", and "5h" as Gmail also takes.</summary>
    private static TimeSpan? Age(string value)
    {
        if (value.Length < 2 || !int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return char.ToLowerInvariant(value[^1]) switch
        {
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'm' => TimeSpan.FromDays(30.0 * n),
            'y' => TimeSpan.FromDays(365.0 * n),
            _ => null,
        };
    }

    private static long? Size(string value)
    {
        var multiplier = char.ToLowerInvariant(value[^1]) switch { 'k' => 1024L, 'm' => 1024L * 1024, _ => 1L };
        var digits = multiplier == 1 ? value : value[..^1];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n * multiplier : null;
    }
}
