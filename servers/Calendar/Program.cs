using McpServers.Calendar;
using McpServers.Hosting;

return await McpHost.RunAsync(args, CalendarServerDefinition.Create());
