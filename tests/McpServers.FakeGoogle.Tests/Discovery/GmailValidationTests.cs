using System.Text;

namespace McpServers.FakeGoogle.Tests.Discovery;

public sealed class GmailValidationTests
{
    private const string Messages = "/gmail/v1/users/me/messages";

    [Fact]
    public void Validate_MessagesGetWithRepeatedHeaders_MatchesMethodAndPathParameters()
    {
        var result = Validator.Check("GET", $"{Messages}/18c0a1?format=metadata&metadataHeaders=Subject&metadataHeaders=From");
        Validator.Valid(result, "gmail.users.messages.get");
        Assert.Equal("me", result.PathParameters["userId"]);
        Assert.Equal("18c0a1", result.PathParameters["id"]);
        Assert.Equal(["Subject", "From"], result.Query.All("metadataHeaders"));
    }

    [Fact]
    public void Validate_LiteralSegment_WinsOverPathVariable()
    {
        Validator.Valid(Validator.Check("POST", $"{Messages}/send", """{"raw":"U3ViamVjdDogaGkNCg0KaGk"}"""), "gmail.users.messages.send");
        Validator.Valid(Validator.Check("POST", $"{Messages}/batchDelete", """{"ids":["a"]}"""), "gmail.users.messages.batchDelete");
        Validator.Valid(Validator.Check("POST", $"{Messages}/abc/trash"), "gmail.users.messages.trash");
    }

    [Fact]
    public void Validate_StandardParameters_AreAllowed()
    {
        Validator.Valid(Validator.Check("GET", $"{Messages}?alt=json&prettyPrint=false&quotaUser=u1&fields=messages(id,threadId),nextPageToken&%24.xgafv=2"),
            "gmail.users.messages.list");
    }

    [Fact]
    public void Validate_UnknownPath_IsNoSuchMethod()
    {
        Validator.Problem(Validator.Check("GET", "/gmail/v1/users/me/mailboxes"), "no such method: GET /gmail/v1/users/me/mailboxes");
        Validator.Problem(Validator.Check("GET", "/gmail/v2/users/me/messages"), "no such method");
    }

    [Fact]
    public void Validate_WrongHttpMethod_NamesWhatThePathTakes()
    {
        var result = Validator.Check("PUT", $"{Messages}/abc/modify", "{}");
        Validator.Problem(result, "no such method: PUT", "POST gmail.users.messages.modify");
        Assert.Null(result.Method);
    }

    [Fact]
    public void Validate_BadQueryParameters_AreEachReported()
    {
        var result = Validator.Check("GET", $"{Messages}?maxResults=ten&includeSpamTrash=yes&labelId=INBOX&q=a&q=b");
        Validator.Problem(result,
            "query parameter maxResults: expected integer (uint32)",
            "query parameter includeSpamTrash: expected boolean",
            "unknown query parameter \"labelId\"",
            "query parameter q given 2 times but is not repeated");
    }

    [Fact]
    public void Validate_EnumValue_MustBeListed()
    {
        Validator.Problem(Validator.Check("GET", $"{Messages}/abc?format=html"), "\"html\" is not one of minimal, full, raw, metadata");
        // threads.get has no raw format.
        Validator.Problem(Validator.Check("GET", "/gmail/v1/users/me/threads/abc?format=raw"), "is not one of full, metadata, minimal");
    }

    [Fact]
    public void Validate_RequiredInProse_IsRequired()
    {
        Validator.Problem(Validator.Check("GET", "/gmail/v1/users/me/history"), "missing required query parameter \"startHistoryId\"");
        Validator.Problem(Validator.Check("GET", "/gmail/v1/users/me/history?startHistoryId=abc"), "expected integer (uint64)");
        Validator.Valid(Validator.Check("GET", "/gmail/v1/users/me/history?startHistoryId=1234&historyTypes=messageAdded&historyTypes=labelAdded"),
            "gmail.users.history.list");
    }

