using McpServers.Hosting;
using McpServers.Hub;
using McpServers.Hub.Supervision;

// The same executable is the hub's orphan reaper when the hub starts it so (see OrphanReaper).
if (Environment.GetEnvironmentVariable(OrphanReaper.EnvironmentVariable) == "1")
    return OrphanReaper.Run();
return await McpHost.RunAsync(args, HubServerDefinition.Create());
