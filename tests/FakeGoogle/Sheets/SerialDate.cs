namespace McpServers.FakeGoogle.Sheets;

/// <summary>Sheets' date serials: days since 1899-12-30, the fraction being the time of day.</summary>
internal static class SerialDate
{
    private static readonly DateTime _epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static double From(DateTime date) => (date - _epoch).TotalDays;

    /// <summary>The date and time a serial stands for, to the nearest second.</summary>
    public static DateTime To(double serial)
    {
        var seconds = Math.Round(serial * 86_400, MidpointRounding.AwayFromZero);
        return _epoch.AddSeconds(Math.Clamp(seconds, -1e11, 2.5e11));
    }
}
