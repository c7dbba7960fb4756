using McpServers.Hosting;
using McpServers.PlaywrightWorker;

return await McpHost.RunAsync(args, WorkerDefinition.Create());
