using McpServers.Hosting;
using McpServers.PlaywrightWorker.Browser;

namespace McpServers.PlaywrightWorker.Tools;

/// <summary>Files a tool writes go into the output folder, by plain file name only (no folders, no "..").</summary>
internal static class OutputFiles
{
    public static string PathFor(BrowserOptions options, string filename)
    {
        var name = Path.GetFileName(filename);
        if (string.IsNullOrWhiteSpace(name) || name != filename || name is "." or "..")
            throw new ToolInputException($"'{filename}' must be a plain file name (no folders); files go to {options.OutputDirectory}.");
        Directory.CreateDirectory(options.OutputDirectory);
        return Path.Combine(options.OutputDirectory, name);
    }
}
