using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace McpServers.Hosting.Logging;

/// <summary>Logging for servers whose stdout may be the protocol: every level goes to stderr, one line each.</summary>
internal static class StderrLogging
{
    public static IServiceCollection AddStderrLogging(this IServiceCollection services, LogLevel minimum) =>
        services.AddLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(minimum);
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.ColorBehavior = LoggerColorBehavior.Disabled;
                console.TimestampFormat = "HH:mm:ss.fff ";
            });
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
