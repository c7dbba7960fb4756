using McpServers.Hosting;
using McpServers.Sheets;

return await McpHost.RunAsync(args, SheetsServerDefinition.Create());
