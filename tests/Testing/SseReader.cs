using System.Text.Json.Nodes;

namespace McpServers.Testing;

/// <summary>Reads <c>data:</c> messages from an open server-sent-events stream, one at a time.</summary>
public sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next event's data as JSON, or null when the stream ended.</summary>
    public async Task<JsonObject?> NextDataAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            // Empty data marks a priming event (only an id to resume from), not a message.
            if (line.StartsWith("data:", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(line[5..]) && JsonNode.Parse(line[5..]) is JsonObject json)
                return json;
        }
        return null;
    }

    /// <summary>The next comment line (<c>: text</c>, without the colon), or null when the stream ended.</summary>
    public async Task<string?> NextCommentAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(':'))
                return line[1..].Trim();
        }
        return null;
    }

    /// <summary>The next event id (<c>id:</c> line), or null when the stream ended.</summary>
    public async Task<string?> NextIdAsync(CancellationToken cancellationToken)
    {
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("id:", StringComparison.Ordinal))
                return line[3..].Trim();
        }
        return null;
    }

    /// <summary>The next event whose type is <paramref name="eventName"/>, returning its raw data.</summary>
    public async Task<string?> NextEventAsync(string eventName, CancellationToken cancellationToken)
    {
        var current = "message";
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
                current = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal) && current == eventName)
                return line[5..].Trim();
        }
        return null;
    }

    public void Dispose() => _reader.Dispose();
}
