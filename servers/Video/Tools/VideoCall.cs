using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Sources;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Video.Tools;

/// <summary>Runs a tool body; bad input, refused sources and ffmpeg failures become error results a person can act on.</summary>
internal static class VideoCall
{
    public static Task<CallToolResult> RunAsync(Func<Task<CallToolResult>> body) => ToolResults.GuardAsync(body, e =>
        e is SourceException or MediaException or ToolInputException ? (e.Message.EndsWith('.') ? e.Message : e.Message + ".") : null);

    /// <summary>Reports progress to the client when it asked for it (sent a progress token).</summary>
    public static Func<double, double, string, Task>? Progress(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken) =>
        context.Params?.ProgressToken is { } token
            ? (done, total, message) => context.Server.NotifyProgressAsync(token,
                new ProgressNotificationValue { Progress = (float)done, Total = (float)total, Message = message }, cancellationToken: cancellationToken)
            : null;

    /// <summary>Seconds from "83.5", "1:23.5" or "0:01:23.5".</summary>
    public static double Seconds(string text, string parameter)
    {
        var parts = text.Trim().Split(':');
        var total = 0.0;
        foreach (var part in parts)
        {
            if (!double.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 0)
                throw new ToolInputException($"'{parameter}' values must be seconds (83.5) or [h:]mm:ss(.fff) (1:23.5); got '{text}'");
            total = total * 60 + value;
        }
        return parts.Length > 3 ? throw new ToolInputException($"'{text}' is not a time") : total;
    }
}

/// <summary>Bad tool input; the message says what is allowed.</summary>
internal sealed class ToolInputException(string message) : Exception(message);
