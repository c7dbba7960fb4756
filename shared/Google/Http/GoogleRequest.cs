using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace McpServers.Google.Http;

/// <summary>
/// One call to a Google API: method, path under the API's root (e.g. <c>gmail/v1/users/me/messages</c>), query, body,
/// and what a person needs in an error: the thing the path names (for a 404) and the scopes the method accepts (for a 403).
/// </summary>
public sealed class GoogleRequest(GoogleApi api, HttpMethod method, string path)
{
    private readonly List<KeyValuePair<string, string>> _query = [];

    /// <summary>The API called.</summary>
    public GoogleApi Api { get; } = api;
    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; } = method;
    /// <summary>The path under the API root.</summary>
    public string Path { get; } = path;
    /// <summary>The body, if any.</summary>
    public HttpContent? Content { get; init; }

    /// <summary>What the path names, e.g. <c>message '18c2...'</c>: a 404 says this was not found.</summary>
    public string? Subject { get; init; }

    /// <summary>The scopes Google accepts for the method (any one will do): a 403 for a missing scope names them.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Adds a query parameter unless <paramref name="value"/> is null.</summary>
    public GoogleRequest With(string name, string? value)
    {
        if (value is not null)
            _query.Add(KeyValuePair.Create(name, value));
        return this;
    }

    /// <summary>Adds one query parameter per value (Google's repeated parameters).</summary>
    public GoogleRequest WithEach(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
            _query.Add(KeyValuePair.Create(name, value));
        return this;
    }

    /// <summary>Adds an integer query parameter unless null.</summary>
    public GoogleRequest With(string name, int? value) => With(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean query parameter unless null.</summary>
    public GoogleRequest With(string name, bool? value) => With(name, value is { } b ? (b ? "true" : "false") : null);

    /// <summary>The address under <paramref name="root"/>.</summary>
    public Uri UriUnder(Uri root)
    {
        var text = new StringBuilder(root.AbsoluteUri).Append(Path.TrimStart('/'));
        for (var i = 0; i < _query.Count; i++)
            text.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(_query[i].Key)).Append('=').Append(Uri.EscapeDataString(_query[i].Value));
        return new Uri(text.ToString());
    }

    /// <summary>A path segment escaped for use in a path (ids are opaque: they may hold any character).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>A JSON request body, serialized with the API's source-generated type.</summary>
    public static HttpContent Json<T>(T body, JsonTypeInfo<T> type) => Json(JsonSerializer.SerializeToUtf8Bytes(body, type));

    /// <summary>A JSON request body from UTF-8 bytes already written.</summary>
    public static HttpContent Json(byte[] utf8) => new ByteArrayContent(utf8) { Headers = { ContentType = new("application/json") } };
}
