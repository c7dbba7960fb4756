using Microsoft.AspNetCore.Http;

namespace McpServers.Hosting.Http;

/// <summary>The <c>MCP-Protocol-Version</c> request header: which revisions we accept and which drop sessions.</summary>
internal static class ProtocolVersionHeader
{
    public const string Name = "MCP-Protocol-Version";

    public static readonly string[] Supported = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"];

    /// <summary>The header value, or null when absent (the spec then says to assume 2025-03-26).</summary>
    public static string? Read(HttpRequest request) =>
        request.Headers[Name] is { Count: > 0 } values && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;

    public static bool IsSupported(string version) => Supported.Contains(version, StringComparer.Ordinal);

    /// <summary>Revisions from 2026-07-28 on have no initialize handshake and no sessions.</summary>
    public static bool IsSessionless(string? version) => version is not null && string.CompareOrdinal(version, "2026-07-28") >= 0;
}
