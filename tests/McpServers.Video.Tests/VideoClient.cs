using System.Text.Json;
using McpServers.Testing;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace McpServers.Video.Tests;

/// <summary>The built mcp-video over stdio, reading only from the test videos' folder and writing to its own output folder.</summary>
internal sealed class VideoClient : IAsyncDisposable
{
    private VideoClient(McpClient client, string output)
    {
        Client = client;
        Output = output;
    }

    public McpClient Client { get; }

    public string Output { get; }

    public static async Task<VideoClient> StartAsync(TestVideos videos, params string[] args)
    {
        var output = Path.Combine(videos.Folder, "out-" + Guid.NewGuid().ToString("N"));
        return new(await ExecutableLauncher.ConnectAsync("McpServers.Video", "mcp-video",
            ["--allowed-roots", videos.Folder, "--output-dir", output, .. args]), output);
    }

    public Task<CallToolResult> CallAsync(string tool, object arguments, IProgress<ProgressNotificationValue>? progress = null, CancellationToken cancellationToken = default) =>
        Client.CallToolAsync(tool, JsonSerializer.SerializeToElement(arguments).Deserialize<Dictionary<string, object?>>(), progress, cancellationToken: cancellationToken).AsTask();

    public async Task<CallToolResult> OkAsync(string tool, object arguments)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError != true, $"{tool} failed: {Text(result)}");
        return result;
    }

    public static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public static List<byte[]> Images(CallToolResult result) => result.Content.OfType<ImageContentBlock>().Select(i => i.DecodedData.ToArray()).ToList();

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
