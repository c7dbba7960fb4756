using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Discovery;

namespace McpServers.FakeGoogle.Hosting;

/// <summary>A validated, authenticated request handed to a fake API handler.</summary>
internal sealed record ApiCall(ValidationResult Request, string Account, IReadOnlyCollection<string>? Scopes, DateTimeOffset Now)
{
    public DiscoveryMethod Method => Request.Method!;

    public QueryValues Query => Request.Query;

    public JsonNode? Body => Request.Body;

    public UploadedMedia? Media => Request.Media;

    public string Path(string name) => Request.PathParameters[name];

    /// <summary>Whether the token's scopes (null: unknown, all allowed) are only among the given ones.</summary>
    public bool ScopesOnly(params string[] allowed) =>
        Scopes is not null && Scopes.Intersect(Method.Scopes).All(allowed.Contains);
}
