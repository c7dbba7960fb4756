using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using McpServers.Hosting;
using McpServers.Sheets.Api;
using McpServers.Sheets.Tools;

namespace McpServers.Sheets;

/// <summary>Every type mcp-sheets sends, reads or returns, source-generated (Native AOT). Nulls are left out both ways.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValueRange))]
[JsonSerializable(typeof(BatchGetValuesResponse))]
[JsonSerializable(typeof(UpdateValuesResponse))]
[JsonSerializable(typeof(AppendValuesResponse))]
[JsonSerializable(typeof(ClearValuesResponse))]
[JsonSerializable(typeof(BatchUpdateValuesRequest))]
[JsonSerializable(typeof(BatchUpdateValuesResponse))]
[JsonSerializable(typeof(Spreadsheet))]
[JsonSerializable(typeof(BatchUpdateSpreadsheetResponse))]
[JsonSerializable(typeof(DriveFileList))]
[JsonSerializable(typeof(DrivePermission))]
[JsonSerializable(typeof(DriveAbout))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyList<JsonElement>>))]
[JsonSerializable(typeof(IReadOnlyList<Dictionary<string, JsonElement>>))]
[JsonSerializable(typeof(IReadOnlyList<RangeUpdate>))]
[JsonSerializable(typeof(IReadOnlyList<SortKey>))]
[JsonSerializable(typeof(SpreadsheetList))]
[JsonSerializable(typeof(SpreadsheetInfo))]
[JsonSerializable(typeof(CreatedSpreadsheet))]
[JsonSerializable(typeof(RangeValues))]
[JsonSerializable(typeof(RangesValues))]
[JsonSerializable(typeof(WriteResult))]
[JsonSerializable(typeof(BatchWriteResult))]
[JsonSerializable(typeof(AppendResult))]
[JsonSerializable(typeof(ClearResult))]
[JsonSerializable(typeof(SheetResult))]
[JsonSerializable(typeof(FoundCells))]
[JsonSerializable(typeof(ChartResult))]
[JsonSerializable(typeof(ShareResult))]
[JsonSerializable(typeof(Done))]
internal sealed partial class SheetsJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(JsonTypeInfoResolver.Combine(Default, Google.Tools.GoogleToolJson.Default));
}
