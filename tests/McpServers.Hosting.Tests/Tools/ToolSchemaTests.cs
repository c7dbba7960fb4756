using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol.Server;

namespace McpServers.Hosting.Tests.Tools;

public sealed class ToolSchemaTests
{
    [Fact]
    public void TypeWithToolSchema_DeclaresThatSchema_AlsoAsListItemAndWhenOptional()
    {
        var tool = McpServerTool.Create(typeof(ToolSchemaTests).GetMethod(nameof(Take))!, (object?)null,
            new McpServerToolCreateOptions { SchemaCreateOptions = ToolRegistration.SchemaOptions });
        var properties = tool.ProtocolTool.InputSchema.GetProperty("properties");

        Assert.Equal("""["number","string"]""", properties.GetProperty("one").GetProperty("type").GetRawText());
        Assert.Equal("""["number","string"]""", properties.GetProperty("many").GetProperty("items").GetProperty("type").GetRawText());
        Assert.Equal("Just one", properties.GetProperty("one").GetProperty("description").GetString());
        Assert.Contains("null", properties.GetProperty("maybe").GetProperty("type").GetRawText());
    }

    [Description("Takes number-or-string values")]
    public static string Take([Description("Just one")] NumberOrText one, IReadOnlyList<NumberOrText> many, NumberOrText? maybe = null) =>
        $"{one.Text} {many.Count} {maybe?.Text}";

    [JsonConverter(typeof(Converter))]
    [ToolSchema("""{"type":["number","string"]}""")]
    public readonly record struct NumberOrText(string Text);

    private sealed class Converter : JsonConverter<NumberOrText>
    {
        public override NumberOrText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.TokenType == JsonTokenType.String ? reader.GetString()! : System.Text.Encoding.UTF8.GetString(reader.ValueSpan));

        public override void Write(Utf8JsonWriter writer, NumberOrText value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
