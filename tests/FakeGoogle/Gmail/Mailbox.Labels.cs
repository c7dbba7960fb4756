using McpServers.FakeGoogle.Hosting;

namespace McpServers.FakeGoogle.Gmail;

public sealed partial class Mailbox
{
    private readonly Dictionary<string, GmailLabel> _labels = new(StringComparer.Ordinal);
    private int _nextLabel;

    /// <summary>System labels first, then user labels in creation order.</summary>
    public IReadOnlyList<GmailLabel> Labels
    {
        get
        {
            lock (_gate) return _labels.Values.ToArray();
        }
    }

    internal GmailLabel? FindLabel(string id)
    {
        lock (_gate) return _labels.GetValueOrDefault(id);
    }

    /// <summary>The id of the label with this name, matched as Gmail search does (case-insensitive, '-' for space or '/').</summary>
    internal string? LabelIdByName(string name)
    {
        var wanted = SearchName(name);
        lock (_gate)
            return _labels.Values.FirstOrDefault(l => SearchName(l.Name) == wanted || SearchName(l.Id) == wanted)?.Id;
    }

    internal GmailLabel CreateLabel(GmailLabel label)
    {
        lock (_gate)
        {
            RequireFreeName(label.Name, exceptId: null);
            var created = label with { Id = $"Label_{++_nextLabel}", Type = "user" };
            _labels[created.Id] = created;
            return created;
        }
    }

    internal GmailLabel ReplaceLabel(GmailLabel label)
    {
        lock (_gate)
        {
            var existing = _labels.GetValueOrDefault(label.Id) ?? throw ApiException.NotFound();
            if (existing.IsSystem) throw ApiException.BadRequest("Invalid label name");
            RequireFreeName(label.Name, label.Id);
            _labels[label.Id] = label with { Type = "user" };
            return _labels[label.Id];
        }
    }

    /// <summary>Deletes a user label and takes it off every message (recorded as labelRemoved).</summary>
    internal void DeleteLabel(string id)
    {
        lock (_gate)
        {
            var label = _labels.GetValueOrDefault(id) ?? throw ApiException.NotFound();
            if (label.IsSystem) throw ApiException.BadRequest("Invalid delete request");
            foreach (var message in _messages.Values.Where(m => m.Has(id)).ToArray()) ApplyLabels(message, [], [id]);
            _labels.Remove(id);
        }
    }

    // Callers hold the lock.
    private void RequireLabel(string id)
    {
        if (!_labels.ContainsKey(id)) throw ApiException.BadRequest($"Invalid label: {id}");
    }

    private void RequireFreeName(string name, string? exceptId)
    {
        if (string.IsNullOrWhiteSpace(name)) throw ApiException.BadRequest("Invalid label name");
        if (_labels.Values.Any(l => l.Id != exceptId && string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new ApiException(409, "Label name exists or conflicts", "duplicate", "ABORTED");
    }

    private static string SearchName(string name) =>
        name.Trim().ToLowerInvariant().Replace(' ', '-').Replace('/', '-');
}
