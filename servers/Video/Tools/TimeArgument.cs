using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;

namespace McpServers.Video.Tools;

/// <summary>A time in a video as a tool argument: seconds as a number (83.5) or a string ("83.5", "1:23.5", "0:01:23.5").</summary>
[JsonConverter(typeof(TimeArgumentConverter))]
[ToolSchema("""{"type":["number","string"]}""")]
internal readonly record struct TimeArgument(string Text)
{
    /// <summary>The time in seconds.</summary>
    /// <exception cref="ToolInputException">Not a time; the message names <paramref name="parameter"/>.</exception>
    public double Seconds(string parameter)
    {
        var parts = Text.Trim().Split(':');
        var total = 0.0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || parts.Length > 3)
                throw new ToolInputException($"'{parameter}' values must be seconds (83.5) or [h:]mm:ss(.fff) (1:23.5); got '{Text}'");
            total = total * 60 + value;
        }
        return total;
    }

    public override string ToString() => Text;
}

/// <summary>Reads a number or a string into a <see cref="TimeArgument"/>, and writes it back as the string it was.</summary>
internal sealed class TimeArgumentConverter : JsonConverter<TimeArgument>
{
    public override TimeArgument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => new(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.String => new(reader.GetString()!),
        _ => throw new JsonException("a time must be a number of seconds or a string such as \"1:23.5\""),
    };

    public override void Write(Utf8JsonWriter writer, TimeArgument value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
}
