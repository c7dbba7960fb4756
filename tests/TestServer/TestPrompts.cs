using System.ComponentModel;
using ModelContextProtocol.Server;

namespace McpServers.TestServer;

/// <summary>A prompt and resources, for tests of clients and gateways that pass them on (mcp-hub).</summary>
[McpServerPromptType]
[McpServerResourceType]
public sealed class TestPrompts
{
    [McpServerPrompt(Name = "greeting", Title = "Greeting")]
    [Description("Asks for a greeting to someone")]
    public static string Greeting([Description("Who to greet")] string name) => $"Say hello to {name}.";

    [McpServerResource(UriTemplate = "test://about", Name = "about", MimeType = "text/plain")]
    [Description("What this server is")]
    public static string About() => "mcp-test-server, for the McpServers tests";

    [McpServerResource(UriTemplate = "test://items/{id}", Name = "item", MimeType = "text/plain")]
    [Description("One item by its id")]
    public static string Item(string id) => $"item {id}";
}
