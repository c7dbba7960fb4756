using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace McpServers.Testing;

/// <summary>Raw HTTP against an MCP endpoint, for tests that check status codes, headers and bodies exactly.</summary>
public sealed class McpHttpProbe(Uri endpoint, string? token = null) : IDisposable
{
    public const string InitializeJson =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"probe","version":"1"}}}""";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public HttpRequestMessage Request(HttpMethod method, string? body = null, string? sessionId = null, string? origin = null)
    {
        var request = new HttpRequestMessage(method, endpoint);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (sessionId is not null)
            request.Headers.Add("Mcp-Session-Id", sessionId);
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead) =>
        _http.SendAsync(request, completion);

    public Task<HttpResponseMessage> PostAsync(string body, string? sessionId = null, string? origin = null) =>
        SendAsync(Request(HttpMethod.Post, body, sessionId, origin));

    /// <summary>Initializes a session (initialize + notifications/initialized) and returns its id.</summary>
    public async Task<string> InitializeAsync()
    {
        using var response = await PostAsync(InitializeJson);
        response.EnsureSuccessStatusCode();
        var sessionId = response.Headers.GetValues("Mcp-Session-Id").Single();
        using var initialized = await PostAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""", sessionId);
        initialized.EnsureSuccessStatusCode();
        return sessionId;
    }

    /// <summary>The JSON-RPC messages in a response body, whether it is plain JSON or an SSE stream.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ReadMessagesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
            return body.Length == 0 ? [] : [JsonNode.Parse(body)!.AsObject()];
        // An SSE event with empty data is a priming event (it carries only an id to resume from), not a message.
        return body.Split('\n')
            .Where(line => line.StartsWith("data:", StringComparison.Ordinal) && line.Length > 5 && !string.IsNullOrWhiteSpace(line[5..]))
            .Select(line => JsonNode.Parse(line[5..])!.AsObject())
            .ToList();
    }

    public void Dispose() => _http.Dispose();
}
