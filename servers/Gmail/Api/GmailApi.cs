using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using McpServers.Google.Accounts;
using McpServers.Google.Http;
using static McpServers.Gmail.GmailScopes;

namespace McpServers.Gmail.Api;

/// <summary>
/// The Gmail API v1 calls mcp-gmail makes, typed, for one account at a time (<c>users/me</c>: the account's own mailbox).
/// Messages are read as <c>format=raw</c> and parsed with MimeKit, so what the tools show is the message itself.
/// </summary>
internal sealed class GmailApi(GoogleApiClient client)
{
    /// <summary>Above this a message goes through the media upload endpoint (Gmail refuses JSON bodies over 5 MB; base64 adds a third).</summary>
    public const int LargestJsonMessage = 3 * 1024 * 1024;

    /// <summary>Gmail's limit for an uploaded message.</summary>
    public const long LargestMessage = 36_700_160;

    private const string Me = "gmail/v1/users/me/";

    public Task<GmailProfile> ProfileAsync(GoogleAccount account, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "profile", [.. ForReading, Compose]), GmailJson.Default.GmailProfile, ct);

    public Task<GmailMessageList> ListMessagesAsync(GoogleAccount account, string? query, int maxResults, string? pageToken, bool includeSpamTrash,
        IReadOnlyList<string>? labelIds, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "messages", ForReading)
            .With("q", query).With("maxResults", maxResults).With("pageToken", pageToken).With("includeSpamTrash", includeSpamTrash ? true : null)
            .WithEach("labelIds", labelIds)
            .With("fields", "messages(id,threadId),nextPageToken,resultSizeEstimate"), GmailJson.Default.GmailMessageList, ct);

    public Task<GmailMessage> MetadataAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "messages/" + GoogleRequest.Segment(id), ForReading, $"message '{id}'")
            .With("format", "metadata").WithEach("metadataHeaders", ["From", "To", "Subject", "Date"])
            .With("fields", "id,threadId,labelIds,snippet,internalDate,payload/headers"), GmailJson.Default.GmailMessage, ct);

    public Task<GmailMessage> RawAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "messages/" + GoogleRequest.Segment(id), ForReading, $"message '{id}'").With("format", "raw"),
            GmailJson.Default.GmailMessage, ct);

    public Task<GmailThread> ThreadAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "threads/" + GoogleRequest.Segment(id), ForReading, $"thread '{id}'")
            .With("format", "minimal").With("fields", "id,messages(id,threadId,labelIds,internalDate)"), GmailJson.Default.GmailThread, ct);

    public Task<GmailMessage> SendAsync(GoogleAccount account, byte[] mime, string? threadId, CancellationToken ct) =>
        client.SendAsync(account, MessageUpload("messages/send", mime, threadId, ForSending, null), GmailJson.Default.GmailMessage, ct);

    public Task<GmailDraft> CreateDraftAsync(GoogleAccount account, byte[] mime, string? threadId, CancellationToken ct) =>
        client.SendAsync(account, DraftUpload(HttpMethod.Post, "drafts", mime, threadId, null), GmailJson.Default.GmailDraft, ct);

    public Task<GmailDraft> UpdateDraftAsync(GoogleAccount account, string draftId, byte[] mime, string? threadId, CancellationToken ct) =>
        client.SendAsync(account, DraftUpload(HttpMethod.Put, "drafts/" + GoogleRequest.Segment(draftId), mime, threadId, draftId), GmailJson.Default.GmailDraft, ct);

    public Task<GmailDraft> DraftAsync(GoogleAccount account, string draftId, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "drafts/" + GoogleRequest.Segment(draftId), ForDrafts.Concat([Readonly]).ToList(), $"draft '{draftId}'")
            .With("format", "raw"), GmailJson.Default.GmailDraft, ct);

    public Task<GmailDraftList> ListDraftsAsync(GoogleAccount account, int maxResults, string? pageToken, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "drafts", ForDrafts.Concat([Readonly]).ToList()).With("maxResults", maxResults).With("pageToken", pageToken),
            GmailJson.Default.GmailDraftList, ct);

    public Task<GmailMessage> SendDraftAsync(GoogleAccount account, string draftId, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Me + "drafts/send", new GmailDraftRequest(null) { Id = draftId }, GmailJson.Default.GmailDraftRequest,
            ForDrafts, $"draft '{draftId}'"), GmailJson.Default.GmailMessage, ct);

    public Task DeleteDraftAsync(GoogleAccount account, string draftId, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Gmail, HttpMethod.Delete, Me + "drafts/" + GoogleRequest.Segment(draftId))
            { Scopes = ForDrafts, Subject = $"draft '{draftId}'" }, ct);

    public Task<GmailMessage> ModifyAsync(GoogleAccount account, string id, GmailModifyRequest change, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Me + "messages/" + GoogleRequest.Segment(id) + "/modify", change, GmailJson.Default.GmailModifyRequest,
            ForChanging, $"message '{id}'"), GmailJson.Default.GmailMessage, ct);

    public Task BatchModifyAsync(GoogleAccount account, GmailBatchModifyRequest change, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Me + "messages/batchModify", change, GmailJson.Default.GmailBatchModifyRequest, ForChanging, null), ct);

    public Task<GmailMessage> TrashAsync(GoogleAccount account, string id, bool untrash, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Gmail, HttpMethod.Post, Me + "messages/" + GoogleRequest.Segment(id) + (untrash ? "/untrash" : "/trash"))
            { Scopes = ForChanging, Subject = $"message '{id}'" }, GmailJson.Default.GmailMessage, ct);

    public Task DeleteAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Gmail, HttpMethod.Delete, Me + "messages/" + GoogleRequest.Segment(id))
            { Scopes = ForDeleting, Subject = $"message '{id}'" }, ct);

    public Task<GmailLabelList> LabelsAsync(GoogleAccount account, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "labels", ForLabels.Concat([Readonly]).ToList()), GmailJson.Default.GmailLabelList, ct);

    public Task<GmailLabel> CreateLabelAsync(GoogleAccount account, GmailLabel label, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Me + "labels", label, GmailJson.Default.GmailLabel, ForLabels, null), GmailJson.Default.GmailLabel, ct);

    public Task<GmailLabel> PatchLabelAsync(GoogleAccount account, string id, GmailLabel label, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Patch, Me + "labels/" + GoogleRequest.Segment(id), label, GmailJson.Default.GmailLabel, ForLabels, $"label '{id}'"),
            GmailJson.Default.GmailLabel, ct);

    public Task DeleteLabelAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Gmail, HttpMethod.Delete, Me + "labels/" + GoogleRequest.Segment(id))
            { Scopes = ForLabels, Subject = $"label '{id}'" }, ct);

    public Task<GmailFilterList> FiltersAsync(GoogleAccount account, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "settings/filters", ForFilters.Concat(ForReading).ToList()), GmailJson.Default.GmailFilterList, ct);

    public Task<GmailFilter> CreateFilterAsync(GoogleAccount account, GmailFilter filter, CancellationToken ct) =>
        client.SendAsync(account, Json(HttpMethod.Post, Me + "settings/filters", filter, GmailJson.Default.GmailFilter, ForFilters, null), GmailJson.Default.GmailFilter, ct);

    public Task DeleteFilterAsync(GoogleAccount account, string id, CancellationToken ct) =>
        client.SendAsync(account, new GoogleRequest(GoogleApi.Gmail, HttpMethod.Delete, Me + "settings/filters/" + GoogleRequest.Segment(id))
            { Scopes = ForFilters, Subject = $"filter '{id}'" }, ct);

    public Task<GmailHistoryList> HistoryAsync(GoogleAccount account, string startHistoryId, string? pageToken, int maxResults, CancellationToken ct) =>
        client.SendAsync(account, Get(Me + "history", ForReading, $"history from id '{startHistoryId}' (too old: Gmail keeps about a week; list messages instead)")
            .With("startHistoryId", startHistoryId).With("pageToken", pageToken).With("maxResults", maxResults), GmailJson.Default.GmailHistoryList, ct);

    private static GoogleRequest Get(string path, IReadOnlyList<string> scopes, string? subject = null) =>
        new(GoogleApi.Gmail, HttpMethod.Get, path) { Scopes = scopes, Subject = subject };

    private static GoogleRequest Json<T>(HttpMethod method, string path, T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        IReadOnlyList<string> scopes, string? subject) =>
        new(GoogleApi.Gmail, method, path)
        {
            Content = GoogleRequest.Json(body, type),
            Scopes = scopes,
            Subject = subject,
        };

    // Small messages go as JSON {raw}; large ones through /upload/ as multipart/related (metadata + the message), which
    // also carries the thread id, up to Gmail's 35 MiB.
    private static GoogleRequest MessageUpload(string what, byte[] mime, string? threadId, IReadOnlyList<string> scopes, string? subject)
    {
        if (mime.Length <= LargestJsonMessage)
            return Json(HttpMethod.Post, Me + what, new GmailSendRequest { Raw = Base64Url.Encode(mime), ThreadId = threadId }, GmailJson.Default.GmailSendRequest, scopes, subject);
        return new GoogleRequest(GoogleApi.Gmail, HttpMethod.Post, "upload/" + Me + what)
        {
            Content = Multipart(JsonSerializer.SerializeToUtf8Bytes(new GmailUploadMetadata { ThreadId = threadId }, GmailJson.Default.GmailUploadMetadata), mime),
            Scopes = scopes,
            Subject = subject,
        }.With("uploadType", "multipart");
    }

    private static GoogleRequest DraftUpload(HttpMethod method, string what, byte[] mime, string? threadId, string? draftId)
    {
        var subject = draftId is null ? null : $"draft '{draftId}'";
        if (mime.Length <= LargestJsonMessage)
            return Json(method, Me + what, new GmailDraftRequest(new GmailSendRequest { Raw = Base64Url.Encode(mime), ThreadId = threadId }) { Id = draftId },
                GmailJson.Default.GmailDraftRequest, ForDrafts, subject);
        var metadata = JsonSerializer.SerializeToUtf8Bytes(new GmailDraftUploadMetadata(new GmailUploadMetadata { ThreadId = threadId }) { Id = draftId },
            GmailJson.Default.GmailDraftUploadMetadata);
        return new GoogleRequest(GoogleApi.Gmail, method, "upload/" + Me + what) { Content = Multipart(metadata, mime), Scopes = ForDrafts, Subject = subject }
            .With("uploadType", "multipart");
    }

    private static MultipartContent Multipart(byte[] metadata, byte[] mime)
    {
        var content = new MultipartContent("related", "mcp_gmail_" + Guid.NewGuid().ToString("N"));
        content.Add(new ByteArrayContent(metadata) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" } } });
        content.Add(new ByteArrayContent(mime) { Headers = { ContentType = new MediaTypeHeaderValue("message/rfc822") } });
        return content;
    }
}

internal sealed record GmailUploadMetadata
{
    [System.Text.Json.Serialization.JsonPropertyName("threadId"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? ThreadId { get; init; }
}

internal sealed record GmailDraftUploadMetadata([property: System.Text.Json.Serialization.JsonPropertyName("message")] GmailUploadMetadata Message)
{
    [System.Text.Json.Serialization.JsonPropertyName("id"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }
}
