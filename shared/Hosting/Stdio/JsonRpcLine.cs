using System.Text;
using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace McpServers.Hosting.Stdio;

/// <summary>What can still be learned from a line that did not deserialize as a JSON-RPC message.</summary>
internal static class JsonRpcLine
{
    /// <summary>
    /// Whether the line is well-formed JSON, and the request id at its top level when there is one (a string or an
    /// integer), read even from a line that breaks off later so the sender's call can be answered.
    /// </summary>
    public static (bool IsJson, RequestId? Id) Inspect(string line)
    {
        RequestId? id = null;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = 100_000 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (IsWholeJson(ref reader), null);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.String)
                    id = new RequestId(reader.GetString()!);
                else if (isId && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
                    id = new RequestId(number);
                else
                    reader.Skip();
            }
            return (IsWholeJson(ref reader), id);
        }
        catch (JsonException)
        {
            return (false, id);
        }
    }

    private static bool IsWholeJson(ref Utf8JsonReader reader)
    {
        reader.Skip();
        while (reader.Read())
        {
        }
        return true;
    }
}
