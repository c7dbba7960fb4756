using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;

namespace McpServers.Hosting;

/// <summary>
/// JSON for tools, without reflection (Native AOT): each server lists its parameter and result types in a source-generated
/// <c>JsonSerializerContext</c> (camelCase like the MCP wire format) and registers its tools with <see cref="For"/>'s options.
/// </summary>
public static class ToolJson
{
    private static readonly JsonWriterOptions Readable = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Options for a server's tools: its own source-generated types first, then the SDK's protocol types.</summary>
    public static JsonSerializerOptions For(IJsonTypeInfoResolver serverTypes)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(serverTypes, McpJsonUtilities.DefaultOptions.TypeInfoResolver!),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The value as indented, readable JSON text (no \u0027-style escapes).</summary>
    public static string Indented<T>(T value, JsonTypeInfo<T> type) => Indented(JsonSerializer.SerializeToElement(value, type));

    /// <summary>The element as indented, readable JSON text.</summary>
    public static string Indented(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Readable))
            element.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
