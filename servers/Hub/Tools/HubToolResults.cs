using System.ComponentModel;
using System.Text.Json;

namespace McpServers.Hub.Tools;

/// <summary>The servers behind the hub.</summary>
internal sealed record ServerList(IReadOnlyList<ServerEntry> Servers);

/// <summary>One server as hub_servers shows it.</summary>
internal sealed record ServerEntry(string Name, string Status, int? Pid, DateTimeOffset? StartedAt, int Restarts,
    DateTimeOffset? LastHealthCheck, string? LastError, int Tools, IReadOnlyList<int> ClientPids);

/// <summary>What hub_find_tools found.</summary>
internal sealed record FoundTools(IReadOnlyList<FoundTool> Tools);

/// <summary>A tool that matched, under the name to call it by.</summary>
internal sealed record FoundTool(string Name, string Server, string? Description);

/// <summary>One call of hub_call_batch.</summary>
internal sealed record BatchCall(
    [property: Description("Tool name as the hub lists it, e.g. memory__read_graph")] string Tool,
    [property: Description("The tool's arguments")] Dictionary<string, JsonElement>? Arguments = null);

/// <summary>The results of hub_call_batch, in the order of the calls.</summary>
internal sealed record BatchResults(IReadOnlyList<BatchResult> Results);

/// <summary>One call's result: its text and structured content, or its error.</summary>
internal sealed record BatchResult(int Index, string Tool, bool IsError, string Text, JsonElement? StructuredContent);

/// <summary>The answer of hub_restart_server.</summary>
internal sealed record RestartedServer(string Server, string Status);
