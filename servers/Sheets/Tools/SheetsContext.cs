using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Google.Accounts;
using McpServers.Google.Http;
using McpServers.Google.Tools;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;

namespace McpServers.Sheets.Tools;

/// <summary>
/// What every sheets tool needs: the account a call acts as, the APIs, and sheets found by title (a tab's title is what
/// people and ranges use; structural requests need its numeric id).
/// </summary>
internal sealed class SheetsContext(GoogleAccounts accounts, SheetsApi sheets, DriveApi drive) : IAccountAddresses
{
    public SheetsApi Sheets => sheets;

    public DriveApi Drive => drive;

    public GoogleAccount Resolve(string? account) => accounts.Resolve(account);

    /// <summary>The sheet titled <paramref name="title"/> (exact, else the only case-insensitive match), or a clear error listing the sheets.</summary>
    public async Task<SheetProperties> SheetAsync(GoogleAccount account, string spreadsheetId, string title, CancellationToken ct)
    {
        var spreadsheet = await sheets.GetAsync(account, spreadsheetId, ct);
        return Find(spreadsheet, title);
    }

    /// <summary>The grid range of <paramref name="range"/> (its sheet, or the first sheet when it names none).</summary>
    public async Task<(GridRange Grid, SheetProperties Sheet)> GridAsync(GoogleAccount account, string spreadsheetId, A1Range range, CancellationToken ct)
    {
        var spreadsheet = await sheets.GetAsync(account, spreadsheetId, ct);
        var sheet = range.Sheet is null ? First(spreadsheet) : Find(spreadsheet, range.Sheet);
        return (ToGrid(range, sheet.SheetId ?? 0), sheet);
    }

    /// <summary>
    /// Runs a values call; Google's "Unable to parse range" (the sheet does not exist) becomes an error naming the sheets there are.
    /// </summary>
    public async Task<T> ValuesAsync<T>(GoogleAccount account, string spreadsheetId, IEnumerable<A1Range> ranges, Func<Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (GoogleApiException e) when (e.Status == HttpStatusCode.BadRequest && e.Message.Contains("Unable to parse range", StringComparison.Ordinal))
        {
            var spreadsheet = await sheets.GetAsync(account, spreadsheetId, ct);
            var titles = spreadsheet.Sheets?.Select(s => s.Properties?.Title).ToHashSet(StringComparer.Ordinal) ?? [];
            if (ranges.FirstOrDefault(r => r.Sheet is not null && !titles.Contains(r.Sheet)) is { } missing)
                throw NoSuchSheet(spreadsheet, missing.Sheet!);
            throw;
        }
    }

    /// <summary>Sends one <c>spreadsheets.batchUpdate</c> request and returns its reply (empty for requests without one).</summary>
    public async Task<JsonElement> UpdateAsync(GoogleAccount account, string spreadsheetId, JsonObject request, CancellationToken ct)
    {
        var answer = await sheets.BatchUpdateAsync(account, spreadsheetId, new JsonArray(request), ct);
        return answer.Replies?.FirstOrDefault() ?? default;
    }

    /// <summary>
    /// Reads pages in one request (values.get for one, values.batchGet for several). A page that runs past the end of a
    /// short sheet is read again open-ended, which Sheets clips to the sheet (it refuses reads beyond the grid).
    /// </summary>
    public Task<IReadOnlyList<ValueRange?>> ReadAsync(GoogleAccount account, string spreadsheetId, IReadOnlyList<RangePage> pages, ValueRender render, CancellationToken ct) =>
        ValuesAsync(account, spreadsheetId, pages.Select(p => p.Range), async () =>
        {
            try
            {
                return await ReadOnceAsync(account, spreadsheetId, pages.Select(p => p.Request), render, ct);
            }
            catch (GoogleApiException e) when (e.Status == HttpStatusCode.BadRequest && e.Message.Contains("exceeds grid limits", StringComparison.Ordinal))
            {
                return await ReadOnceAsync(account, spreadsheetId, pages.Select(p => p.Open), render, ct);
            }
        }, ct);

    private async Task<IReadOnlyList<ValueRange?>> ReadOnceAsync(GoogleAccount account, string spreadsheetId, IEnumerable<A1Range> ranges, ValueRender render, CancellationToken ct)
    {
        var texts = ranges.Select(r => r.ToString()).ToList();
        if (texts.Count == 1)
            return [await sheets.GetValuesAsync(account, spreadsheetId, texts[0], render, ct)];
        var answer = await sheets.BatchGetValuesAsync(account, spreadsheetId, texts, render, ct);
        return texts.Select((_, i) => answer.ValueRanges?.ElementAtOrDefault(i)).ToList();
    }

    /// <summary>A field of a batchUpdate reply (e.g. addSheet → properties), or a clear error when Google's answer lacks it.</summary>
    public static JsonElement ReplyField(JsonElement reply, params string[] path)
    {
        var at = reply;
        foreach (var name in path)
            if (at.ValueKind != JsonValueKind.Object || !at.TryGetProperty(name, out at))
                throw new GoogleApiException($"Sheets answered without {string.Join('.', path)}; the change may have been made: check with get_spreadsheet",
                    HttpStatusCode.BadGateway, null);
        return at;
    }

    public async Task<string?> AddressAsync(GoogleAccount account)
    {
        try
        {
            return (await drive.AboutAsync(account, CancellationToken.None)).User?.EmailAddress;
        }
        catch (GoogleApiException)
        {
            return null;
        }
    }

    /// <summary>A1 bounds as a grid range: 0-based, ends exclusive, open bounds left out.</summary>
    public static GridRange ToGrid(A1Range range, int sheetId) =>
        new(sheetId, range.StartRow, range.EndRow + 1, range.StartColumn, range.EndColumn + 1);

    /// <summary>The sheet a range without a sheet name means: the first visible one with cells, as Sheets reads it.</summary>
    public static SheetProperties First(Spreadsheet spreadsheet) =>
        spreadsheet.Sheets?.Select(s => s.Properties).OfType<SheetProperties>().Where(p => p.Hidden != true && p.SheetType is null or "GRID").MinBy(p => p.Index ?? 0)
        ?? throw new ToolInputException($"spreadsheet '{spreadsheet.SpreadsheetId}' has no sheets");

    public static SheetProperties Find(Spreadsheet spreadsheet, string title)
    {
        var all = spreadsheet.Sheets?.Select(s => s.Properties).OfType<SheetProperties>().ToList() ?? [];
        var exact = all.FirstOrDefault(p => p.Title == title);
        if (exact is not null) return exact;
        var loose = all.Where(p => string.Equals(p.Title?.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (loose.Count == 1) return loose[0];
        throw NoSuchSheet(spreadsheet, title);
    }

    private static ToolInputException NoSuchSheet(Spreadsheet spreadsheet, string title) =>
        new($"spreadsheet '{spreadsheet.Properties?.Title ?? spreadsheet.SpreadsheetId}' has no sheet '{title}' (titles are case-sensitive in ranges); its sheets: "
            + string.Join(", ", spreadsheet.Sheets?.Select(s => $"'{s.Properties?.Title}'") ?? []));
}
