using System.ComponentModel;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Calendar.Tools;

[McpServerToolType]
internal sealed class TimeTools(CalendarContext context, TimeProvider time)
{
    private const int FreeBusyLimit = 50; // calendars per freebusy request (Calendar API limit)

    [McpServerTool(Name = "get_current_time", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(CurrentTime))]
    [Description("The current time in a time zone and in the account's primary calendar zone.")]
    public async Task<CallToolResult> NowAsync([Description("IANA time zone (default: UTC)")] string? timeZone = null,
        [Description("Account name (default: --account, else the only one; none needed for timeZone alone)")] string? account = null,
        CancellationToken cancellationToken = default)
    {
        var zone = ZonedTime.Zone(timeZone ?? "UTC", "timeZone");
        var now = time.GetUtcNow();
        TimeZoneInfo? accountZone = null;
        try
        {
            accountZone = await context.ZoneOfAsync(context.Resolve(account), "primary", cancellationToken);
        }
        catch (ToolInputException) when (account is null)
        {
        }
        return ToolResults.Structured(new CurrentTime(zone.Id, ZonedTime.Format(TimeZoneInfo.ConvertTime(now, zone)), accountZone?.Id,
            accountZone is null ? null : ZonedTime.Format(TimeZoneInfo.ConvertTime(now, accountZone))), CalendarJson.Default.CurrentTime);
    }

    [McpServerTool(Name = "get_freebusy", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FreeBusyResult))]
    [Description("Busy periods of calendars and people (calendar ids or addresses) in a window; any number of them (asked 50 at a time).")]
    public async Task<CallToolResult> FreeBusyAsync([Description("Calendar ids or email addresses")] IReadOnlyList<string> items,
        [Description("Start of the window (ISO 8601; without an offset read in the account's zone)")] string timeMin,
        [Description("End of the window")] string timeMax,
        [Description("Account name (default: --account, else the only one)")] string? account = null, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
            throw new ToolInputException("items: give at least one calendar id or address.");
        var who = context.Resolve(account);
        var zone = await context.ZoneOfAsync(who, "primary", cancellationToken);
        var (min, max) = (ZonedTime.Instant(timeMin, zone, "timeMin"), ZonedTime.Instant(timeMax, zone, "timeMax"));
        if (max <= min)
            throw new ToolInputException("timeMax must be after timeMin.");
        var calendars = new List<CalendarBusy>();
        foreach (var chunk in items.Distinct().Chunk(FreeBusyLimit))
        {
            var answer = await context.Api.FreeBusyAsync(who, new FreeBusyRequest
            {
                TimeMin = ZonedTime.Format(min), TimeMax = ZonedTime.Format(max), Items = chunk.Select(id => new FreeBusyItem(id)).ToList(),
            }, cancellationToken);
            calendars.AddRange(chunk.Select(id => answer.Calendars?.GetValueOrDefault(id) is { } c
                ? new CalendarBusy(id, (c.Busy ?? []).Select(b => new BusyInterval(b.Start, b.End)).ToList(), c.Errors?.FirstOrDefault()?.Reason)
                : new CalendarBusy(id, [], "notFound")));
        }
        return ToolResults.Structured(new FreeBusyResult(ZonedTime.Format(min), ZonedTime.Format(max), calendars), CalendarJson.Default.FreeBusyResult);
    }
}
