using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets;

/// <summary>
/// values.update, values.batchUpdate (all ranges or none), values.clear and values.batchClear. Every write needs
/// valueInputOption, as on Google, though the discovery document does not say so.
/// </summary>
internal sealed class ValuesWriteApi(FakeSheets sheets)
{
    private const string Prefix = "sheets.spreadsheets.values.";

    public void Map(ApiRoutes routes)
    {
        routes.Map(Prefix + "update", Update);
        routes.Map(Prefix + "batchUpdate", BatchUpdate);
        routes.Map(Prefix + "clear", Clear);
        routes.Map(Prefix + "batchClear", BatchClear);
    }

    private ApiResult Update(ApiCall call)
    {
        var userEntered = RangeWriter.UserEntered(call.Query.Get("valueInputOption"));
        var block = ValueBlock.From(call.Body as JsonObject);
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            var range = A1Parser.Parse(call.Path("range"), book);
            var box = RangeWriter.Write(range, block, userEntered);
            file.ModifiedTime = call.Now;
            var query = call.Query;
            return ApiResult.Ok(RangeWriter.Response(file.Id, book, range.Sheet, box, block, query.GetBool("includeValuesInResponse"),
                query.Get("responseValueRenderOption"), query.Get("responseDateTimeRenderOption")));
        }
    }

    private ApiResult BatchUpdate(ApiCall call)
    {
        var body = call.Body as JsonObject ?? [];
        var userEntered = RangeWriter.UserEntered((string?)body["valueInputOption"]);
        var data = (body["data"] as JsonArray ?? []).Select(d => d as JsonObject ?? []).ToList();
        var blocks = data.Select(ValueBlock.From).ToList();
        var include = (bool?)body["includeValuesInResponse"] ?? false;
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            // Written into a copy that replaces the spreadsheet only when every range was written.
            var draft = book.Clone();
            var responses = new JsonArray();
            var rows = new HashSet<(int, int)>();
            var columns = new HashSet<(int, int)>();
            var touchedSheets = new HashSet<int>();
            var cells = 0;
            for (var i = 0; i < data.Count; i++)
            {
                var (range, box) = WriteOne(draft, data[i], blocks[i], userEntered, i);
                responses.Add(RangeWriter.Response(file.Id, draft, range.Sheet, box, blocks[i], include,
                    (string?)body["responseValueRenderOption"], (string?)body["responseDateTimeRenderOption"]));
                if (blocks[i].IsEmpty) continue;
                touchedSheets.Add(range.Sheet.SheetId);
                for (var r = box.Top; r < box.Bottom; r++) rows.Add((range.Sheet.SheetId, r));
                for (var c = box.Left; c < box.Right; c++) columns.Add((range.Sheet.SheetId, c));
                cells += blocks[i].Rows.Sum(r => r.Count(v => v is not null));
            }
            sheets.Replace(file, draft);
            file.ModifiedTime = call.Now;
            var answer = new JsonObject { ["spreadsheetId"] = file.Id };
            if (cells > 0)
            {
                answer["totalUpdatedRows"] = rows.Count;
                answer["totalUpdatedColumns"] = columns.Count;
                answer["totalUpdatedCells"] = cells;
                answer["totalUpdatedSheets"] = touchedSheets.Count;
            }
            answer["responses"] = responses;
            return ApiResult.Ok(answer);
        }
    }

    // Google names the failing item: "Invalid data[1]: Unable to parse range: Gone!A1".
    private static (A1Range Range, GridBox Box) WriteOne(Workbook book, JsonObject item, ValueBlock block, bool userEntered, int index)
    {
        try
        {
            var text = (string?)item["range"] ?? throw SheetsErrors.BadRequest("range is required");
            var range = A1Parser.Parse(text, book);
            return (range, RangeWriter.Write(range, block, userEntered));
        }
        catch (ApiException e) when (e.Code == 400)
        {
            throw SheetsErrors.BadRequest($"Invalid data[{index}]: {e.Message}");
        }
    }

    private ApiResult Clear(ApiCall call)
    {
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            var cleared = ClearRange(book, call.Path("range"));
            file.ModifiedTime = call.Now;
            return ApiResult.Ok(new JsonObject { ["spreadsheetId"] = file.Id, ["clearedRange"] = cleared });
        }
    }

    private ApiResult BatchClear(ApiCall call)
    {
        var ranges = (call.Body?["ranges"] as JsonArray ?? []).Select(r => (string?)r ?? "").ToList();
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            var draft = book.Clone();
            var cleared = ranges.Select(r => (JsonNode)ClearRange(draft, r)).ToArray();
            sheets.Replace(file, draft);
            file.ModifiedTime = call.Now;
            var answer = new JsonObject { ["spreadsheetId"] = file.Id };
            if (cleared.Length > 0) answer["clearedRanges"] = new JsonArray(cleared);
            return ApiResult.Ok(answer);
        }
    }

    // Values and formulas go; formats and notes stay, as with values.clear on Google.
    private static string ClearRange(Workbook book, string text)
    {
        var range = A1Parser.Parse(text, book);
        var box = range.Resolve();
        foreach (var (key, cell) in range.Sheet.Cells.Where(c => box.Contains(c.Key.Row, c.Key.Column)).ToList())
            range.Sheet.Set(key.Row, key.Column, cell.WithoutContent());
        return A1Notation.Range(range.Sheet, box);
    }
}
