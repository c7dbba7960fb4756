namespace McpServers.Gmail.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task ListAccounts_ShowsBothSignedInAccounts_TheDefault_AndTheirScopes()
    {
        await using var gmail = await GmailHarness.StartAsync();

        var accounts = (await gmail.OkAsync("list_accounts", new { }))["accounts"]!.AsArray();

        Assert.Equal(["home", "work"], accounts.Select(a => (string?)a!["name"]).Order());
        Assert.True((bool)accounts.Single(a => (string?)a!["name"] == "work")!["isDefault"]!);
        Assert.Equal(GmailHarness.Work, (string?)accounts.Single(a => (string?)a!["name"] == "work")!["email"]);
        Assert.Contains(GmailScopesForTests.Modify, accounts[0]!["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task UnknownAccount_IsAnErrorListingTheAccounts()
    {
        await using var gmail = await GmailHarness.StartAsync();

        var error = await gmail.ErrorAsync("search_emails", new { account = "personal" });

        Assert.Contains("There is no account 'personal'; accounts: home, work", error);
    }

    [Fact]
    public async Task TwentyConcurrentCallsOnTwoAccounts_EachAnswerComesFromItsOwnMailbox()
    {
        await using var gmail = await GmailHarness.StartAsync();
        foreach (var (account, subject) in new[] { (GmailHarness.Work, "work mail"), (GmailHarness.Home, "home mail") })
            gmail.Google.Gmail.Deliver(account, TestMail.Create(subject, to: account), "INBOX");

        var calls = Enumerable.Range(0, 20).Select(async i =>
        {
            var account = i % 2 == 0 ? "work" : "home";
            var found = await gmail.OkAsync("search_emails", new { account });
            return (account, subject: (string?)Assert.Single(found["messages"]!.AsArray())!["subject"]);
        });

        foreach (var (account, subject) in await Task.WhenAll(calls))
            Assert.Equal(account + " mail", subject);
        var tokens = gmail.Google.Requests.Select(r => (r.Account, r.Headers.TryGetValue("Authorization", out var auth) ? auth : null)).Distinct().ToList();
        Assert.All(tokens, t => Assert.Equal(t.Account == GmailHarness.Work ? "Bearer work-token" : "Bearer home-token", t.Item2));
    }

    [Fact]
    public async Task RateLimited_IsRetriedAfterRetryAfter_AndSucceeds()
    {
        await using var gmail = await GmailHarness.StartAsync();
        gmail.Google.FailNext("/messages", 429, TimeSpan.FromSeconds(1));

        var found = await gmail.OkAsync("search_emails", new { });

        Assert.Empty(found["messages"]!.AsArray());
        Assert.Equal(2, gmail.Google.Requests.Count(r => r.Path == "/gmail/v1/users/me/messages"));
    }

    [Fact]
    public async Task QuotaWithALongRetryAfter_FailsAtOnce_SayingWhenToRetry()
    {
        await using var gmail = await GmailHarness.StartAsync();
        gmail.Google.FailNext("/messages", 429, TimeSpan.FromMinutes(5));

        var error = await gmail.ErrorAsync("search_emails", new { });

        Assert.Contains("Gmail quota exceeded for account 'work'", error);
        Assert.Contains("try again in 300 s", error);
    }

    [Fact]
    public async Task ExpiredTokenWithoutRefreshToken_SaysWhichLoginToRun_AndWhyTestingAppsExpire()
    {
        await using var gmail = await GmailHarness.StartAsync();
        gmail.Google.ExpireToken("work-token");

        var error = await gmail.ErrorAsync("list_labels", new { });

        Assert.Contains("account 'work' must sign in again: run `mcp-gmail auth login --account work`", error);
        Assert.Contains("\"Testing\" mode", error);
    }
}
