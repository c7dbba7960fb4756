using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using McpServers.Gmail.Api;
using McpServers.Gmail.Mail;
using McpServers.Gmail.Tools;
using McpServers.Hosting;

namespace McpServers.Gmail;

/// <summary>Every type mcp-gmail sends to Gmail, reads from it, or takes and returns in tools, source-generated (Native AOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(GmailMessage))]
[JsonSerializable(typeof(GmailMessageList))]
[JsonSerializable(typeof(GmailThread))]
[JsonSerializable(typeof(GmailModifyRequest))]
[JsonSerializable(typeof(GmailBatchModifyRequest))]
[JsonSerializable(typeof(GmailLabel))]
[JsonSerializable(typeof(GmailLabelList))]
[JsonSerializable(typeof(GmailDraft))]
[JsonSerializable(typeof(GmailDraftList))]
[JsonSerializable(typeof(GmailDraftRequest))]
[JsonSerializable(typeof(GmailFilter))]
[JsonSerializable(typeof(GmailFilterList))]
[JsonSerializable(typeof(GmailHistoryList))]
[JsonSerializable(typeof(GmailProfile))]
[JsonSerializable(typeof(GmailSendRequest))]
[JsonSerializable(typeof(GmailUploadMetadata))]
[JsonSerializable(typeof(GmailDraftUploadMetadata))]
[JsonSerializable(typeof(IReadOnlyList<AttachmentInput>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(SearchResult))]
[JsonSerializable(typeof(EmailView))]
[JsonSerializable(typeof(ThreadView))]
[JsonSerializable(typeof(SentMessage))]
[JsonSerializable(typeof(LabelInfo))]
[JsonSerializable(typeof(LabelList))]
[JsonSerializable(typeof(ModifiedMessages))]
[JsonSerializable(typeof(DraftInfo))]
[JsonSerializable(typeof(DraftList))]
[JsonSerializable(typeof(FilterInfo))]
[JsonSerializable(typeof(FilterList))]
[JsonSerializable(typeof(SavedAttachment))]
[JsonSerializable(typeof(HistoryResult))]
[JsonSerializable(typeof(Done))]
internal sealed partial class GmailJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(JsonTypeInfoResolver.Combine(Default, Google.Tools.GoogleToolJson.Default));
}
