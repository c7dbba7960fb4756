using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hosting;

/// <summary>Progress of a long tool call, sent as <c>notifications/progress</c> when the client asked for it.</summary>
public static class ToolProgress
{
    /// <summary>A reporter (done, total, message), or null when the client sent no progress token.</summary>
    public static Func<double, double, string, Task>? Reporter(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken) =>
        context.Params?.ProgressToken is { } token
            ? (done, total, message) => context.Server.NotifyProgressAsync(token,
                new ProgressNotificationValue { Progress = (float)done, Total = (float)total, Message = message }, cancellationToken: cancellationToken)
            : null;

    /// <summary>
    /// For a server that passes a call on (to a worker, to another server): progress reported there, sent on to this
    /// call's client under the client's own token; null when the client sent no token.
    /// </summary>
    public static IProgress<ProgressNotificationValue>? ForwardTo(RequestContext<CallToolRequestParams> context) =>
        context.Params?.ProgressToken is { } token ? new Forwarder(context.Server, token) : null;

    private sealed class Forwarder(McpServer server, ProgressToken token) : IProgress<ProgressNotificationValue>
    {
        public void Report(ProgressNotificationValue value) => _ = server.NotifyProgressAsync(token, value);
    }
}
