using MimeKit;

namespace McpServers.Gmail.Tests;

public sealed class MailboxTests
{
    private static MimeMessage Mail(string subject) => TestMail.Create(subject);

    [Fact]
    public async Task Labels_CreatedByName_ModifiedByName_AndAnUnknownOneIsNamedInTheError()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("Receipt"), "INBOX", "UNREAD");

        var label = await gmail.OkAsync("get_or_create_label", new { name = "Receipts" });
        var again = await gmail.OkAsync("get_or_create_label", new { name = "receipts" });
        await gmail.OkAsync("modify_labels", new { messageId = id, add = new[] { "Receipts" }, remove = new[] { "UNREAD", "INBOX" } });
        var error = await gmail.ErrorAsync("modify_labels", new { messageId = id, add = new[] { "Recipes" } });

        Assert.Equal((string?)label["id"], (string?)again["id"]);
        var labels = (await gmail.OkAsync("read_email", new { messageId = id }))["labels"]!.AsArray().Select(l => (string?)l).ToList();
        Assert.Contains((string?)label["id"], labels);
        Assert.DoesNotContain("UNREAD", labels);
        Assert.DoesNotContain("INBOX", labels);
        Assert.Contains("add[0]: there is no label 'Recipes'", error);
        Assert.Contains("Receipts", error);
    }

    [Fact]
    public async Task UpdateAndDeleteLabel_ByName_AndAnUnknownLabelIsNamed()
    {
        await using var gmail = await GmailHarness.StartAsync();
        await gmail.OkAsync("create_label", new { name = "Projets" });

        var renamed = await gmail.OkAsync("update_label", new { label = "Projets", newName = "Projects" });
        await gmail.OkAsync("delete_label", new { label = "Projects" });
        var missing = await gmail.ErrorAsync("delete_label", new { label = "Projects" });
        var blank = await gmail.ErrorAsync("create_label", new { name = "  " });

        Assert.Equal("Projects", (string?)renamed["name"]);
        Assert.DoesNotContain((await gmail.OkAsync("list_labels", new { }))["labels"]!.AsArray(), l => (string?)l!["name"] == "Projects");
        Assert.Contains("there is no label 'Projects'", missing);
        Assert.Contains("1 to 225 characters", blank);
    }

    [Fact]
    public async Task BatchModifyLabels_ChangesManyMessagesInOneCall_AndRefusesMoreThan1000()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var ids = Enumerable.Range(0, 5).Select(i => gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail($"m{i}"), "INBOX", "UNREAD")).ToList();

        await gmail.OkAsync("batch_modify_labels", new { messageIds = ids, remove = new[] { "UNREAD" } });
        var tooMany = await gmail.ErrorAsync("batch_modify_labels", new { messageIds = Enumerable.Range(0, 1001).Select(i => $"id{i}"), remove = new[] { "UNREAD" } });

        Assert.Empty((await gmail.OkAsync("search_emails", new { query = "is:unread" }))["messages"]!.AsArray());
        Assert.Single(gmail.Google.Requests, r => r.Path.EndsWith("/messages/batchModify", StringComparison.Ordinal));
        Assert.Contains("1 to 1,000", tooMany);
    }

    [Fact]
    public async Task TrashAndUntrash_MoveAMessage_AndPermanentDeleteNeedsTheFullScope()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("Old"), "INBOX");

        await gmail.OkAsync("trash_email", new { messageId = id });
        var trashed = (await gmail.OkAsync("read_email", new { messageId = id }))["labels"]!.AsArray().Select(l => (string?)l).ToList();
        await gmail.OkAsync("untrash_email", new { messageId = id });
        var back = (await gmail.OkAsync("read_email", new { messageId = id }))["labels"]!.AsArray().Select(l => (string?)l).ToList();
        var permanent = await gmail.ErrorAsync("trash_email", new { messageId = id, permanent = true });

        Assert.Contains("TRASH", trashed);
        Assert.DoesNotContain("TRASH", back);
        Assert.Contains("has not granted the scope this call needs (https://mail.google.com/)", permanent);
        Assert.Contains("mcp-gmail auth login --account work --scopes", permanent);
    }

    [Fact]
    public async Task Drafts_CreateListUpdateSendDelete()
    {
        await using var gmail = await GmailHarness.StartAsync();

        var draft = await gmail.OkAsync("create_draft", new { to = new[] { "grace@example.org" }, subject = "Draft one", body = "first" });
        await gmail.OkAsync("update_draft", new { draftId = (string)draft["id"]!, to = new[] { "grace@example.org" }, subject = "Draft one, revised", body = "second" });
        var listed = await gmail.OkAsync("list_drafts", new { });
        var other = await gmail.OkAsync("create_draft", new { to = new[] { "alan@example.org" }, subject = "Draft two", body = "x" });
        var sent = await gmail.OkAsync("send_draft", new { draftId = (string)draft["id"]! });
        await gmail.OkAsync("delete_draft", new { draftId = (string)other["id"]! });

        Assert.Equal("Draft one, revised", (string?)Assert.Single(listed["drafts"]!.AsArray())!["subject"]);
        Assert.Contains("SENT", sent["labels"]!.AsArray().Select(l => (string?)l));
        Assert.Empty((await gmail.OkAsync("list_drafts", new { }))["drafts"]!.AsArray());
        var parsed = await MimeCheck.ParseAsync(gmail.Google.Gmail.RawOf(GmailHarness.Work, (string)sent["id"]!));
        Assert.Equal("second", ((string?)parsed["text"])!.Trim());
    }

    [Fact]
    public async Task Filters_CreateListDelete_WithLabelsByName()
    {
        await using var gmail = await GmailHarness.StartAsync();
        await gmail.OkAsync("create_label", new { name = "Newsletters" });

        var filter = await gmail.OkAsync("create_filter", new { from = "news@example.org", addLabels = new[] { "Newsletters" }, removeLabels = new[] { "INBOX" } });
        var listed = await gmail.OkAsync("list_filters", new { });
        await gmail.OkAsync("delete_filter", new { filterId = (string)filter["id"]! });

        Assert.Equal("news@example.org", (string?)Assert.Single(listed["filters"]!.AsArray())!["from"]);
        Assert.Equal(["INBOX"], filter["removeLabels"]!.AsArray().Select(l => (string?)l));
        Assert.Empty((await gmail.OkAsync("list_filters", new { }))["filters"]!.AsArray());
        Assert.Contains("at least one action", await gmail.ErrorAsync("create_filter", new { from = "x@example.org" }));
    }

    [Fact]
    public async Task GetHistory_ReportsWhatChangedSinceAHistoryId()
    {
        await using var gmail = await GmailHarness.StartAsync();
        var start = (string)(await gmail.OkAsync("get_history", new { }))["historyId"]!;
        var id = gmail.Google.Gmail.Deliver(GmailHarness.Work, Mail("New"), "INBOX", "UNREAD");
        await gmail.OkAsync("modify_labels", new { messageId = id, remove = new[] { "UNREAD" } });

        var history = await gmail.OkAsync("get_history", new { startHistoryId = start });

        var changes = history["changes"]!.AsArray().Select(c => ((string?)c!["kind"], (string?)c["messageId"])).ToList();
        Assert.Contains(("messageAdded", id), changes);
        Assert.Contains(("labelsRemoved", id), changes);
    }

    [Fact]
    public async Task SearchContacts_FindsContactsAndOtherContactsByName()
    {
        await using var gmail = await GmailHarness.StartAsync();
        gmail.Google.People.AddContact(GmailHarness.Work, "Grace Hopper", "grace@example.org");
        gmail.Google.People.AddOtherContact(GmailHarness.Work, "Grace Kelly", "gk@example.org");
        gmail.Google.People.AddContact(GmailHarness.Work, "Alan Turing", "alan@example.org");

        var found = await gmail.OkAsync("search_contacts", new { query = "Grace" });

        var emails = found["contacts"]!.AsArray().SelectMany(c => c!["emails"]!.AsArray().Select(e => (string?)e)).Order().ToList();
        Assert.Equal(["gk@example.org", "grace@example.org"], emails);
    }
}
