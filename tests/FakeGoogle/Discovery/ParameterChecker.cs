using System.Text.Json.Nodes;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>Checks path and query parameters against a method's declarations and the document's standard parameters.</summary>
internal static class ParameterChecker
{
    private static readonly string[] _uploadTypes = ["media", "multipart", "resumable"];

    public static void Check(DiscoveryMethod method, RequestKind kind, IReadOnlyDictionary<string, string> pathValues,
        QueryValues query, List<string> problems)
    {
        foreach (var (name, value) in pathValues)
            if (method.Parameters.TryGetValue(name, out var spec) && ValueFormats.CheckText(spec, value) is { } problem)
                problems.Add($"path parameter {name}: {problem}");

        foreach (var name in query.Names)
        {
            var values = query.All(name);
            var spec = QuerySpec(method, name);
            if (spec is null)
            {
                problems.Add($"unknown query parameter \"{name}\" for {method.Id}");
                continue;
            }
            if (values.Count > 1 && spec["repeated"]?.GetValue<bool>() != true)
                problems.Add($"query parameter {name} given {values.Count} times but is not repeated");
            foreach (var value in values)
                if (ValueFormats.CheckText(spec, value) is { } problem)
                    problems.Add($"query parameter {name}: {problem}");
        }

        foreach (var (name, spec) in method.Parameters)
            if ((string?)spec["location"] == "query" && IsRequired(name, spec) && !query.Has(name))
                problems.Add($"missing required query parameter \"{name}\" for {method.Id}");

        CheckUploadType(method, kind, query.Get("uploadType"), problems);
    }

    private static JsonObject? QuerySpec(DiscoveryMethod method, string name)
    {
        if (method.Parameters.TryGetValue(name, out var spec))
            return (string?)spec["location"] == "query" ? spec : null;
        return method.Document.StandardParameters.GetValueOrDefault(name);
    }

    // Newer APIs mark required query parameters only in prose ("Required. ..."), from the proto's field_behavior; Google
    // refuses requests without them. Dotted names are fields of a legacy request message (requestMask.includeField),
    // an alternative to the non-dotted mask, so they are left optional.
    private static bool IsRequired(string name, JsonObject spec) =>
        spec["required"]?.GetValue<bool>() == true
        || (((string?)spec["description"])?.StartsWith("Required.", StringComparison.Ordinal) == true && !name.Contains('.'));

    private static void CheckUploadType(DiscoveryMethod method, RequestKind kind, string? uploadType, List<string> problems)
    {
        switch (kind)
        {
            case RequestKind.Rest when uploadType is not null:
                problems.Add(method.MediaUpload is null
                    ? $"uploadType={uploadType} given but {method.Id} takes no media upload"
                    : $"uploadType={uploadType} needs the upload path /{method.MediaUpload.SimplePath?.TrimStart('/')}");
                break;
            case RequestKind.Upload when uploadType is null:
                problems.Add("an /upload/ request needs the uploadType query parameter (media, multipart or resumable)");
                break;
            case RequestKind.Upload when !_uploadTypes.Contains(uploadType):
                problems.Add($"uploadType \"{uploadType}\" is not one of media, multipart, resumable");
                break;
            case RequestKind.ResumableUpload when uploadType != "resumable":
                problems.Add("the /resumable/upload/ path takes only uploadType=resumable");
                break;
        }
    }
}
