using System.Collections.Concurrent;
using McpServers.FakeGoogle.Gmail;
using McpServers.FakeGoogle.Hosting;
using MimeKit;

namespace McpServers.FakeGoogle;

/// <summary>Gmail in memory: one mailbox per account, sending between the fake's accounts, helpers for tests.</summary>
public sealed class FakeGmail
{
    private readonly ConcurrentDictionary<string, Mailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    // Gmail ids are 16 hex digits; counting up keeps them unique across mailboxes and in arrival order.
    private long _nextId = 0x18c0_0000_0000_0000;

    internal FakeGmail(TimeProvider time) => Time = time;

    internal TimeProvider Time { get; }

    /// <summary>The account's mailbox (created empty on first use), to inspect messages, labels, filters, drafts.</summary>
    public Mailbox Mailbox(string accountEmail) =>
        _mailboxes.GetOrAdd(accountEmail, email => new Mailbox(email, () => Interlocked.Increment(ref _nextId).ToString("x16")));

    /// <summary>
    /// Puts a received message in the account's mailbox, as if from outside: labels INBOX and UNREAD unless others are
    /// given, the account's filters applied, threaded by References/In-Reply-To and subject, internalDate from the
    /// Date header (else now). Returns the message id.
    /// </summary>
    public string Deliver(string accountEmail, MimeMessage message, params string[] labelIds)
    {
        var raw = GmailFormat.Serialize(message);
        var date = message.Headers.Contains(HeaderId.Date) ? message.Date : Time.GetUtcNow();
        string[] labels = labelIds.Length == 0 ? [SystemLabels.Inbox, SystemLabels.Unread] : labelIds;
        return Receive(Mailbox(accountEmail), raw, labels, date.ToUnixTimeMilliseconds()).Id;
    }

    /// <summary>The stored RFC 822 bytes of a message.</summary>
    public byte[] RawOf(string accountEmail, string messageId) =>
        Mailbox(accountEmail).Find(messageId)?.Raw ?? throw new KeyNotFoundException($"{accountEmail} has no message {messageId}");

    internal bool HasMailbox(string email) => _mailboxes.ContainsKey(email);

    /// <summary>The mailbox a call's userId names: "me" or the caller's own address; anyone else's is refused as Gmail does.</summary>
    internal Mailbox MailboxOf(ApiCall call)
    {
        var userId = call.Path("userId");
        if (userId != "me" && !userId.Equals(call.Account, StringComparison.OrdinalIgnoreCase))
            throw new ApiException(403, $"Delegation denied for {call.Account}", "forbidden");
        return Mailbox(call.Account);
    }

    internal QueryContext Context(Mailbox mailbox, ApiCall call) => new(mailbox.Email, mailbox.LabelIdByName, call.Now);

    /// <summary>
    /// Sends as the mailbox's account: stored with SENT (and INBOX, UNREAD when sent to oneself), delivered to the
    /// recipients that are accounts of this fake.
    /// </summary>
    internal StoredMessage Send(Mailbox sender, byte[] raw, string? threadId, DateTimeOffset now)
    {
        var (prepared, message) = OutgoingMail.Prepare(raw, sender.Email, now);
        var recipients = OutgoingMail.Recipients(message);
        if (recipients.Count == 0) throw ApiException.BadRequest("Recipient address required");
        var toSelf = recipients.Contains(sender.Email, StringComparer.OrdinalIgnoreCase);
        string[] labels = toSelf ? [SystemLabels.Sent, SystemLabels.Inbox, SystemLabels.Unread] : [SystemLabels.Sent];
        var sent = sender.Add(prepared, labels, now.ToUnixTimeMilliseconds(), threadId);

        var delivered = OutgoingMail.ForRecipients(message, prepared);
        foreach (var recipient in recipients.Where(r => !r.Equals(sender.Email, StringComparison.OrdinalIgnoreCase) && HasMailbox(r)))
            Receive(Mailbox(recipient), delivered, [SystemLabels.Inbox, SystemLabels.Unread], now.ToUnixTimeMilliseconds());
        return sent;
    }

    /// <summary>Stores an incoming message after the mailbox's filters have adjusted its labels.</summary>
    internal StoredMessage Receive(Mailbox mailbox, byte[] raw, IEnumerable<string> labelIds, long internalDate)
    {
        var labels = labelIds.ToHashSet(StringComparer.Ordinal);
        var probe = new StoredMessage("", "", raw, internalDate, labels, 0);
        var context = new QueryContext(mailbox.Email, mailbox.LabelIdByName, Time.GetUtcNow());
        foreach (var filter in mailbox.Filters)
        {
            if (!FilterMatcher.ToQuery(filter.Criteria).Matches(probe, context)) continue;
            foreach (var add in filter.Action["addLabelIds"]?.AsArray() ?? []) labels.Add((string)add!);
            foreach (var remove in filter.Action["removeLabelIds"]?.AsArray() ?? []) labels.Remove((string)remove!);
        }
        return mailbox.Add(raw, labels, internalDate);
    }

    internal void MapRoutes(ApiRoutes routes)
    {
        new MessagesApi(this).Map(routes);
        new ThreadsApi(this).Map(routes);
        new LabelsApi(this).Map(routes);
        new DraftsApi(this).Map(routes);
        new FiltersApi(this).Map(routes);
        new HistoryApi(this).Map(routes);
    }
}
