using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using McpServers.Google.Accounts;
using McpServers.Google.Http;

namespace McpServers.Sheets.Api;

/// <summary>The Sheets API v4 calls mcp-sheets makes, typed, for one account at a time.</summary>
internal sealed class SheetsApi(GoogleApiClient client)
{
    private const string Root = "v4/spreadsheets";
    private static readonly IReadOnlyList<string> Read =
        ["https://www.googleapis.com/auth/spreadsheets.readonly", "https://www.googleapis.com/auth/spreadsheets",
         "https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/drive.file"];
    private static readonly IReadOnlyList<string> Write =
        ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive", "https://www.googleapis.com/auth/drive.file"];

    // The spreadsheet's id, title, sheets (with size, frozen rows and chart ids) and named ranges; never grid data.
    private const string SpreadsheetFields =
        "spreadsheetId,spreadsheetUrl,properties(title,locale,timeZone),sheets(properties,charts(chartId)),namedRanges";

    public Task<Spreadsheet> GetAsync(GoogleAccount account, string spreadsheetId, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Sheets, HttpMethod.Get, Spreadsheet(spreadsheetId)) { Scopes = Read, Subject = Subject(spreadsheetId) }
            .With("fields", SpreadsheetFields), SheetsJson.Default.Spreadsheet, ct);

    public Task<Spreadsheet> CreateAsync(GoogleAccount account, Spreadsheet spreadsheet, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Root, spreadsheet, SheetsJson.Default.Spreadsheet, null)
            .With("fields", SpreadsheetFields), SheetsJson.Default.Spreadsheet, ct);

    public Task<BatchUpdateSpreadsheetResponse> BatchUpdateAsync(GoogleAccount account, string spreadsheetId, JsonArray requests, CancellationToken ct)
    {
        var body = new JsonObject { ["requests"] = requests };
        return client.SendAsync(account, new GoogleRequest(GoogleApi.Sheets, HttpMethod.Post, Spreadsheet(spreadsheetId) + ":batchUpdate")
        {
            Content = GoogleRequest.Json(Encoding.UTF8.GetBytes(body.ToJsonString())),
            Scopes = Write,
            Subject = Subject(spreadsheetId),
        }, SheetsJson.Default.BatchUpdateSpreadsheetResponse, ct);
    }

    public Task<ValueRange> GetValuesAsync(GoogleAccount account, string spreadsheetId, string range, ValueRender render, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Sheets, HttpMethod.Get, Values(spreadsheetId, range)) { Scopes = Read, Subject = Subject(spreadsheetId) }
            .With("valueRenderOption", render.ApiName).With("dateTimeRenderOption", render.DateTimeApiName), SheetsJson.Default.ValueRange, ct);

    public Task<BatchGetValuesResponse> BatchGetValuesAsync(GoogleAccount account, string spreadsheetId, IEnumerable<string> ranges, ValueRender render, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Sheets, HttpMethod.Get, Spreadsheet(spreadsheetId) + "/values:batchGet") { Scopes = Read, Subject = Subject(spreadsheetId) }
            .WithEach("ranges", ranges).With("valueRenderOption", render.ApiName).With("dateTimeRenderOption", render.DateTimeApiName),
            SheetsJson.Default.BatchGetValuesResponse, ct);

    // valueInputOption is required by the service although the discovery document does not say so: always sent.
    public Task<UpdateValuesResponse> UpdateValuesAsync(GoogleAccount account, string spreadsheetId, string range, IReadOnlyList<IReadOnlyList<JsonElement>> values,
        ValueInput input, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Put, Values(spreadsheetId, range), new ValueRange(range, "ROWS", values), SheetsJson.Default.ValueRange, spreadsheetId)
            .With("valueInputOption", input.ApiName), SheetsJson.Default.UpdateValuesResponse, ct);

    public Task<AppendValuesResponse> AppendValuesAsync(GoogleAccount account, string spreadsheetId, string range, IReadOnlyList<IReadOnlyList<JsonElement>> values,
        ValueInput input, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Values(spreadsheetId, range) + ":append", new ValueRange(range, "ROWS", values), SheetsJson.Default.ValueRange, spreadsheetId)
            // New rows are inserted, so nothing that sits below the table is ever overwritten.
            .With("valueInputOption", input.ApiName).With("insertDataOption", "INSERT_ROWS"), SheetsJson.Default.AppendValuesResponse, ct);

    public Task<ClearValuesResponse> ClearValuesAsync(GoogleAccount account, string spreadsheetId, string range, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Sheets, HttpMethod.Post, Values(spreadsheetId, range) + ":clear")
        {
            Content = GoogleRequest.Json("{}"u8.ToArray()),
            Scopes = Write,
            Subject = Subject(spreadsheetId),
        }, SheetsJson.Default.ClearValuesResponse, ct);

    public Task<BatchUpdateValuesResponse> BatchUpdateValuesAsync(GoogleAccount account, string spreadsheetId, IReadOnlyList<ValueRange> data, ValueInput input, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Spreadsheet(spreadsheetId) + "/values:batchUpdate", new BatchUpdateValuesRequest(input.ApiName, data),
            SheetsJson.Default.BatchUpdateValuesRequest, spreadsheetId), SheetsJson.Default.BatchUpdateValuesResponse, ct);

    private static string Spreadsheet(string spreadsheetId) => Root + "/" + GoogleRequest.Segment(spreadsheetId);

    private static string Values(string spreadsheetId, string range) => Spreadsheet(spreadsheetId) + "/values/" + GoogleRequest.Segment(range);

    private static string Subject(string spreadsheetId) => $"spreadsheet '{spreadsheetId}'";

    private static GoogleRequest Json<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> type, string? spreadsheetId) =>
        new(GoogleApi.Sheets, method, path)
        {
            Content = GoogleRequest.Json(body, type),
            Scopes = Write,
            Subject = spreadsheetId is null ? null : Subject(spreadsheetId),
        };
}
