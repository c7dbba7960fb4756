using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace McpServers.FakeGoogle.Sheets.Requests;

/// <summary>addNamedRange, updateNamedRange and deleteNamedRange. Names are letters, digits and _ (not a cell reference, not TRUE/FALSE), unique without regard to case.</summary>
internal static partial class NamedRangeRequests
{
    public static JsonObject? AddNamedRange(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var given = request["namedRange"] as JsonObject ?? [];
        var name = CheckName((string?)given["name"], book, null);
        var id = (string?)given["namedRangeId"] ?? book.NewTextId();
        if (book.NamedRanges.Any(n => (string?)n["namedRangeId"] == id)) throw SheetsErrors.BadRequest($"A named range with ID {id} already exists.");
        var stored = new JsonObject { ["namedRangeId"] = id, ["name"] = name, ["range"] = Range(given["range"] as JsonObject, context) };
        book.NamedRanges.Add(stored);
        return new JsonObject { ["addNamedRange"] = new JsonObject { ["namedRange"] = stored.DeepClone() } };
    }

    public static JsonObject? UpdateNamedRange(JsonObject request, BatchContext context)
    {
        var book = context.Book;
        var given = request["namedRange"] as JsonObject ?? [];
        var id = (string?)given["namedRangeId"];
        var index = Index(book, id);
        var updated = FieldMask.Apply(book.NamedRanges[index], given, BatchContext.Mask(request));
        updated["namedRangeId"] = id;
        updated["name"] = CheckName((string?)updated["name"], book, id);
        updated["range"] = Range(updated["range"] as JsonObject, context);
        book.NamedRanges[index] = updated;
        return null;
    }

    public static JsonObject? DeleteNamedRange(JsonObject request, BatchContext context)
    {
        context.Book.NamedRanges.RemoveAt(Index(context.Book, (string?)request["namedRangeId"]));
        return null;
    }

    private static int Index(Workbook book, string? id)
    {
        var index = book.NamedRanges.FindIndex(n => (string?)n["namedRangeId"] == id);
        return index >= 0 ? index : throw SheetsErrors.BadRequest($"No named range with id: {id}");
    }

    private static string CheckName(string? name, Workbook book, string? ownId)
    {
        if (name is null || name.Length > 250 || !NameRegex().IsMatch(name) || CellLike().IsMatch(name)
            || name.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || name.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
            throw SheetsErrors.BadRequest($"Invalid name: {name}");
        if (book.NamedRange(name) is { } other && (string?)other["namedRangeId"] != ownId)
            throw SheetsErrors.BadRequest($"A named range with the name {name} already exists.");
        return name;
    }

    // The range as Google keeps it: checked against the grid, sheetId 0 left out.
    private static JsonObject Range(JsonObject? range, BatchContext context)
    {
        context.Range(range);
        var (sheetId, span) = GridRangeJson.Read(range);
        return GridRangeJson.Write(sheetId, span);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*)$")]
    private static partial Regex CellLike();
}
