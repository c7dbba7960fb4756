using McpServers.Hosting;
using McpServers.Rss;

return await McpHost.RunAsync(args, RssServerDefinition.Create());
