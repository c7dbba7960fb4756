using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting;

/// <summary>Builds tool results the way every server answers: data as structured content plus its JSON text; errors a person can act on.</summary>
public static class ToolResults
{
    /// <summary>A result whose structured content is <paramref name="value"/> and whose text is the same JSON, indented.</summary>
    public static CallToolResult Structured<T>(T value, JsonTypeInfo<T> type)
    {
        var element = JsonSerializer.SerializeToElement(value, type);
        return new() { Content = [new TextContentBlock { Text = ToolJson.Indented(element) }], StructuredContent = element };
    }

    /// <summary>A structured result whose text is a sentence instead of the JSON (as the official servers do for acknowledgements).</summary>
    public static CallToolResult Structured<T>(T value, JsonTypeInfo<T> type, string text) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = JsonSerializer.SerializeToElement(value, type),
    };

    /// <summary>An error result (<c>isError: true</c>) with a message saying what was wrong and what to do.</summary>
    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}
