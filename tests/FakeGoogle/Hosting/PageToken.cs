using System.Globalization;
using System.Text;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>Opaque page tokens over an ordered result list (they carry the offset of the next page).</summary>
internal static class PageToken
{
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, string? token, int pageSize)
    {
        var offset = Decode(token);
        var page = items.Skip(offset).Take(pageSize).ToArray();
        var next = offset + page.Length < items.Count ? Encode(offset + page.Length) : null;
        return (page, next);
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"page:{offset}")).TrimEnd('=');

    private static int Decode(string? token)
    {
        if (string.IsNullOrEmpty(token)) return 0;
        try
        {
            var padded = token.PadRight(token.Length + (4 - token.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            if (text.StartsWith("page:", StringComparison.Ordinal)
                && int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw ApiException.BadRequest("Invalid pageToken");
    }
}
