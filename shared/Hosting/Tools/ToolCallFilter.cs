using McpServers.Hosting.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpServers.Hosting;

/// <summary>
/// The one error path of every tool call: arguments are checked against the tool's input schema before it runs, and a
/// <see cref="ToolInputException"/> or an exception the server declares (<see cref="McpServerDefinition.DescribeToolError"/>)
/// becomes an <c>isError</c> result with its message. Anything else is logged as an exception and left to the SDK.
/// </summary>
internal sealed class ToolCallFilter(Func<Exception, IServiceProvider, string?>? describe)
{
    public McpRequestHandler<CallToolRequestParams, CallToolResult> Wrap(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var name = context.Params?.Name ?? "";
            if (context.MatchedPrimitive is McpServerTool tool)
            {
                var problems = ToolArgumentValidator.Validate(tool.ProtocolTool.InputSchema, context.Params?.Arguments);
                if (problems.Count > 0)
                    return ToolResults.Error(ToolArgumentValidator.Message(name, problems));
            }
            try
            {
                return await next(context, cancellationToken);
            }
            catch (ToolInputException e)
            {
                return ToolResults.Error(e.Message);
            }
            catch (Exception e) when (context.Services is { } services && describe?.Invoke(e, services) is { } message)
            {
                return ToolResults.Error(message);
            }
            catch (Exception e) when (e is not OperationCanceledException and not McpProtocolException)
            {
                if (context.Services?.GetService<ILogger<ToolCallFilter>>() is { } logger)
                    HostingLog.ToolFailed(logger, name, e);
                throw;
            }
        };
}
