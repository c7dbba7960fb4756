// Connects to an MCP server over Streamable HTTP with the official TypeScript SDK,
// lists its tools and calls one, printing one JSON line: {"protocolVersion", "tools": [...], "call": ...}.
// Usage: node list-tools.mjs <endpoint-url> [bearer-token] [tool-name] [json-arguments]
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, token, toolName, toolArgs] = process.argv.slice(2);
if (!url) {
  console.error("usage: node list-tools.mjs <endpoint-url> [bearer-token] [tool-name] [json-arguments]");
  process.exit(2);
}
const headers = token ? { Authorization: `Bearer ${token}` } : {};
const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
const client = new Client({ name: "interop-test", version: "1.0.0" });
await client.connect(transport);
const { tools } = await client.listTools();
const call = toolName ? await client.callTool({ name: toolName, arguments: JSON.parse(toolArgs ?? "{}") }) : null;
console.log(JSON.stringify({ protocolVersion: transport.protocolVersion, tools: tools.map((t) => t.name), call }));
await transport.terminateSession();
await client.close();