    [Fact]
    public void Validate_SendBody_ChecksEveryFieldWithItsPath()
    {
        var result = Validator.Check("POST", $"{Messages}/send",
            """{"raw":"not base64!","threadId":42,"labelIds":"INBOX","payload":{"headers":[{"name":"To","valu":"x"}]},"sizeEstimate":"big","colour":1}""");
        Validator.Problem(result,
            "$.raw: expected base64 or base64url bytes",
            "$.threadId: expected string, got 42",
            "$.labelIds: expected an array",
            "$.payload.headers[0]: unknown field \"valu\" in MessagePartHeader",
            "$.sizeEstimate: expected integer (int32)",
            "$: unknown field \"colour\" in Message");
    }

    [Fact]
    public void Validate_SendWithoutRaw_IsMissingARequiredField()
    {
        Validator.Problem(Validator.Check("POST", $"{Messages}/send", """{"threadId":"t1"}"""),
            "$.raw: required field missing for gmail.users.messages.send");
        Validator.Problem(Validator.Check("POST", $"{Messages}/send"), "missing request body");
    }

    [Fact]
    public void Validate_ByteAndInt64Formats_AcceptTheirSpellings()
    {
        // Standard and URL-safe base64 alphabets, padded or not; int64 as a string or a number.
        Validator.Valid(Validator.Check("POST", $"{Messages}/send", """{"raw":"ab+/cd==","internalDate":"1700000000000"}"""), "gmail.users.messages.send");
        Validator.Valid(Validator.Check("POST", $"{Messages}/send", """{"raw":"ab-_cd","internalDate":1700000000000}"""), "gmail.users.messages.send");
        Validator.Problem(Validator.Check("POST", $"{Messages}/send", """{"raw":"abcd","internalDate":"soon"}"""), "$.internalDate: expected integer (int64)");
    }

    [Fact]
    public void Validate_NestedObjectsAndArrays_AreChecked()
    {
        Validator.Valid(Validator.Check("POST", "/gmail/v1/users/me/labels",
            """{"name":"Work","labelListVisibility":"labelShow","messageListVisibility":"show","color":{"textColor":"#000000","backgroundColor":"#ffffff"}}"""),
            "gmail.users.labels.create");
        Validator.Problem(Validator.Check("POST", "/gmail/v1/users/me/labels",
            """{"name":"Work","labelListVisibility":"visible","messageListVisibility":"show","color":{"textColor":1}}"""),
            "$.labelListVisibility: \"visible\" is not one of", "$.color.textColor: expected string");
        Validator.Problem(Validator.Check("POST", $"{Messages}/batchModify", """{"ids":["a",7]}"""), "$.ids[1]: expected string");
    }

    [Fact]
    public void Validate_BodyOnBodylessMethod_IsRefusedUnlessEmpty()
    {
        Validator.Valid(Validator.Check("POST", $"{Messages}/abc/trash", "{}"), "gmail.users.messages.trash");
        Validator.Problem(Validator.Check("POST", $"{Messages}/abc/trash", """{"id":"abc"}"""), "takes no request body");
    }

    [Fact]
    public void Validate_JsonBody_NeedsJsonContentTypeAndSyntax()
    {
        Validator.Problem(Validator.Check("POST", $"{Messages}/send", "text/plain", Encoding.UTF8.GetBytes("""{"raw":"abcd"}""")),
            "needs Content-Type application/json");
        Validator.Problem(Validator.Check("POST", $"{Messages}/send", "{\"raw\":"), "request body is not valid JSON");
    }

