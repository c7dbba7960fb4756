using System.Text.Json.Nodes;
using static McpServers.FakeGoogle.Tests.GoogleApi;

namespace McpServers.FakeGoogle.Tests.Sheets;

/// <summary>
/// A started fake where Alice and Bob hold Sheets and Drive tokens (Carol only read-only ones), with JSON helpers for
/// sheets/v4 and drive/v3 calls. Every helper asserts the answer's status.
/// </summary>
internal sealed class SheetsApi : IAsyncDisposable
{
    public const string Carol = "carol@example.com";
    public const string SheetsScope = "https://www.googleapis.com/auth/spreadsheets";
    public const string SheetsReadonly = "https://www.googleapis.com/auth/spreadsheets.readonly";
    public const string DriveScope = "https://www.googleapis.com/auth/drive";
    public const string DriveReadonly = "https://www.googleapis.com/auth/drive.readonly";
    public const string Spreadsheets = "v4/spreadsheets";

    private SheetsApi(GoogleApi api)
    {
        Api = api;
        Http = api.Client("ya29.alice.sheets");
        BobHttp = api.Client("ya29.bob.sheets");
        CarolHttp = api.Client("ya29.carol.sheets");
    }

    public GoogleApi Api { get; }

    public FakeGoogleServer Server => Api.Server;

    /// <summary>Alice's client.</summary>
    public HttpClient Http { get; }

    public HttpClient BobHttp { get; }

    public HttpClient CarolHttp { get; }

    public static async Task<SheetsApi> StartAsync(TimeProvider? time = null)
    {
        var api = await GoogleApi.StartAsync(time);
        api.Server.AddAccount(Alice, "ya29.alice.sheets", SheetsScope, DriveScope);
        api.Server.AddAccount(Bob, "ya29.bob.sheets", SheetsScope, DriveScope);
        api.Server.AddAccount(Carol, "ya29.carol.sheets", SheetsReadonly, DriveReadonly);
        return new SheetsApi(api);
    }

    public async Task<JsonObject> GetAsync(string path, int expectedStatus = 200, HttpClient? client = null) =>
        await Api.GetAsync(path, expectedStatus, client ?? Http);

    public async Task<JsonObject> PostAsync(string path, JsonNode body, int expectedStatus = 200, HttpClient? client = null) =>
        await Api.PostJsonAsync(path, body, expectedStatus, client ?? Http);

    public async Task<JsonObject> PutAsync(string path, JsonNode body, int expectedStatus = 200, HttpClient? client = null) =>
        await JsonAsync(await (client ?? Http).PutAsync(path, Json(body)), expectedStatus);

    /// <summary>values.get of a range (escaped here), with extra query text such as "valueRenderOption=FORMULA".</summary>
    public async Task<JsonObject> ValuesAsync(string spreadsheetId, string range, string query = "", int expectedStatus = 200, HttpClient? client = null) =>
        await GetAsync($"{Spreadsheets}/{spreadsheetId}/values/{Uri.EscapeDataString(range)}{(query.Length > 0 ? "?" + query : "")}", expectedStatus, client);

    /// <summary>values.update (PUT) of rows into a range.</summary>
    public async Task<JsonObject> UpdateAsync(string spreadsheetId, string range, JsonArray rows, string? valueInputOption = "USER_ENTERED",
        string query = "", int expectedStatus = 200, HttpClient? client = null)
    {
        var parameters = string.Join('&', new[] { valueInputOption is null ? "" : $"valueInputOption={valueInputOption}", query }.Where(p => p.Length > 0));
        return await PutAsync($"{Spreadsheets}/{spreadsheetId}/values/{Uri.EscapeDataString(range)}{(parameters.Length > 0 ? "?" + parameters : "")}",
            new JsonObject { ["values"] = rows }, expectedStatus, client);
    }

    /// <summary>values.append of rows to a range.</summary>
    public async Task<JsonObject> AppendAsync(string spreadsheetId, string range, JsonArray rows, string query = "valueInputOption=USER_ENTERED",
        int expectedStatus = 200, HttpClient? client = null) =>
        await PostAsync($"{Spreadsheets}/{spreadsheetId}/values/{Uri.EscapeDataString(range)}:append?{query}", new JsonObject { ["values"] = rows },
            expectedStatus, client);

    /// <summary>spreadsheets.batchUpdate with the given requests.</summary>
    public async Task<JsonObject> BatchAsync(string spreadsheetId, int expectedStatus, params JsonObject[] requests) =>
        await PostAsync($"{Spreadsheets}/{spreadsheetId}:batchUpdate",
            new JsonObject { ["requests"] = new JsonArray(requests.Select(r => (JsonNode)r).ToArray()) }, expectedStatus);

    /// <summary>Rows of JSON values: strings, numbers, booleans and nulls as given.</summary>
    public static JsonArray Rows(params object?[][] rows) =>
        new(rows.Select(r => (JsonNode)new JsonArray(r.Select(v => v switch
        {
            null => null,
            string s => JsonValue.Create(s),
            bool b => JsonValue.Create(b),
            int i => JsonValue.Create(i),
            double d => JsonValue.Create(d),
            _ => throw new ArgumentException($"unsupported value {v}"),
        }).ToArray())).ToArray());

    /// <summary>A values answer as strings per row (JSON text for non-strings, e.g. "42", "true").</summary>
    public static string[][] Texts(JsonObject valueRange) =>
        (valueRange["values"] as JsonArray ?? []).Select(r => r!.AsArray().Select(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? (string)v! : v.ToJsonString()).ToArray()).ToArray();

    public static string Message(JsonObject error) => (string)error["error"]!["message"]!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        BobHttp.Dispose();
        CarolHttp.Dispose();
        await Api.DisposeAsync();
    }
}
