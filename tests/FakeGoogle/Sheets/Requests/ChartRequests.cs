using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>
/// addChart (a chartId assigned unless given; the position's sheet and every source range must exist), updateChartSpec
/// and deleteEmbeddedObject. The spec is kept as sent; the fake draws nothing.
/// </summary>
internal static class ChartRequests
{
    public static JsonObject? AddChart(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var chart = (request["chart"] as JsonObject ?? []).DeepClone().AsObject();
        var id = (int?)chart["chartId"] ?? book.NewObjectId();
        if (id < 0 || book.Charts.Any(c => (int?)c["chartId"] == id) || book.ById(id) is not null)
            throw SheetsErrors.BadRequest($"An object with ID {id} already exists.");
        var position = chart["position"] as JsonObject ?? throw SheetsErrors.BadRequest("chart.position is required.");
        if ((bool?)position["newSheet"] == true)
            throw new ApiException(501, "addChart on a new sheet (position.newSheet) is not implemented by the fake", "notImplemented");
        if ((int?)position["sheetId"] is { } sheetId) context.Sheet(sheetId);
        else if (position["overlayPosition"] is JsonObject overlay) CheckAnchor(overlay["anchorCell"] as JsonObject, context);
        else throw SheetsErrors.BadRequest("chart.position must give a sheetId or an overlayPosition.");
        var spec = chart["spec"] as JsonObject ?? throw SheetsErrors.BadRequest("chart.spec is required.");
        CheckSources(spec, context);
        var stored = new JsonObject { ["chartId"] = id, ["spec"] = spec.DeepClone(), ["position"] = position.DeepClone() };
        if (chart["border"] is { } border) stored["border"] = border.DeepClone();
        book.Charts.Add(stored);
        return new JsonObject { ["addChart"] = new JsonObject { ["chart"] = stored.DeepClone() } };
    }

    public static JsonObject? UpdateChartSpec(JsonObject request, BatchContext context)
    {
        var index = ChartIndex(context.Book, (int?)request["chartId"]);
        var spec = request["spec"] as JsonObject ?? throw SheetsErrors.BadRequest("spec is required.");
        CheckSources(spec, context);
        var updated = context.Book.Charts[index].DeepClone().AsObject();
        updated["spec"] = spec.DeepClone();
        context.Book.Charts[index] = updated;
        return null;
    }

    public static JsonObject? DeleteEmbeddedObject(JsonObject request, BatchContext context)
    {
        context.Book.Charts.RemoveAt(ChartIndex(context.Book, (int?)request["objectId"]));
        return null;
    }

    private static int ChartIndex(Workbook book, int? id)
    {
        var index = book.Charts.FindIndex(c => (int?)c["chartId"] == id);
        return index >= 0 ? index : throw SheetsErrors.BadRequest($"No chart with id: {id}");
    }

    private static void CheckAnchor(JsonObject? anchor, BatchContext context)
    {
        var sheet = context.Sheet((int?)anchor?["sheetId"] ?? 0);
        var (row, column) = ((int?)anchor?["rowIndex"] ?? 0, (int?)anchor?["columnIndex"] ?? 0);
        if (row >= sheet.RowCount || column >= sheet.ColumnCount) throw SheetsErrors.ExceedsGrid(sheet, row, column);
    }

    // Every GridRange under a "sources" list (domains, series) must name a sheet and cells that exist.
    private static void CheckSources(JsonNode? node, BatchContext context)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "sources" && value is JsonArray sources)
                        foreach (var source in sources) context.Range(source as JsonObject);
                    else CheckSources(value, context);
                }
                break;
            case JsonArray array:
                foreach (var item in array) CheckSources(item, context);
                break;
        }
    }
}
