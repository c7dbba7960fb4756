using McpServers.Calendar.Time;
using McpServers.Hosting;

namespace McpServers.Calendar.Tests;

public sealed class ZonedTimeTests
{
    private static readonly TimeZoneInfo NewYork = ZonedTime.Zone("America/New_York", "timeZone");

    [Fact]
    public void TimeWithoutOffset_IsReadInTheCalendarsZone_NotUtc()
    {
        var winter = ZonedTime.Parse("2026-01-15T09:00", NewYork, "start");
        var summer = ZonedTime.Parse("2026-07-15T09:00", NewYork, "start");

        Assert.Equal("2026-01-15T09:00:00-05:00", winter.DateTime);
        Assert.Equal("2026-07-15T09:00:00-04:00", summer.DateTime);
        Assert.Equal("America/New_York", summer.TimeZone);
    }

    [Fact]
    public void TimeWithOffset_IsThatInstant_AndADateIsADate()
    {
        Assert.Equal("2026-07-15T09:00:00+02:00", ZonedTime.Parse("2026-07-15T09:00:00+02:00", NewYork, "start").DateTime);
        Assert.Equal("2026-07-15T09:00:00+00:00", ZonedTime.Parse("2026-07-15T09:00:00Z", NewYork, "start").DateTime);
        var allDay = ZonedTime.Parse("2026-07-15", NewYork, "start");
        Assert.Equal("2026-07-15", allDay.Date);
        Assert.Null(allDay.DateTime);
    }

    [Fact]
    public void TimeInTheSpringGap_IsRefused_NamingBothInstantsItCouldMean()
    {
        var error = Assert.Throws<ToolInputException>(() => ZonedTime.Parse("2026-03-08T02:30", NewYork, "start"));

        Assert.Contains("start: 2026-03-08T02:30 does not exist in America/New_York", error.Message);
        Assert.Contains("2026-03-08T02:30:00-05:00 (= 2026-03-08T03:30:00-04:00)", error.Message);
        Assert.Contains("2026-03-08T02:30:00-04:00 (= 2026-03-08T01:30:00-05:00)", error.Message);
    }

    [Fact]
    public void TimeInTheAutumnOverlap_IsRefused_NamingBothOffsets()
    {
        var error = Assert.Throws<ToolInputException>(() => ZonedTime.Parse("2026-11-01T01:30", NewYork, "end"));

        Assert.Contains("end: 2026-11-01T01:30 happens twice in America/New_York", error.Message);
        Assert.Contains("2026-11-01T01:30:00-04:00 or 2026-11-01T01:30:00-05:00", error.Message);
    }

    [Fact]
    public void UnknownZoneAndUnreadableTimes_AreClearErrors()
    {
        Assert.Contains("'Mars/Olympus' is not a time zone", Assert.Throws<ToolInputException>(() => ZonedTime.Zone("Mars/Olympus", "timeZone")).Message);
        Assert.Contains("'next tuesday' is not a date or time", Assert.Throws<ToolInputException>(() => ZonedTime.Parse("next tuesday", NewYork, "start")).Message);
    }
}
