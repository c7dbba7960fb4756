// Starts an MCP server as a command over stdio with the official TypeScript SDK, lists its tools and calls one,
// printing one JSON line: {"tools": [...], "call": ...}.
// Usage: node call-stdio.mjs <tool-name> <json-arguments> -- <command> [args...]
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const separator = process.argv.indexOf("--");
const [toolName, toolArgs] = process.argv.slice(2, separator);
const [command, ...args] = process.argv.slice(separator + 1);
if (separator < 0 || !command) {
  console.error("usage: node call-stdio.mjs <tool-name> <json-arguments> -- <command> [args...]");
  process.exit(2);
}
// The whole environment, not the SDK's safe subset: the command may need more (docker needs DOCKER_HOST).
const transport = new StdioClientTransport({ command, args, env: process.env, stderr: "inherit" });
const client = new Client({ name: "interop-test", version: "1.0.0" });
await client.connect(transport);
const { tools } = await client.listTools();
const call = await client.callTool({ name: toolName, arguments: JSON.parse(toolArgs ?? "{}") });
console.log(JSON.stringify({ tools: tools.map((t) => t.name), call }));
await client.close();
