using System.Diagnostics.Metrics;
using McpServers.Hub.Supervision;

namespace McpServers.Hub.Aggregation;

/// <summary>
/// The hub's metrics (System.Diagnostics.Metrics, meter <c>McpServers.Hub</c>), served at <c>/metrics</c> in Prometheus'
/// text format by OpenTelemetry's exporter: per server up, restarts, CPU seconds, RSS, calls, errors and call durations.
/// </summary>
internal sealed class HubMetrics : IDisposable
{
    public const string MeterName = "McpServers.Hub";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public HubMetrics(Func<IReadOnlyList<SupervisedServer>> servers)
    {
        _calls = _meter.CreateCounter<long>("mcp_hub_tool_calls", description: "Tool calls passed to a server");
        _errors = _meter.CreateCounter<long>("mcp_hub_tool_errors", description: "Tool calls that ended in an error");
        _duration = _meter.CreateHistogram<double>("mcp_hub_tool_call_duration", unit: "s", description: "Duration of tool calls through the hub");
        _meter.CreateObservableGauge("mcp_hub_server_up", () => Each(servers(), s => s.Status is ServerStatus.Running or ServerStatus.Unhealthy ? 1 : 0),
            description: "1 when the server runs");
        _meter.CreateObservableCounter("mcp_hub_server_restarts", () => Each(servers(), s => (long)s.Restarts), description: "Restarts of the server");
        _meter.CreateObservableCounter("mcp_hub_server_cpu", () => Each(servers(), s => s.Usage.CpuSecondsBefore + s.Usage.CpuSeconds), unit: "s",
            description: "CPU time of the server's processes");
        _meter.CreateObservableGauge("mcp_hub_server_resident_memory", () => Each(servers(), s => s.Usage.RssBytes), unit: "By",
            description: "Resident memory of the server's process");
    }

    public void Called(SupervisedServer server, TimeSpan duration, bool failed)
    {
        var tag = new KeyValuePair<string, object?>("server", server.Config.Name);
        _calls.Add(1, tag);
        if (failed)
            _errors.Add(1, tag);
        _duration.Record(duration.TotalSeconds, tag);
    }

    private static IEnumerable<Measurement<T>> Each<T>(IReadOnlyList<SupervisedServer> servers, Func<SupervisedServer, T> value) where T : struct =>
        servers.Select(s => new Measurement<T>(value(s), new KeyValuePair<string, object?>("server", s.Config.Name)));

    public void Dispose() => _meter.Dispose();
}
