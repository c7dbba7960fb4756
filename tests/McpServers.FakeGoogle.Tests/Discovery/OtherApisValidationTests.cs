namespace McpServers.FakeGoogle.Tests.Discovery;

public sealed class OtherApisValidationTests
{
    [Fact]
    public void Validate_PeopleSearch_NeedsQueryAndReadMask()
    {
        Validator.Valid(Validator.Check("GET", "/v1/people:searchContacts?query=ad&readMask=names,emailAddresses&pageSize=5"),
            "people.people.searchContacts");
        Validator.Problem(Validator.Check("GET", "/v1/people:searchContacts?query=ad"), "missing required query parameter \"readMask\"");
        Validator.Valid(Validator.Check("GET", "/v1/otherContacts:search?query=&readMask=emailAddresses"), "people.otherContacts.search");
        Validator.Problem(Validator.Check("GET", "/v1/otherContacts:search?readMask=names"), "missing required query parameter \"query\"");
    }

    [Fact]
    public void Validate_PeopleReservedExpansion_FollowsParameterPatterns()
    {
        var get = Validator.Check("GET", "/v1/people/c123?personFields=names");
        Validator.Valid(get, "people.people.get");
        Assert.Equal("people/c123", get.PathParameters["resourceName"]);
        Validator.Valid(Validator.Check("GET", "/v1/contactGroups/g1"), "people.contactGroups.get");
        Validator.Valid(Validator.Check("GET", "/v1/people/me/connections?personFields=names&sortOrder=FIRST_NAME_ASCENDING"),
            "people.people.connections.list");
        Validator.Valid(Validator.Check("DELETE", "/v1/people/c9:deleteContact"), "people.people.deleteContact");
        // {+resourceName} must match ^people/[^/]+$; a verb path is not a resource name.
        Validator.Valid(Validator.Check("GET", "/v1/people:batchGet?resourceNames=people/c1&personFields=names"), "people.people.getBatchGet");
        Validator.Problem(Validator.Check("GET", "/v1/things/x"), "no such method");
    }

    [Fact]
    public void Validate_PeopleUpdateBody_ChecksPersonFields()
    {
        Validator.Valid(Validator.Check("PATCH", "/v1/people/c1:updateContact?updatePersonFields=names",
            """{"etag":"e","names":[{"givenName":"Ada"}],"emailAddresses":[{"value":"ada@example.com"}]}"""), "people.people.updateContact");
        Validator.Problem(Validator.Check("PATCH", "/v1/people/c1:updateContact?updatePersonFields=names",
            """{"names":{"givenName":"Ada"}}"""), "$.names: expected an array");
    }

    [Fact]
    public void Validate_SheetsRange_IsOneDecodedSegmentBeforeItsVerb()
    {
        var get = Validator.Check("GET", "/v4/spreadsheets/s1/values/Sheet%201!A1:B2?majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE");
        Validator.Valid(get, "sheets.spreadsheets.values.get");
        Assert.Equal("Sheet 1!A1:B2", get.PathParameters["range"]);

        var append = Validator.Check("POST", "/v4/spreadsheets/s1/values/Sheet1!A1:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS",
            """{"range":"Sheet1!A1","majorDimension":"ROWS","values":[["a",1,true,null]]}""");
        Validator.Valid(append, "sheets.spreadsheets.values.append");
        Assert.Equal("Sheet1!A1", append.PathParameters["range"]);

        Validator.Valid(Validator.Check("GET", "/v4/spreadsheets/s1/values:batchGet?ranges=A1&ranges=B2"), "sheets.spreadsheets.values.batchGet");
    }

    [Fact]
    public void Validate_SheetsBadRequests_AreReported()
    {
        Validator.Problem(Validator.Check("POST", "/v4/spreadsheets/s1/values/A1:append?valueInputOption=SOMETIMES", """{"values":[["x"]]}"""),
            "query parameter valueInputOption: \"SOMETIMES\" is not one of");
        Validator.Problem(Validator.Check("POST", "/v4/spreadsheets/s1:batchUpdate",
            """{"requests":[{"addSheet":{"properties":{"title":"T","gridProperties":{"rowCount":"many"}}}},{"addShet":{}}]}"""),
            "$.requests[0].addSheet.properties.gridProperties.rowCount: expected integer (int32)",
            "$.requests[1]: unknown field \"addShet\" in Request");
        Validator.Problem(Validator.Check("PUT", "/v4/spreadsheets/s1/values/A1", """{"values":"x"}"""), "$.values: expected an array");
    }

    [Fact]
    public void Validate_CalendarEvent_ChecksRequiredDatesAndFormats()
    {
        Validator.Valid(Validator.Check("POST", "/calendar/v3/calendars/primary/events?sendUpdates=all&conferenceDataVersion=1",
            """{"summary":"Sync","start":{"dateTime":"2026-03-01T10:00:00+01:00"},"end":{"dateTime":"2026-03-01T10:30:00","timeZone":"Europe/Zurich"},"attendees":[{"email":"a@example.com"}],"reminders":{"useDefault":false,"overrides":[{"method":"popup","minutes":10}]}}"""),
            "calendar.events.insert");
        Validator.Problem(Validator.Check("POST", "/calendar/v3/calendars/primary/events", """{"summary":"x","start":{"date":"2026-3-1"}}"""),
            "$.end: required field missing for calendar.events.insert", "$.start.date: expected a date yyyy-mm-dd");
        Validator.Problem(Validator.Check("POST", "/calendar/v3/calendars/primary/events?conferenceDataVersion=2",
            """{"start":{"dateTime":"tomorrow"},"end":{"dateTime":"2026-03-01T10:30:00Z"}}"""),
            "$.start.dateTime: expected an RFC 3339 date-time", "conferenceDataVersion: 2 is above the maximum 1");
    }

    [Fact]
    public void Validate_CalendarList_ChecksParameterBounds()
    {
        Validator.Valid(Validator.Check("GET", "/calendar/v3/calendars/primary/events?timeMin=2026-01-01T00:00:00Z&singleEvents=true&orderBy=startTime&maxResults=50"),
            "calendar.events.list");
        Validator.Problem(Validator.Check("GET", "/calendar/v3/calendars/primary/events?maxResults=0&orderBy=title"),
            "maxResults: 0 is below the minimum 1", "\"title\" is not one of");
        // Calendar's standard parameters are its own: no upload_protocol there.
        Validator.Problem(Validator.Check("GET", "/calendar/v3/users/me/calendarList?upload_protocol=raw"), "unknown query parameter \"upload_protocol\"");
    }

    [Fact]
    public void Validate_DriveUpload_AcceptsAnyMedia()
    {
        Validator.Valid(Validator.Check("POST", "/upload/drive/v3/files?uploadType=media&supportsAllDrives=true", "application/pdf", [1, 2, 3]),
            "drive.files.create");
        Validator.Valid(Validator.Check("POST", "/drive/v3/files", """{"name":"notes.txt","parents":["root"],"appProperties":{"k":"v"}}"""),
            "drive.files.create");
        Validator.Problem(Validator.Check("POST", "/drive/v3/files", """{"name":"x","appProperties":{"k":1}}"""),
            "$.appProperties[\"k\"]: expected string");
    }
}
