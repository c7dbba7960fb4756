using System.Text.Json.Nodes;
using McpServers.Testing;

namespace McpServers.Gmail.Tests;

/// <summary>Python's standard email package reading a raw message: an independent check of what MimeKit wrote.</summary>
internal static class MimeCheck
{
    public static async Task<JsonNode> ParseAsync(byte[] raw)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "parse_mime.py");
        var input = Path.Combine(Path.GetTempPath(), "mime-" + Guid.NewGuid().ToString("N") + ".eml");
        await File.WriteAllBytesAsync(input, raw);
        try
        {
            var (exit, stdout, stderr) = await ChildProcess.RunAsync("/bin/sh", ["-c", $"python3 '{script}' < '{input}'"]);
            Assert.True(exit == 0, stderr);
            return JsonNode.Parse(stdout)!;
        }
        finally
        {
            File.Delete(input);
        }
    }
}
