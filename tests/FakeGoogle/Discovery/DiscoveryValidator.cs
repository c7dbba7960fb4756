using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// Checks HTTP requests against Google discovery documents, for any API: finds the method by HTTP method and path
/// (REST or upload path), then checks parameters, the JSON body against the request schema, and upload media.
/// </summary>
public sealed class DiscoveryValidator
{
    private readonly List<Route> _routes = [];

    public DiscoveryValidator(IEnumerable<DiscoveryDocument> documents)
    {
        Documents = documents.ToArray();
        foreach (var document in Documents)
            foreach (var method in document.Methods)
            {
                _routes.Add(new Route(method, new PathTemplate(document.ServicePath + method.Path), RequestKind.Rest));
                if (method.MediaUpload?.SimplePath is { } simple)
                    _routes.Add(new Route(method, new PathTemplate(simple), RequestKind.Upload));
                if (method.MediaUpload?.ResumablePath is { } resumable)
                    _routes.Add(new Route(method, new PathTemplate(resumable), RequestKind.ResumableUpload));
            }
    }

    public IReadOnlyList<DiscoveryDocument> Documents { get; }

    /// <summary>A validator over embedded documents by name ("gmail.v1", "people.v1", ...).</summary>
    public static DiscoveryValidator LoadEmbedded(params string[] names) =>
        new(names.Select(DiscoveryDocument.LoadEmbedded));

