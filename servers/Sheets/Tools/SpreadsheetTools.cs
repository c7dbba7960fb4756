using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using McpServers.Hosting;
using McpServers.Sheets.A1;
using McpServers.Sheets.Api;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using static McpServers.Sheets.Tools.ReadTools;

namespace McpServers.Sheets.Tools;

[McpServerToolType]
internal sealed class SpreadsheetTools(SheetsContext context)
{
    [McpServerTool(Name = "list_spreadsheets", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(SpreadsheetList))]
    [Description("Lists the spreadsheets the account can open (Google Drive, shared drives included), most recently changed first, optionally those whose name matches words.")]
    public async Task<CallToolResult> ListAsync(
        [Description("Only spreadsheets whose name has a word starting with this text (Drive's 'name contains': 'Bud' finds 'Budget 2026', 'get' does not)")] string? query = null,
        [Description("Most results (1-1000)")] int pageSize = 50,
        [Description("nextPageToken of the previous page")] string? pageToken = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 1000) throw new ToolInputException($"pageSize must be 1 to 1000, not {pageSize}");
        var who = context.Resolve(account);
        var list = await context.Drive.SpreadsheetsAsync(who, query, pageSize, pageToken, cancellationToken);
        var found = (list.Files ?? []).Select(f => new SpreadsheetSummary(f.Id, f.Name, f.ModifiedTime, f.WebViewLink, f.Owners?.FirstOrDefault()?.EmailAddress)).ToList();
        return ToolResults.Structured(new SpreadsheetList(found, list.NextPageToken), SheetsJson.Default.SpreadsheetList);
    }

    [McpServerTool(Name = "get_spreadsheet", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(SpreadsheetInfo))]
    [Description("A spreadsheet's title, sheets (tabs) with their sizes, frozen rows and charts, and named ranges.")]
    public async Task<CallToolResult> GetAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var who = context.Resolve(account);
        var spreadsheet = await context.Sheets.GetAsync(who, spreadsheetId, cancellationToken);
        var titles = (spreadsheet.Sheets ?? []).Where(s => s.Properties?.SheetId is not null).ToDictionary(s => s.Properties!.SheetId!.Value, s => s.Properties!.Title);
        var sheets = (spreadsheet.Sheets ?? []).Select(s => s.Properties is { } p
            ? new SheetInfo(p.SheetId ?? 0, p.Title, p.Index ?? 0, p.GridProperties?.RowCount ?? 0, p.GridProperties?.ColumnCount ?? 0,
                p.GridProperties?.FrozenRowCount ?? 0, p.GridProperties?.FrozenColumnCount ?? 0, s.Charts?.Count ?? 0, p.SheetType, p.Hidden == true)
            : null).OfType<SheetInfo>().OrderBy(s => s.Index).ToList();
        var named = (spreadsheet.NamedRanges ?? []).Select(n => new NamedRangeInfo(n.Name, n.Range is { } g ? ToA1(g, titles) : null)).ToList();
        return ToolResults.Structured(new SpreadsheetInfo(spreadsheet.SpreadsheetId, spreadsheet.Properties?.Title, spreadsheet.SpreadsheetUrl,
            spreadsheet.Properties?.Locale, spreadsheet.Properties?.TimeZone, sheets, named), SheetsJson.Default.SpreadsheetInfo);
    }

    [McpServerTool(Name = "create_spreadsheet", UseStructuredContent = true, OutputSchemaType = typeof(CreatedSpreadsheet))]
    [Description("Creates a spreadsheet with the given sheets (tabs); with headers, the first sheet gets a bold, frozen header row.")]
    public async Task<CallToolResult> CreateAsync(
        [Description("Title")] string title,
        [Description("Sheet titles (default: one sheet, 'Sheet1')")] IReadOnlyList<string>? sheets = null,
        [Description("Header row for the first sheet, e.g. [\"Date\", \"Item\", \"Amount\"]")] IReadOnlyList<string>? headers = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ToolInputException("title is empty");
        var names = sheets ?? [];
        if (names.FirstOrDefault(string.IsNullOrWhiteSpace) is not null) throw new ToolInputException("sheets holds an empty title");
        if (names.GroupBy(n => n.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ToolInputException($"sheets names '{twice.Key}' twice; sheet titles are unique (ignoring case)");
        if (headers is { Count: 0 }) headers = null;
        if (headers?.Count > A1Range.MaxColumns) throw new ToolInputException($"headers has more than {A1Range.MaxColumns} columns");
        var who = context.Resolve(account);
        var created = await context.Sheets.CreateAsync(who, new Spreadsheet(null, new SpreadsheetProperties(title, null, null),
            names.Count == 0 ? null : names.Select(n => new Sheet(new SheetProperties(null, n, null, null, null), null)).ToList(), null, null), cancellationToken);
        var first = SheetsContext.First(created);
        string? headerRange = null;
        if (headers is not null)
        {
            var row = headers.Select(h => JsonSerializer.SerializeToElement(h, SheetsJson.Default.String)).ToList();
            // Headers are stored as given (raw): "1/2" or "=x" in a header stays text.
            var written = await context.Sheets.UpdateValuesAsync(who, created.SpreadsheetId!,
                new A1Range(first.Title, 0, 0, headers.Count - 1, 0).ToString(), [row], ValueInput.Raw, cancellationToken);
            headerRange = written.UpdatedRange;
            var sheetId = first.SheetId ?? 0;
            var format = new CellFormat();
            format.Text("bold", true);
            await context.Sheets.BatchUpdateAsync(who, created.SpreadsheetId!, new JsonArray(
                SheetRequests.UpdateSheet(sheetId, new JsonObject { ["gridProperties"] = new JsonObject { ["frozenRowCount"] = 1 } }, "gridProperties.frozenRowCount"),
                SheetRequests.RepeatFormat(new GridRange(sheetId, 0, 1, 0, headers.Count), format.Format, format.Fields)), cancellationToken);
        }
        var results = (created.Sheets ?? []).Select(s => s.Properties).OfType<SheetProperties>().Select(SheetResults.From).ToList();
        return ToolResults.Structured(new CreatedSpreadsheet(created.SpreadsheetId, created.Properties?.Title, created.SpreadsheetUrl, results, headerRange),
            SheetsJson.Default.CreatedSpreadsheet);
    }

    [McpServerTool(Name = "share_spreadsheet", UseStructuredContent = true, OutputSchemaType = typeof(ShareResult))]
    [Description("Shares a spreadsheet (Google Drive permission) with a person, a group, a domain or anyone with the link, as reader, commenter or writer.")]
    public async Task<CallToolResult> ShareAsync(
        [Description(SpreadsheetText)] string spreadsheetId,
        [Description("reader, commenter or writer")] string role,
        [Description("Email address of the person or group")] string? emailAddress = null,
        [Description("user (default), group, domain or anyone (anyone with the link)")] string type = "user",
        [Description("With type domain: the domain, e.g. example.com")] string? domain = null,
        [Description("Send Google's notification email (people and groups only)")] bool notify = true,
        [Description("Message in the notification email")] string? message = null,
        [Description(AccountText)] string? account = null, CancellationToken cancellationToken = default)
    {
        var roleName = CellFormat.Choice(role, "role", "reader", "commenter", "writer");
        if (!notify && message is not null) throw new ToolInputException("message goes in the notification email: it needs notify true");
        var kind = CellFormat.Choice(type, "type", "user", "group", "domain", "anyone");
        if (kind is "user" or "group" && (string.IsNullOrWhiteSpace(emailAddress) || !emailAddress.Contains('@')))
            throw new ToolInputException($"type {kind} needs emailAddress (an address like ada@example.com)");
        if (kind is "domain" && string.IsNullOrWhiteSpace(domain))
            throw new ToolInputException("type domain needs domain, e.g. example.com");
        if (kind is "domain" or "anyone" && emailAddress is not null)
            throw new ToolInputException($"type {kind} takes no emailAddress; for a person use type user");
        // Drive notifies only people and groups, and refuses the parameter for the others.
        var personal = kind is "user" or "group";
        var notified = notify && personal;
        var who = context.Resolve(account);
        var permission = await context.Drive.ShareAsync(who, spreadsheetId,
            new DrivePermission(null, kind, roleName, kind is "user" or "group" ? emailAddress!.Trim() : null, kind == "domain" ? domain!.Trim() : null),
            personal ? notify : null, message, cancellationToken);
        return ToolResults.Structured(new ShareResult(permission.Id, permission.Type, permission.Role, permission.EmailAddress, permission.Domain, notified),
            SheetsJson.Default.ShareResult);
    }

    // A grid range as A1 (0-based, ends exclusive, open bounds run to the sheet's edge). Rows open at the end need columns to be A1.
    private static string? ToA1(GridRange grid, Dictionary<int, string?> titles)
    {
        var hasRows = grid.StartRowIndex is not null || grid.EndRowIndex is not null;
        var hasColumns = grid.StartColumnIndex is not null || grid.EndColumnIndex is not null || hasRows && grid.EndRowIndex is null;
        return new A1Range(titles.GetValueOrDefault(grid.SheetId ?? 0),
            hasColumns ? grid.StartColumnIndex ?? 0 : null, hasRows ? grid.StartRowIndex ?? 0 : null,
            hasColumns ? (grid.EndColumnIndex ?? A1Range.MaxColumns) - 1 : null, grid.EndRowIndex - 1).ToString();
    }
}
