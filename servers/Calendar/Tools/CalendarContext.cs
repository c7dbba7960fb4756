using System.Collections.Concurrent;
using McpServers.Calendar.Api;
using McpServers.Calendar.Time;
using McpServers.Google.Accounts;
using McpServers.Google.Http;
using McpServers.Google.Tools;

namespace McpServers.Calendar.Tools;

/// <summary>
/// What every calendar tool needs: the account a call acts as, each calendar's time zone (times without an offset are
/// read in it), and the account's address (the primary calendar's id).
/// </summary>
internal sealed class CalendarContext(GoogleAccounts accounts, CalendarApi calendar) : IAccountAddresses
{
    private readonly ConcurrentDictionary<GoogleAccount, Lazy<Task<IReadOnlyList<CalendarListEntry>>>> _calendars = new(ReferenceEqualityComparer.Instance);

    public CalendarApi Api => calendar;

    public GoogleAccount Resolve(string? account) => accounts.Resolve(account);

    public async Task<IReadOnlyList<CalendarListEntry>> CalendarsAsync(GoogleAccount account, CancellationToken ct)
    {
        var lookup = _calendars.GetOrAdd(account, a => new Lazy<Task<IReadOnlyList<CalendarListEntry>>>(() => ListAllAsync(a)));
        try
        {
            return await lookup.Value.WaitAsync(ct);
        }
        catch (Exception) when (lookup.Value.IsFaulted)
        {
            _calendars.TryRemove(KeyValuePair.Create(account, lookup));
            throw;
        }
    }

    /// <summary>The zone of a calendar (ids as the account knows them; "primary" is its own), UTC when Google does not say.</summary>
    public async Task<TimeZoneInfo> ZoneOfAsync(GoogleAccount account, string calendarId, CancellationToken ct)
    {
        var all = await CalendarsAsync(account, ct);
        var entry = calendarId == "primary" ? all.FirstOrDefault(c => c.Primary == true) : all.FirstOrDefault(c => c.Id == calendarId);
        return entry?.TimeZone is { } zone ? ZonedTime.Zone(zone, "timeZone") : TimeZoneInfo.Utc;
    }

    public async Task<string?> AddressAsync(GoogleAccount account)
    {
        try
        {
            return (await CalendarsAsync(account, CancellationToken.None)).FirstOrDefault(c => c.Primary == true)?.Id;
        }
        catch (GoogleApiException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<CalendarListEntry>> ListAllAsync(GoogleAccount account)
    {
        var all = new List<CalendarListEntry>();
        string? page = null;
        do
        {
            var list = await calendar.CalendarsAsync(account, page, CancellationToken.None);
            all.AddRange(list.Items ?? []);
            page = list.NextPageToken;
        }
        while (page is not null);
        return all;
    }
}
