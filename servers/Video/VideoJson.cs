using System.Text.Json;
using System.Text.Json.Serialization;
using McpServers.Hosting;
using McpServers.Video.Media;
using McpServers.Video.Tools;

namespace McpServers.Video;

/// <summary>Every type mcp-video's tools take or return, as source-generated JSON (Native AOT: no reflection).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<TimeArgument>))]
[JsonSerializable(typeof(TimeArgument?))]
[JsonSerializable(typeof(VideoInfo))]
[JsonSerializable(typeof(WrittenFile))]
[JsonSerializable(typeof(SceneList))]
[JsonSerializable(typeof(SubtitlePage))]
internal sealed partial class VideoJson : JsonSerializerContext
{
    /// <summary>Options the tools are registered with.</summary>
    public static JsonSerializerOptions ToolOptions => field ??= ToolJson.For(Default);
}
