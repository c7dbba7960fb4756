using McpServers.Hosting;
using McpServers.TestServer;

return await McpHost.RunAsync(args, TestServerDefinition.Create());
