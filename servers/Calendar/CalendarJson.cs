using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using McpServers.Calendar.Api;
using McpServers.Calendar.Tools;
using McpServers.Hosting;

namespace McpServers.Calendar;

/// <summary>Every type mcp-calendar sends, reads or returns, source-generated (Native AOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CalendarList))]
[JsonSerializable(typeof(CalendarEvent))]
[JsonSerializable(typeof(EventList))]
[JsonSerializable(typeof(FreeBusyRequest))]
[JsonSerializable(typeof(FreeBusyResponse))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(CalendarInfoList))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(CurrentTime))]
[JsonSerializable(typeof(FreeBusyResult))]
[JsonSerializable(typeof(Done))]
[JsonSerializable(typeof(IReadOnlyList<SlotAttendee>))]
[JsonSerializable(typeof(FreeSlots))]
internal sealed partial class CalendarJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(JsonTypeInfoResolver.Combine(Default, Google.Tools.GoogleToolJson.Default));
}
