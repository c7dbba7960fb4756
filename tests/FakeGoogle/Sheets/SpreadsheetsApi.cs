using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// spreadsheets.create (a new file owned by the caller; one "Sheet1" of 1000 × 26 unless sheets are given) and
/// spreadsheets.get (ranges limit the sheets listed; includeGridData adds their cells).
/// </summary>
internal sealed class SpreadsheetsApi(FakeSheets sheets)
{
    public void Map(ApiRoutes routes)
    {
        routes.Map("sheets.spreadsheets.create", Create);
        routes.Map("sheets.spreadsheets.get", Get);
    }

    private ApiResult Create(ApiCall call)
    {
        var body = call.Body as JsonObject ?? [];
        var properties = body["properties"] as JsonObject ?? [];
        var book = FakeSheets.NewBook();
        if ((string?)properties["locale"] is { } locale) book.Locale = locale;
        if ((string?)properties["timeZone"] is { } zone) book.TimeZone = zone;
        var given = body["sheets"] as JsonArray ?? [];
        for (var i = 0; i < given.Count; i++) book.Sheets.Add(NewSheet(book, given[i] as JsonObject ?? [], i));
        if (book.Sheets.Count == 0) book.Sheets.Add(new GridSheet(0, "Sheet1", GridSheet.DefaultRows, GridSheet.DefaultColumns));
        if (body["namedRanges"] is JsonArray { Count: > 0 } || body["dataSources"] is JsonArray { Count: > 0 } || body["developerMetadata"] is JsonArray { Count: > 0 })
            throw new ApiException(501, "spreadsheets.create with namedRanges, dataSources or developerMetadata is not implemented by the fake", "notImplemented");

        lock (sheets.Gate)
        {
            sheets.Drive.KnowAccount(call.Account);
            var file = sheets.Create(call.Account, (string?)properties["title"] ?? "Untitled spreadsheet", book, call.Now);
            return ApiResult.Ok(SpreadsheetJson.Render(file, book));
        }
    }

    private static GridSheet NewSheet(Workbook book, JsonObject sheet, int position)
    {
        var unsupported = sheet.Select(p => p.Key).Where(k => k != "properties" && sheet[k] is not JsonArray { Count: 0 }).ToArray();
        if (unsupported.Length > 0)
            throw new ApiException(501, $"spreadsheets.create with sheets[].{unsupported[0]} is not implemented by the fake", "notImplemented");
        var properties = sheet["properties"] as JsonObject ?? [];
        var title = (string?)properties["title"] ?? $"Sheet{position + 1}";
        if (book.ByTitle(title) is not null)
            throw SheetsErrors.BadRequest($"Invalid sheets[{position}]: A sheet with the name \"{title}\" already exists. Please enter another name.");
        var id = (int?)properties["sheetId"] ?? (position == 0 ? 0 : book.NewObjectId());
        if (book.ById(id) is not null) throw SheetsErrors.BadRequest($"Invalid sheets[{position}]: Duplicate sheet ID: {id}");
        var created = new GridSheet(id, title, GridSheet.DefaultRows, GridSheet.DefaultColumns);
        SheetPropertiesJson.Read(created, properties);
        created.Title = title;
        SheetPropertiesJson.Check(created, book);
        return created;
    }

    private ApiResult Get(ApiCall call)
    {
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: false);
            var ranges = call.Query.All("ranges").Select(r => A1Parser.Parse(r, book)).ToList();
            return ApiResult.Ok(SpreadsheetJson.Render(file, book, ranges.Count == 0 ? null : ranges, call.Query.GetBool("includeGridData")));
        }
    }
}
