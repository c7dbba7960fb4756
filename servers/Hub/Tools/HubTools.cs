using System.ComponentModel;
using McpServers.Hosting;
using McpServers.Hosting.Sessions;
using McpServers.Hub.Aggregation;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hub.Tools;

/// <summary>The hub's own tools, beside the servers' tools it offers.</summary>
[McpServerToolType]
internal sealed class HubTools(HubServers servers, McpSessionRegistry sessions)
{
    public const int MaxBatch = 100;

    [McpServerTool(Name = "hub_servers", Title = "Servers behind the hub", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(ServerList))]
    [Description("The servers the hub runs: status (starting, running, unhealthy, restarting, stopped, crash-loop), process id, restarts, "
        + "last error, tool count, and for perClient servers the process ids of the clients' own processes.")]
    public CallToolResult Servers()
    {
        var entries = servers.Servers.Select(s => new ServerEntry(s.Config.Name, s.Status, s.Child?.ProcessId, s.StartedAt, s.Restarts,
            s.LastHealthCheck, s.LastError, s.Tools.Count, [.. servers.ClientProcessesOf(s.Config.Name).Select(p => p.Pid)])).ToList();
        return ToolResults.Structured(new ServerList(entries), HubJson.Default.ServerList,
            string.Join("\n", entries.Select(e => $"{e.Name}: {e.Status}{(e.Pid is { } pid ? $", pid {pid}" : "")}, {e.Tools} tools, {e.Restarts} restarts"
                + (e.LastError is { } error ? $" (last error: {error})" : ""))));
    }

    [McpServerTool(Name = "hub_find_tools", Title = "Find tools across servers", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(FoundTools))]
    [Description("Search the tools of every server behind the hub by name and description (every word must appear). Names first, then descriptions.")]
    public CallToolResult FindTools(
        [Description("Words to look for, e.g. \"create entity\"")] string query,
        [Description("Most results (1-100, default 20)")] int limit = 20)
    {
        if (limit is < 1 or > 100)
            throw new ToolInputException("'limit' must be between 1 and 100.");
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            throw new ToolInputException("'query' needs at least one word.");
        bool In(string? text) => text is not null && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        var found = servers.Tools()
            .Where(t => In(t.Name) || In(t.Tool.Description))
            .OrderBy(t => In(t.Name) ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(t => new FoundTool(t.Name, t.Server.Config.Name, t.Tool.Description))
            .ToList();
        return ToolResults.Structured(new FoundTools(found), HubJson.Default.FoundTools,
            found.Count == 0 ? $"No tool matches \"{query}\"." : string.Join("\n", found.Select(f => $"{f.Name}: {f.Description}")));
    }

    [McpServerTool(Name = "hub_call_batch", Title = "Call many tools at once", UseStructuredContent = true, OutputSchemaType = typeof(BatchResults))]
    [Description("Call many tools across the servers at once. Results come back in the order of the calls, each with its own error; "
        + "at most 'concurrency' run at a time and each is cut off after 'timeoutSeconds'.")]
    public async Task<CallToolResult> CallBatchAsync(
        McpServer server,
        [Description("The calls: [{\"tool\": \"memory__read_graph\", \"arguments\": {...}}, ...] (at most 100)")] IReadOnlyList<BatchCall> calls,
        [Description("Calls running at once (1-16, default 4)")] int concurrency = 4,
        [Description("Longest one call may take, in seconds (1-600, default 60)")] double timeoutSeconds = 60,
        CancellationToken cancellationToken = default)
    {
        if (calls.Count is 0 or > MaxBatch)
            throw new ToolInputException($"'calls' must hold 1 to {MaxBatch} calls.");
        if (concurrency is < 1 or > 16)
            throw new ToolInputException("'concurrency' must be between 1 and 16.");
        if (timeoutSeconds is < 1 or > 600)
            throw new ToolInputException("'timeoutSeconds' must be between 1 and 600.");
        var client = sessions.Identify(server).Key;
        using var slots = new SemaphoreSlim(concurrency);
        var results = await Task.WhenAll(calls.Select(async (call, index) =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await CallOneAsync(index, call, client, TimeSpan.FromSeconds(timeoutSeconds), cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));
        var failed = results.Count(r => r.IsError);
        return ToolResults.Structured(new BatchResults(results), HubJson.Default.BatchResults,
            $"{results.Length} calls: {results.Length - failed} succeeded, {failed} failed.");
    }

    [McpServerTool(Name = "hub_restart_server", Title = "Restart a server", Destructive = true, UseStructuredContent = true, OutputSchemaType = typeof(RestartedServer))]
    [Description("Restart one server now, also one in crash-loop or stopped; its failure count starts again from zero.")]
    public CallToolResult RestartServer([Description("The server's name in the hub's configuration")] string server)
    {
        var target = servers.Servers.FirstOrDefault(s => s.Config.Name == server)
            ?? throw new ToolInputException($"No server '{server}'; the hub runs: {string.Join(", ", servers.Servers.Select(s => s.Config.Name))}.");
        target.Restart();
        return ToolResults.Structured(new RestartedServer(server, target.Status), HubJson.Default.RestartedServer, $"Restarting '{server}'.");
    }

    private async Task<BatchResult> CallOneAsync(int index, BatchCall call, string? client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (servers.Find(call.Tool) is not { } tool)
            return new BatchResult(index, call.Tool, true, $"Unknown tool: '{call.Tool}' (hub_find_tools finds tools; the hub's own tools cannot be batched).", null);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var result = await servers.CallAsync(tool, client, call.Arguments, null, limit.Token);
            return new BatchResult(index, call.Tool, result.IsError == true,
                string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text)), result.StructuredContent);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new BatchResult(index, call.Tool, true, $"Timed out after {timeout.TotalSeconds:0.#} s.", null);
        }
        catch (McpException e)
        {
            return new BatchResult(index, call.Tool, true, e.Message, null);
        }
    }
}
