using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Drive;
using McpServers.FakeGoogle.Hosting;
using McpServers.FakeGoogle.Sheets;
using McpServers.FakeGoogle.Sheets.Requests;

namespace McpServers.FakeGoogle;

/// <summary>
/// Google Sheets in memory: spreadsheets (files of <see cref="FakeDrive"/>, whose permissions decide who may read or
/// write them) with their sheets, cells, formats, formulas, charts and named ranges; values.* and batchUpdate.
/// </summary>
public sealed class FakeSheets
{
    private readonly FakeDrive _drive;
    private readonly Dictionary<string, Workbook> _books = new(StringComparer.Ordinal);

    internal FakeSheets(FakeDrive drive)
    {
        _drive = drive;
        // fullText searches in Drive see the cells of spreadsheets.
        drive.ContentText = file => file.IsSpreadsheet ? ContentText(file) : "";
    }

    internal FakeDrive Drive => _drive;

    internal object Gate => _drive.Gate;

    /// <summary>Adds a spreadsheet owned by the account (a Drive file too); its sheets are titled as given, or "Sheet1". Returns its id.</summary>
    public string AddSpreadsheet(string ownerEmail, string title, params string[] sheetTitles)
    {
        lock (Gate)
        {
            var book = NewBook();
            var titles = sheetTitles.Length == 0 ? ["Sheet1"] : sheetTitles;
            for (var i = 0; i < titles.Length; i++)
                book.Sheets.Add(new GridSheet(i == 0 ? 0 : book.NewObjectId(), titles[i], GridSheet.DefaultRows, GridSheet.DefaultColumns));
            var file = _drive.Create(ownerEmail, title, FakeDrive.SpreadsheetMimeType, _drive.Time.GetUtcNow());
            _books[file.Id] = book;
            return file.Id;
        }
    }

    /// <summary>
    /// Types rows into the sheet as a user would (USER_ENTERED) from the range's top-left cell ("Sheet1!A1",
    /// "'Bob''s data'!B2"). Strings are read as typed ("=A1*2", "50%", "2026-01-15"); numbers and booleans are stored
    /// as they are; null leaves a cell alone. What Google would refuse throws.
    /// </summary>
    public void Enter(string spreadsheetId, string a1, params object?[][] rows)
    {
        lock (Gate)
        {
            var (file, book) = Seeded(spreadsheetId);
            var range = A1Parser.Parse(a1, book);
            var block = new ValueBlock(rows.Select(r => (IReadOnlyList<JsonNode?>)r.Select(ToJson).ToList()).ToList());
            var top = range.Span.Top ?? 0;
            var left = range.Span.Left ?? 0;
            if (SheetsErrors.Outside(range.Sheet, top, left, top + Math.Max(block.RowCount, 1), left + Math.Max(block.ColumnCount, 1)) is { } error)
                throw error;
            CellWriter.Write(range.Sheet, top, left, block, userEntered: true);
            file.ModifiedTime = _drive.Time.GetUtcNow();
        }
    }

