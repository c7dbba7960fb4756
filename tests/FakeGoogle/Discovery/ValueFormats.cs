using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Discovery;

/// <summary>
/// The scalar rules of discovery types and formats, shared by query parameters (always strings on the wire) and JSON
/// body fields. Each check returns a problem description, or null when the value is fine.
/// </summary>
internal static partial class ValueFormats
{
    /// <summary>Checks a parameter value as sent in a URL: the type, format, enum and bounds of its declaration.</summary>
    public static string? CheckText(JsonObject spec, string value)
    {
        var type = (string?)spec["type"] ?? "string";
        var format = (string?)spec["format"];
        var problem = type switch
        {
            "boolean" => value is "true" or "false" ? null : $"expected boolean (true or false), got \"{value}\"",
            "integer" => CheckIntegerText(format ?? "int32", value),
            "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? null : $"expected number, got \"{value}\"",
            _ => CheckStringFormat(format, value),
        };
        return problem ?? CheckEnum(spec, value) ?? CheckBounds(spec, value);
    }

    /// <summary>Checks a JSON scalar against a property declaration ("string"/"integer"/"number"/"boolean").</summary>
    public static string? CheckJson(JsonObject spec, string type, JsonValue value)
    {
        var format = (string?)spec["format"];
        var kind = value.GetValueKind();
        switch (type)
        {
            case "boolean":
                return kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                    ? null : $"expected boolean, got {Describe(value)}";
            case "integer":
                // proto3 JSON accepts integers as numbers or as decimal strings.
                if (kind == System.Text.Json.JsonValueKind.Number || kind == System.Text.Json.JsonValueKind.String)
                    return CheckIntegerText(format ?? "int32", value.ToJsonString().Trim('"')) is { } p
                        ? $"{p} ({Describe(value)})" : null;
                return $"expected integer ({format ?? "int32"}), got {Describe(value)}";
            case "number":
                if (kind == System.Text.Json.JsonValueKind.Number) return null;
                // proto3 JSON spells the special doubles as strings.
                return kind == System.Text.Json.JsonValueKind.String && (string)value! is "NaN" or "Infinity" or "-Infinity"
                    ? null : $"expected number, got {Describe(value)}";
            default:
                if (format is "int64" or "uint64" && kind == System.Text.Json.JsonValueKind.Number)
                    return CheckIntegerText(format, value.ToJsonString());
                if (kind != System.Text.Json.JsonValueKind.String) return $"expected string, got {Describe(value)}";
                var text = (string)value!;
                return CheckStringFormat(format, text) ?? CheckEnum(spec, text);
        }
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => Shorten(node.ToJsonString()),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static string? CheckIntegerText(string format, string value)
    {
        var ok = format switch
        {
            "uint32" => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            "int64" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "uint64" => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            _ => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        };
        return ok ? null : $"expected integer ({format}), got \"{Shorten(value)}\"";
    }

    private static string? CheckStringFormat(string? format, string value) => format switch
    {
        "int64" or "uint64" or "int32" or "uint32" => CheckIntegerText(format, value),
        "byte" => IsBase64(value) ? null : $"expected base64 or base64url bytes, got \"{Shorten(value)}\"",
        "date-time" or "google-datetime" => DateTimeRegex().IsMatch(value)
            ? null : $"expected an RFC 3339 date-time, got \"{Shorten(value)}\"",
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : $"expected a date yyyy-mm-dd, got \"{Shorten(value)}\"",
        "google-duration" => DurationRegex().IsMatch(value) ? null : $"expected a duration like \"3.5s\", got \"{Shorten(value)}\"",
        "google-fieldmask" => FieldMaskRegex().IsMatch(value) ? null : $"expected a field mask (a,b.c), got \"{Shorten(value)}\"",
        _ => null,
    };

    private static string? CheckEnum(JsonObject spec, string value) =>
        spec["enum"] is JsonArray values && !values.Any(v => (string?)v == value)
            ? $"\"{Shorten(value)}\" is not one of {string.Join(", ", values.Select(v => (string?)v))}"
            : null;

    private static string? CheckBounds(JsonObject spec, string value)
    {
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return null;
        if (decimal.TryParse((string?)spec["minimum"], NumberStyles.Float, CultureInfo.InvariantCulture, out var min) && number < min)
            return $"{value} is below the minimum {min}";
        if (decimal.TryParse((string?)spec["maximum"], NumberStyles.Float, CultureInfo.InvariantCulture, out var max) && number > max)
            return $"{value} is above the maximum {max}";
        return null;
    }

    /// <summary>Google accepts both alphabets for format "byte", padded or not.</summary>
    public static bool IsBase64(string value) => value.Length % 4 != 1 && Base64Regex().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9+/_-]*={0,2}$")]
    private static partial Regex Base64Regex();

    // The offset may be left out: Calendar takes a zone-less dateTime when timeZone names the zone.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$")]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^-?\d+(\.\d{1,9})?s$")]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"^[A-Za-z0-9_.,()*/\s-]*$")]
    private static partial Regex FieldMaskRegex();
}
