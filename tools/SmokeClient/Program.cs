using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

// Launches an MCP server over stdio like any client would, lists its tools and calls one:
//   mcp-smoke <server-executable> <tool> '<json-arguments>' [-- server args...]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: mcp-smoke <server-executable> <tool> '<json-arguments>' [-- server-args...]");
    return 2;
}
var serverArgs = args.SkipWhile(a => a != "--").Skip(1).ToList();
await using var client = await McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
{
    Command = Path.GetFullPath(args[0]),
    Arguments = serverArgs,
    StandardErrorLines = line => Console.Error.WriteLine($"  [server] {line}"),
}));
var tools = await client.ListToolsAsync();
Console.WriteLine($"{client.ServerInfo?.Name} {client.ServerInfo?.Version}: {tools.Count} tools: {string.Join(", ", tools.Select(t => t.Name))}");
var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(args[2]) ?? [];
var result = await client.CallToolAsync(args[1], arguments);
var text = string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));
Console.WriteLine($"{args[1]} {args[2]} -> {(result.IsError == true ? "ERROR " : "")}{(text.Length > 400 ? text[..400] + "..." : text)}");
return result.IsError == true ? 1 : 0;