    /// <summary>The cell (row and column 0-based), or null when it holds nothing (no value, formula, format or note).</summary>
    public FakeCell? Cell(string spreadsheetId, string sheetTitle, int row, int column)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            var sheet = Sheet(book, sheetTitle);
            if (sheet.Get(row, column) is not { } cell) return null;
            var reader = new CellReader(book);
            var value = reader.Render(sheet, row, column, CellReader.Unformatted, "SERIAL_NUMBER");
            return new FakeCell(value, cell.Formula, reader.FormattedText(sheet, row, column), cell.Format?.DeepClone().AsObject());
        }
    }

    /// <summary>The sheet's displayed values from A1 to its last value, trailing empty rows and cells left out (values.get of the whole sheet).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Formatted(string spreadsheetId, string sheetTitle)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            var sheet = Sheet(book, sheetTitle);
            var values = new CellReader(book).Values(sheet, sheet.Grid, CellReader.Formatted, "SERIAL_NUMBER", byColumns: false);
            return values?.Select(r => (IReadOnlyList<string>)r!.AsArray().Select(v => (string)v!).ToArray()).ToArray() ?? [];
        }
    }

    /// <summary>The sheets in tab order.</summary>
    public IReadOnlyList<FakeSheetInfo> Sheets(string spreadsheetId)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            return book.Sheets.Select((s, i) => new FakeSheetInfo(s.SheetId, s.Title, i, s.RowCount, s.ColumnCount, s.FrozenRowCount, s.FrozenColumnCount)).ToArray();
        }
    }

    /// <summary>Every chart (EmbeddedChart: chartId, spec, position) as spreadsheets.get lists them, sheet by sheet.</summary>
    public IReadOnlyList<JsonObject> Charts(string spreadsheetId)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            return book.Sheets.SelectMany(s => book.Charts.Where(c => SpreadsheetJson.ChartSheetId(c) == s.SheetId))
                .Select(c => c.DeepClone().AsObject()).ToArray();
        }
    }

    /// <summary>The named ranges (namedRangeId, name, range as a GridRange).</summary>
    public IReadOnlyList<JsonObject> NamedRanges(string spreadsheetId)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            return book.NamedRanges.Select(n => n.DeepClone().AsObject()).ToArray();
        }
    }

    /// <summary>The column's pixelSize as set by updateDimensionProperties, or null when never set.</summary>
    public int? ColumnWidth(string spreadsheetId, string sheetTitle, int column)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            return (int?)Sheet(book, sheetTitle).ColumnProperties.GetValueOrDefault(column)?["pixelSize"];
        }
    }

    /// <summary>The updateBorders requests applied to the sheet, as received, in order.</summary>
    public IReadOnlyList<JsonObject> Borders(string spreadsheetId, string sheetTitle)
    {
        lock (Gate)
        {
            var (_, book) = Seeded(spreadsheetId);
            return Sheet(book, sheetTitle).Borders.Select(b => b.DeepClone().AsObject()).ToArray();
        }
    }

    internal void MapRoutes(ApiRoutes routes)
    {
        new SpreadsheetsApi(this).Map(routes);
        new ValuesReadApi(this).Map(routes);
        new ValuesWriteApi(this).Map(routes);
        new AppendApi(this).Map(routes);
        new BatchUpdateApi(this).Map(routes);
    }

    /// <summary>
    /// The spreadsheet a call names, if the caller may open it: no access is 404 (as for no spreadsheet at all), reading
    /// access when writing is 403, a file that is no spreadsheet 400. Callers hold <see cref="Gate"/>.
    /// </summary>
    internal (DriveFile File, Workbook Book) Open(ApiCall call, bool write)
    {
        _drive.KnowAccount(call.Account);
        var file = _drive.Find(call.Path("spreadsheetId"));
        var role = file?.RoleOf(call.Account);
        if (file is null || role is null) throw ApiException.NotFound();
        // Another kind of file (an uploaded .xlsx, a document) is not a spreadsheet the API can open.
        if (!file.IsSpreadsheet)
            throw new ApiException(400, "This operation is not supported for this document", "failedPrecondition", "FAILED_PRECONDITION");
        if (write && !DriveRoles.CanWrite(role)) throw new ApiException(403);
        return (file, BookOf(file));
    }

    /// <summary>A new spreadsheet's content and file, owned by the caller. Callers hold <see cref="Gate"/>.</summary>
    internal DriveFile Create(string owner, string title, Workbook book, DateTimeOffset now)
    {
        var file = _drive.Create(owner, title, FakeDrive.SpreadsheetMimeType, now);
        _books[file.Id] = book;
        return file;
    }

    /// <summary>Puts a batch update's finished copy in place of the spreadsheet's content. Callers hold <see cref="Gate"/>.</summary>
    internal void Replace(DriveFile file, Workbook book) => _books[file.Id] = book;

    internal static Workbook NewBook() => new(new Random());

    // A spreadsheet file made through Drive alone (FakeDrive.AddFile) has the content of a new spreadsheet.
    private Workbook BookOf(DriveFile file)
    {
        if (_books.TryGetValue(file.Id, out var book)) return book;
        book = NewBook();
        book.Sheets.Add(new GridSheet(0, "Sheet1", GridSheet.DefaultRows, GridSheet.DefaultColumns));
        return _books[file.Id] = book;
    }

    private (DriveFile File, Workbook Book) Seeded(string spreadsheetId)
    {
        var file = _drive.Find(spreadsheetId);
        if (file is not { IsSpreadsheet: true }) throw new KeyNotFoundException($"no spreadsheet {spreadsheetId}");
        return (file, BookOf(file));
    }

    private static GridSheet Sheet(Workbook book, string title) =>
        book.ByTitle(title) ?? throw new KeyNotFoundException($"no sheet \"{title}\"");

    private string ContentText(DriveFile file)
    {
        var book = BookOf(file);
        var reader = new CellReader(book);
        return string.Join('\n', book.Sheets.SelectMany(s => s.Cells.Keys.Select(k => reader.FormattedText(s, k.Row, k.Column))));
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string text => text,
        bool flag => flag,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        IConvertible number when value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal =>
            number.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
