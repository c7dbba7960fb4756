using McpServers.Hosting;
using McpServers.Playwright;

return await McpHost.RunAsync(args, PlaywrightServerDefinition.Create());
