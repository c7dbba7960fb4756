namespace McpServers.FakeGoogle.Calendar;

/// <summary>An account's calendars: "primary" (id = the account email) first, then those added by tests.</summary>
internal sealed class CalendarAccount
{
    private readonly List<StoredCalendar> _calendars = [];

    public CalendarAccount(string email)
    {
        Email = email;
        _calendars.Add(new StoredCalendar(email, email, "UTC", "owner", primary: true));
    }

    public string Email { get; }

    public IReadOnlyList<StoredCalendar> Calendars => _calendars;

    public StoredCalendar Primary => _calendars[0];

    /// <summary>By id; "primary" names the account's own calendar, as in every Calendar path.</summary>
    public StoredCalendar? Find(string calendarId) => calendarId == "primary"
        ? Primary
        : _calendars.FirstOrDefault(c => c.Id.Equals(calendarId, StringComparison.OrdinalIgnoreCase));

    public void Add(StoredCalendar calendar)
    {
        _calendars.RemoveAll(c => !c.Primary && c.Id.Equals(calendar.Id, StringComparison.OrdinalIgnoreCase));
        _calendars.Add(calendar);
    }
}
