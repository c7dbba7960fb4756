using McpServers.Hub.Logs;

namespace McpServers.Hub.Tests;

/// <summary>Secret masking, level guessing and log rotation, in-process.</summary>
public sealed class HubLogTests
{
    [Theory]
    [InlineData("GET / Authorization: Bearer sk-live-4242 ok", "GET / Authorization: Bearer *** ok")]
    [InlineData("{\"authorization\":\"Basic dXNlcjpwYXNz\"}", "{\"authorization\":\"Basic ***\"}")]
    [InlineData("calling https://x.test/feed?token=abc123&page=2", "calling https://x.test/feed?token=***&page=2")]
    [InlineData("access_token: \"ya29.a0Af\" refresh in 3600", "access_token: \"***\" refresh in 3600")]
    [InlineData("using password=hunter2, user=bob", "using password=***, user=bob")]
    [InlineData("key from env is s3cr3t-VALUE!", "key from env is ***!")]
    [InlineData("plain line with no secret", "plain line with no secret")]
    public void Secrets_AreMasked_OnceAndForAll(string line, string expected)
    {
        Assert.Equal(expected, SecretMask.Apply(line, ["s3cr3t-VALUE"]));
        Assert.Equal(expected, SecretMask.Apply(expected, ["s3cr3t-VALUE"]));
    }

    [Theory]
    [InlineData("error: could not open the file", "error")]
    [InlineData("17:01:02.123 fail: McpServers.Rss[3] boom", "error")]
    [InlineData("[WARN] slow response", "warning")]
    [InlineData("dbug: McpServers.Hosting[1] details", "debug")]
    [InlineData("info: listening", "info")]
    [InlineData("a line without a level word", "info")]
    public void LineLevel_IsGuessedFromItsFirstWords(string line, string level) => Assert.Equal(level, LogLevels.Guess(line));

    [Fact]
    public void LogFile_RollsOverAtItsSize_AndKeepsAtMostTheConfiguredFiles()
    {
        var folder = Directory.CreateTempSubdirectory("mcp-hub-log-").FullName;
        try
        {
            var path = Path.Combine(folder, "s.log");
            using (var file = new RotatingLogFile(path, maxBytes: 1000, files: 3))
            {
                for (var i = 0; i < 100; i++)
                    file.WriteLine($"line {i:000} " + new string('x', 90)); // 100 bytes a line: 10 per file
            }
            Assert.Equal(["s.log", "s.log.1", "s.log.2"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            Assert.All(Directory.GetFiles(folder), f => Assert.True(new FileInfo(f).Length <= 1000));
            Assert.EndsWith("x", File.ReadAllLines(path)[^1], StringComparison.Ordinal);
            Assert.StartsWith("line 099", File.ReadAllLines(path)[^1], StringComparison.Ordinal);
            Assert.StartsWith("line 070", File.ReadAllLines(path + ".2")[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
