using System.Text.Json.Serialization;

namespace McpServers.Google.Http;

/// <summary>Google's error document: <c>{"error": {"code", "message", "status", "errors": [{"reason", ...}], "details"}}</c>.</summary>
internal sealed record GoogleErrorDocument([property: JsonPropertyName("error")] GoogleError? Error);

internal sealed record GoogleError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("errors")] IReadOnlyList<GoogleErrorItem>? Errors,
    [property: JsonPropertyName("details")] IReadOnlyList<GoogleErrorDetail>? Details);

internal sealed record GoogleErrorItem(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("domain")] string? Domain);

internal sealed record GoogleErrorDetail(
    [property: JsonPropertyName("@type")] string? Type,
    [property: JsonPropertyName("reason")] string? Reason);
