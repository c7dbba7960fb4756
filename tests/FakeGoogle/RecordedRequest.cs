using System.Text;
using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Discovery;

namespace McpServers.FakeGoogle;

/// <summary>A request as the fake received it, so tests can check what a client sent.</summary>
/// <param name="Method">GET, POST, ...</param>
/// <param name="Path">The path as sent, percent-encoding intact ("/gmail/v1/users/me/messages").</param>
/// <param name="Query">The query string as sent, without '?' (empty when none).</param>
/// <param name="Headers">Request headers, case-insensitive names, repeated values joined by ", ".</param>
/// <param name="Body">The body bytes (empty when none).</param>
/// <param name="Account">The account its bearer token stands for, or null when it had none or an invalid one.</param>
public sealed record RecordedRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body, string? Account)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON (null when empty or not JSON).</summary>
    public JsonNode? BodyJson()
    {
        try
        {
            return Body.Length == 0 ? null : JsonNode.Parse(Body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The first decoded value of a query parameter, or null.</summary>
    public string? QueryValue(string name) => QueryValues.Parse(Query).Get(name);

    public override string ToString() => $"{Method} {Path}{(Query.Length == 0 ? "" : "?" + Query)}";
}
