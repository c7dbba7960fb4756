using McpServers.Hosting;
using McpServers.Memory;

return await McpHost.RunAsync(args, MemoryServerDefinition.Create());
