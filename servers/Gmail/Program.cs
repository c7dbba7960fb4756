using McpServers.Gmail;
using McpServers.Hosting;

return await McpHost.RunAsync(args, GmailServerDefinition.Create());