    [Fact]
    public void Validate_MediaUpload_ChecksTypeAndSize()
    {
        var mail = Encoding.ASCII.GetBytes("Subject: hi\r\n\r\nhello\r\n");
        var ok = Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=media", "message/rfc822", mail);
        Validator.Valid(ok, "gmail.users.messages.send");
        Assert.Equal(mail, ok.Media!.Bytes);

        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=media", "text/plain", mail),
            "media Content-Type \"text/plain\" is not accepted by gmail.users.messages.send (accepts message/*)");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=media", "message/rfc822", new byte[36700161]),
            "media of 36700161 bytes exceeds the maxSize 36700160");
    }

    [Fact]
    public void Validate_UploadType_BelongsToTheUploadPath()
    {
        var mail = Encoding.ASCII.GetBytes("Subject: hi\r\n\r\nhello\r\n");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send", "message/rfc822", mail), "needs the uploadType query parameter");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=chunked", "message/rfc822", mail), "\"chunked\" is not one of");
        Validator.Problem(Validator.Check("POST", $"{Messages}/send?uploadType=media", """{"raw":"abcd"}"""),
            "uploadType=media needs the upload path /upload/gmail/v1/users/{userId}/messages/send");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/labels?uploadType=media", "message/rfc822", mail), "no such method");
    }

    [Fact]
    public void Validate_MultipartUpload_SplitsMetadataAndMedia()
    {
        var body = Encoding.ASCII.GetBytes(
            "--b1\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{\"threadId\":\"t1\"}\r\n" +
            "--b1\r\nContent-Type: message/rfc822\r\n\r\nSubject: hi\r\n\r\nhello\r\n--b1--\r\n");
        var result = Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=multipart", "multipart/related; boundary=b1", body);
        Validator.Valid(result, "gmail.users.messages.send");
        Assert.Equal("t1", (string?)result.Body!["threadId"]);
        Assert.Equal("Subject: hi\r\n\r\nhello", Encoding.ASCII.GetString(result.Media!.Bytes));

        var bad = Encoding.ASCII.GetBytes("--b1\r\nContent-Type: application/json\r\n\r\n{\"thread\":1}\r\n--b1--\r\n");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=multipart", "multipart/related; boundary=b1", bad),
            "a multipart upload has 2 parts");
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=multipart", "message/rfc822", body),
            "needs Content-Type multipart/related");
    }

    [Fact]
    public void Validate_ResumableStart_ChecksDeclaredMedia()
    {
        var headers = new Dictionary<string, string> { ["X-Upload-Content-Type"] = "application/pdf", ["X-Upload-Content-Length"] = "99999999" };
        Validator.Problem(Validator.Check("POST", "/upload/gmail/v1/users/me/messages/send?uploadType=resumable", "application/json",
            Encoding.UTF8.GetBytes("{}"), headers), "X-Upload-Content-Type \"application/pdf\" is not accepted", "exceeds the maxSize");
        Validator.Valid(Validator.Check("POST", "/resumable/upload/gmail/v1/users/me/messages/send?uploadType=resumable", "application/json", []),
            "gmail.users.messages.send");
    }

    [Fact]
    public void Validate_FieldsSelector_IsCheckedAgainstTheResponseSchema()
    {
        var ok = Validator.Check("GET", $"{Messages}/abc?fields=id,payload/headers,payload(parts(partId,body/size))");
        Validator.Valid(ok, "gmail.users.messages.get");
        Validator.Problem(Validator.Check("GET", $"{Messages}?fields=messages(id,subject)"), "fields: unknown field \"subject\" in ListMessagesResponse.messages");
        Validator.Problem(Validator.Check("GET", $"{Messages}?fields=messages(id"), "invalid fields selector");
    }

    [Fact]
    public void Validate_FieldsSelector_TakesDotsAndSpaces_AsGoogleDoes()
    {
        // Sheets' guides write "sheets.properties", Drive's "files(id, name)"; Google accepts both.
        Validator.Valid(Validator.Check("GET", "/v4/spreadsheets/s1?fields=sheets.properties.title,%20spreadsheetId"), "sheets.spreadsheets.get");
        Validator.Valid(Validator.Check("GET", "/drive/v3/files?fields=nextPageToken,%20files(id,%20name)"), "drive.files.list");
        Validator.Problem(Validator.Check("GET", "/v4/spreadsheets/s1?fields=sheets.colour"), "fields: unknown field \"colour\" in Spreadsheet.sheets");
    }
}
