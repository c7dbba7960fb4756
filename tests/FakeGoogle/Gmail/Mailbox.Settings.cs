using System.Text.Json.Nodes;
using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

public sealed partial class Mailbox
{
    // Gmail's documented cap on filters per account.
    private const int MaxFilters = 1000;

    private readonly List<GmailFilter> _filters = [];
    private readonly List<GmailDraft> _drafts = [];
    private int _nextFilter;
    private long _nextDraft = 1_000_000_000_000_000_000;

    public IReadOnlyList<GmailFilter> Filters
    {
        get
        {
            lock (_gate) return _filters.ToArray();
        }
    }

    public IReadOnlyList<GmailDraft> Drafts
    {
        get
        {
            lock (_gate) return _drafts.ToArray();
        }
    }

    internal GmailFilter AddFilter(JsonObject criteria, JsonObject action)
    {
        lock (_gate)
        {
            foreach (var label in (action["addLabelIds"] as JsonArray ?? []).Concat(action["removeLabelIds"] as JsonArray ?? []))
                RequireLabel((string?)label ?? "");
            if (_filters.Any(f => JsonNode.DeepEquals(f.Criteria, criteria) && JsonNode.DeepEquals(f.Action, action)))
                throw ApiException.BadRequest("Filter already exists", "failedPrecondition");
            if (_filters.Count >= MaxFilters) throw ApiException.BadRequest("Too many filters", "failedPrecondition");
            var filter = new GmailFilter($"ANe1Bmj{++_nextFilter:D6}", criteria, action);
            _filters.Add(filter);
            return filter;
        }
    }

    internal GmailFilter? FindFilter(string id)
    {
        lock (_gate) return _filters.FirstOrDefault(f => f.Id == id);
    }

    internal void DeleteFilter(string id)
    {
        lock (_gate)
            if (_filters.RemoveAll(f => f.Id == id) == 0) throw ApiException.NotFound();
    }

    internal GmailDraft AddDraft(string messageId)
    {
        lock (_gate)
        {
            var draft = new GmailDraft($"r{++_nextDraft}", messageId);
            _drafts.Add(draft);
            return draft;
        }
    }

    internal GmailDraft? FindDraft(string id)
    {
        lock (_gate) return _drafts.FirstOrDefault(d => d.Id == id);
    }

    internal GmailDraft RequireDraft(string id) => FindDraft(id) ?? throw ApiException.NotFound();

    /// <summary>Points a draft at new content; the old message goes (as Gmail replaces a draft's message on update).</summary>
    internal GmailDraft ReplaceDraft(string id, string newMessageId)
    {
        lock (_gate)
        {
            var index = _drafts.FindIndex(d => d.Id == id);
            if (index < 0) throw ApiException.NotFound();
            var old = _drafts[index];
            _drafts[index] = old with { MessageId = newMessageId };
            if (_messages.TryGetValue(old.MessageId, out var message))
            {
                _messages.Remove(old.MessageId);
                Record(HistoryKind.MessageDeleted, message, []);
            }
            return _drafts[index];
        }
    }

    /// <summary>Forgets the draft; <paramref name="deleteMessage"/> also removes its message (drafts.delete, not drafts.send).</summary>
    internal void RemoveDraft(string id, bool deleteMessage)
    {
        GmailDraft draft;
        lock (_gate)
        {
            draft = _drafts.FirstOrDefault(d => d.Id == id) ?? throw ApiException.NotFound();
            _drafts.Remove(draft);
        }
        if (deleteMessage && Find(draft.MessageId) is not null) Delete(draft.MessageId);
    }
}
