using McpServers.Hosting;
using McpServers.Video;

return await McpHost.RunAsync(args, VideoServerDefinition.Create());