    /// <summary>Checks one request.</summary>
    /// <param name="httpMethod">GET, POST, ...</param>
    /// <param name="rawTarget">Path and query as sent, percent-encoding intact ("/gmail/v1/users/me/messages?q=x").</param>
    /// <param name="contentType">The Content-Type header, if any.</param>
    /// <param name="body">The request body (empty when none).</param>
    /// <param name="headers">Other headers; resumable uploads declare the media in X-Upload-Content-Type/-Length.</param>
    public ValidationResult Validate(string httpMethod, string rawTarget, string? contentType, ReadOnlyMemory<byte> body,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var question = rawTarget.IndexOf('?');
        var rawPath = (question < 0 ? rawTarget : rawTarget[..question]).TrimStart('/');
        var query = QueryValues.Parse(question < 0 ? null : rawTarget[(question + 1)..]);

        var matches = _routes.Select(r => (Route: r, Values: r.Template.Match(rawPath)))
            .Where(m => m.Values is not null && PatternsHold(m.Route.Method, m.Values))
            .ToList();
        var best = matches.Where(m => m.Route.Method.HttpMethod.Equals(httpMethod, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(m => m.Route.Template.LiteralLength)
            .FirstOrDefault();
        if (best.Route is null)
        {
            var others = string.Join(", ", matches.Select(m => $"{m.Route.Method.HttpMethod} {m.Route.Method.Id}").Distinct());
            return new ValidationResult
            {
                Query = query,
                Problems = [$"no such method: {httpMethod} /{rawPath}{(others.Length == 0 ? "" : $" (this path takes {others})")}"],
            };
        }

        var (route, pathValues) = (best.Route, best.Values!);
        var problems = new List<string>();
        ParameterChecker.Check(route.Method, route.Kind, pathValues, query, problems);
        var fields = CheckFields(route.Method, query.Get("fields"), problems);
        var (json, media) = route.Kind == RequestKind.Rest
            ? (CheckJsonBody(route.Method, contentType, body.Span, problems), null)
            : CheckUpload(route.Method, query.Get("uploadType"), contentType, body.Span, headers, problems);
        return new ValidationResult
        {
            Method = route.Method,
            Kind = route.Kind,
            PathParameters = pathValues,
            Query = query,
            Body = json,
            Media = media,
            Fields = fields,
            Problems = problems,
        };
    }

    private static bool PatternsHold(DiscoveryMethod method, Dictionary<string, string> values) =>
        values.All(v => (string?)method.Parameters.GetValueOrDefault(v.Key)?["pattern"] is not { } pattern
            || System.Text.RegularExpressions.Regex.IsMatch(v.Value, pattern));

    private static FieldSelection? CheckFields(DiscoveryMethod method, string? fields, List<string> problems)
    {
        if (fields is null) return null;
        var (selection, error) = FieldSelection.Parse(fields);
        if (error is not null) problems.Add(error);
        else if (method.ResponseSchema is { } response) problems.AddRange(selection!.Check(method.Document, response));
        return selection;
    }

    private static JsonNode? CheckJsonBody(DiscoveryMethod method, string? contentType, ReadOnlySpan<byte> body, List<string> problems)
    {
        if (body.IsEmpty)
        {
            if (method.RequestSchema is { } schema)
                problems.Add($"missing request body: {method.Id} takes a {schema} (JSON), or a media upload on its /upload path");
            return null;
        }
        if (!IsJson(contentType))
            problems.Add($"a JSON request body needs Content-Type application/json, got \"{contentType}\"");
        var json = ParseJson(body, "request body", problems);
        if (json is null) return null;
        if (method.RequestSchema is null)
        {
            // Clients often send "{}" to body-less POSTs (trash, untrash); Google reads it as an empty message.
            if (json is not JsonObject { Count: 0 })
                problems.Add($"{method.Id} takes no request body, got {ValueFormats.Describe(json)}");
            return json;
        }
        problems.AddRange(new SchemaChecker(method.Document, method.Id, mediaCarriesBytes: false).Check(method.RequestSchema, json));
        return json;
    }

    private static (JsonNode?, UploadedMedia?) CheckUpload(DiscoveryMethod method, string? uploadType, string? contentType,
        ReadOnlySpan<byte> body, IReadOnlyDictionary<string, string>? headers, List<string> problems)
    {
        var spec = method.MediaUpload!;
        switch (uploadType)
        {
            case "media":
                CheckMedia(method, spec, contentType, body.Length, problems);
                return (null, new UploadedMedia(contentType ?? "", body.ToArray()));
            case "multipart":
                return CheckMultipart(method, spec, contentType, body, problems);
            case "resumable":
                var declaredType = headers?.GetValueOrDefault("X-Upload-Content-Type");
                if (declaredType is not null && !spec.Accepts(declaredType))
                    problems.Add($"X-Upload-Content-Type \"{declaredType}\" is not accepted by {method.Id} (accepts {string.Join(", ", spec.Accept)})");
                if (long.TryParse(headers?.GetValueOrDefault("X-Upload-Content-Length"), out var declaredLength))
                    CheckSize(method, spec, declaredLength, problems);
                return (body.IsEmpty ? null : CheckMetadata(method, contentType, body, problems), null);
            default:
                return (null, null); // ParameterChecker already named the bad or missing uploadType
        }
    }

    private static (JsonNode?, UploadedMedia?) CheckMultipart(DiscoveryMethod method, MediaUploadSpec spec, string? contentType,
        ReadOnlySpan<byte> body, List<string> problems)
    {
        IReadOnlyList<MultipartRelated.Part> parts;
        string? error;
        try
        {
            (parts, error) = MultipartRelated.Read(contentType, body);
        }
        catch (FormatException e)
        {
            (parts, error) = ([], $"multipart media part is not valid base64: {e.Message}");
        }
        if (error is null && parts.Count != 2)
            error = $"a multipart upload has 2 parts (JSON metadata, then media), got {parts.Count}";
        if (error is not null)
        {
            problems.Add(error);
            return (null, null);
        }
        var metadata = CheckMetadata(method, parts[0].ContentType, parts[0].Body, problems);
        var mediaType = parts[1].ContentType;
        CheckMedia(method, spec, mediaType, parts[1].Body.Length, problems);
        return (metadata, new UploadedMedia(mediaType ?? "", parts[1].Body));
    }

    private static JsonNode? CheckMetadata(DiscoveryMethod method, string? contentType, ReadOnlySpan<byte> body, List<string> problems)
    {
        if (!IsJson(contentType))
            problems.Add($"upload metadata needs Content-Type application/json, got \"{contentType}\"");
        var json = ParseJson(body, "upload metadata", problems);
        if (json is not null && method.RequestSchema is { } schema)
            problems.AddRange(new SchemaChecker(method.Document, method.Id, mediaCarriesBytes: true).Check(schema, json));
        return json;
    }

    private static void CheckMedia(DiscoveryMethod method, MediaUploadSpec spec, string? contentType, long length, List<string> problems)
    {
        if (!spec.Accepts(contentType))
            problems.Add($"media Content-Type \"{contentType}\" is not accepted by {method.Id} (accepts {string.Join(", ", spec.Accept)})");
        CheckSize(method, spec, length, problems);
    }

    private static void CheckSize(DiscoveryMethod method, MediaUploadSpec spec, long length, List<string> problems)
    {
        if (spec.MaxSize is { } max && length > max)
            problems.Add($"media of {length} bytes exceeds the maxSize {max} of {method.Id}");
    }

    private static JsonNode? ParseJson(ReadOnlySpan<byte> body, string what, List<string> problems)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            problems.Add($"{what} is not valid JSON: {e.Message} ({Encoding.UTF8.GetString(body[..Math.Min(body.Length, 60)])})");
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType?.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase) == true;

    private sealed record Route(DiscoveryMethod Method, PathTemplate Template, RequestKind Kind);
}
