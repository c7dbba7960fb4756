using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>
/// spreadsheets.batchUpdate: the requests are applied in order to a copy of the spreadsheet, which replaces it only
/// when all succeed; replies come in request order ({} for kinds without one). A refused request answers 400 with
/// Google's "Invalid requests[i].kind: …"; a kind the fake does not know answers 501 naming it.
/// </summary>
internal sealed class BatchUpdateApi(FakeSheets sheets)
{
    private static readonly Dictionary<string, Func<JsonObject, BatchContext, JsonObject?>> _handlers = new(StringComparer.Ordinal)
    {
        ["addSheet"] = SheetRequests.AddSheet,
        ["deleteSheet"] = SheetRequests.DeleteSheet,
        ["updateSheetProperties"] = SheetRequests.UpdateSheetProperties,
        ["duplicateSheet"] = SheetRequests.DuplicateSheet,
        ["updateSpreadsheetProperties"] = SheetRequests.UpdateSpreadsheetProperties,
        ["insertDimension"] = DimensionRequests.InsertDimension,
        ["deleteDimension"] = DimensionRequests.DeleteDimension,
        ["appendDimension"] = DimensionRequests.AppendDimension,
        ["updateDimensionProperties"] = DimensionRequests.UpdateDimensionProperties,
        ["repeatCell"] = CellRequests.RepeatCell,
        ["updateBorders"] = CellRequests.UpdateBorders,
        ["sortRange"] = CellRequests.SortRange,
        ["addChart"] = ChartRequests.AddChart,
        ["updateChartSpec"] = ChartRequests.UpdateChartSpec,
        ["deleteEmbeddedObject"] = ChartRequests.DeleteEmbeddedObject,
        ["addNamedRange"] = NamedRangeRequests.AddNamedRange,
        ["updateNamedRange"] = NamedRangeRequests.UpdateNamedRange,
        ["deleteNamedRange"] = NamedRangeRequests.DeleteNamedRange,
    };

    public void Map(ApiRoutes routes) => routes.Map("sheets.spreadsheets.batchUpdate", BatchUpdate);

    private ApiResult BatchUpdate(ApiCall call)
    {
        var body = call.Body as JsonObject ?? [];
        var requests = body["requests"] as JsonArray ?? [];
        if (requests.Count == 0) throw SheetsErrors.BadRequest("Must specify at least one request.");
        lock (sheets.Gate)
        {
            var (file, book) = sheets.Open(call, write: true);
            var context = new BatchContext(book.Clone(), file.Name);
            var replies = new JsonArray();
            for (var i = 0; i < requests.Count; i++)
                replies.Add(Apply(requests[i] as JsonObject ?? [], i, context) ?? new JsonObject());

            sheets.Replace(file, context.Book);
            file.Name = context.Title;
            file.ModifiedTime = call.Now;
            var answer = new JsonObject { ["spreadsheetId"] = file.Id, ["replies"] = replies };
            if ((bool?)body["includeSpreadsheetInResponse"] == true)
            {
                var ranges = (body["responseRanges"] as JsonArray ?? []).Select(r => A1Parser.Parse((string?)r ?? "", context.Book)).ToList();
                answer["updatedSpreadsheet"] = SpreadsheetJson.Render(file, context.Book, ranges.Count == 0 ? null : ranges,
                    (bool?)body["responseIncludeGridData"] ?? false);
            }
            return ApiResult.Ok(answer);
        }
    }

    private static JsonObject? Apply(JsonObject request, int index, BatchContext context)
    {
        var kinds = request.Where(p => p.Value is not null).Select(p => p.Key).ToList();
        if (kinds.Count != 1)
            throw SheetsErrors.BadRequest($"Invalid requests[{index}]: {(kinds.Count == 0 ? "No request set." : "Only one kind of request may be set.")}");
        var kind = kinds[0];
        if (!_handlers.TryGetValue(kind, out var handler))
            throw new ApiException(501, $"Invalid requests[{index}]: {kind} is not implemented by the fake", "notImplemented");
        try
        {
            return handler(request[kind] as JsonObject ?? [], context);
        }
        catch (ApiException e) when (e.Code == 400)
        {
            throw SheetsErrors.BadRequest($"Invalid requests[{index}].{kind}: {e.Message}");
        }
    }
}
