using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// values.get and values.batchGet: a ValueRange per range, its "range" normalized and clipped to the grid
/// ("Sheet1!A1:C1000" for "A:C"), values rendered per valueRenderOption, dateTimeRenderOption and majorDimension.
/// </summary>
internal sealed class ValuesReadApi(FakeSheets sheets)
{
    public void Map(ApiRoutes routes)
    {
        routes.Map("sheets.spreadsheets.values.get", Get);
        routes.Map("sheets.spreadsheets.values.batchGet", BatchGet);
    }

    private ApiResult Get(ApiCall call)
    {
        lock (sheets.Gate)
        {
            var (_, book) = sheets.Open(call, write: false);
            return ApiResult.Ok(Read(book, call.Path("range"), call));
        }
    }

    private ApiResult BatchGet(ApiCall call)
    {
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: false);
            var answer = new JsonObject { ["spreadsheetId"] = file.Id };
            var ranges = call.Query.All("ranges");
            if (ranges.Count > 0) answer["valueRanges"] = new JsonArray(ranges.Select(r => (JsonNode)Read(book, r, call)).ToArray());
            return ApiResult.Ok(answer);
        }
    }

    private static JsonObject Read(Workbook book, string text, ApiCall call)
    {
        var range = A1Parser.Parse(text, book);
        var query = call.Query;
        return ValueRange(book, range.Sheet, range.Resolve(), query.Get("valueRenderOption"), query.Get("dateTimeRenderOption"), query.Get("majorDimension"));
    }

    /// <summary>A ValueRange of the box; "values" is left out when nothing is in it.</summary>
    public static JsonObject ValueRange(Workbook book, GridSheet sheet, GridBox box, string? valueRender, string? dateTimeRender, string? majorDimension)
    {
        var byColumns = majorDimension == "COLUMNS";
        var answer = new JsonObject
        {
            ["range"] = A1Notation.Range(sheet, box),
            ["majorDimension"] = byColumns ? "COLUMNS" : "ROWS",
        };
        var values = new CellReader(book).Values(sheet, box, valueRender ?? CellReader.Formatted, dateTimeRender ?? "SERIAL_NUMBER", byColumns);
        if (values is not null) answer["values"] = values;
        return answer;
    }
}
