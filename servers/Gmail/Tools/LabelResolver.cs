using McpServers.Gmail.Api;
using McpServers.Google.Accounts;
using McpServers.Hosting;

namespace McpServers.Gmail.Tools;

/// <summary>Label names or ids as a person writes them ("Receipts", "INBOX", "Label_12") turned into Gmail's ids.</summary>
internal sealed class LabelResolver(GmailApi gmail)
{
    public async Task<IReadOnlyList<GmailLabel>> AllAsync(GoogleAccount who, CancellationToken ct) => (await gmail.LabelsAsync(who, ct)).Labels ?? [];

    public async Task<IReadOnlyList<string>> IdsAsync(GoogleAccount who, IReadOnlyList<string>? namesOrIds, string field, CancellationToken ct)
    {
        if (namesOrIds is not { Count: > 0 })
            return [];
        var labels = await AllAsync(who, ct);
        return namesOrIds.Select((wanted, i) =>
            labels.FirstOrDefault(l => l.Id == wanted)?.Id
            ?? labels.FirstOrDefault(l => string.Equals(l.Name, wanted, StringComparison.OrdinalIgnoreCase))?.Id
            ?? throw new ToolInputException($"{field}[{i}]: there is no label '{wanted}'. Labels: {string.Join(", ", labels.Select(l => l.Name))}. "
                + "create_label or get_or_create_label makes one.")).ToList();
    }
}
