// Cold start of stdio MCP servers, measured with the official TypeScript client (what most clients are built on):
// spawn -> initialize -> one tool call -> result, and the server's resident memory right after that first answer.
// Also mcp-memory against the official memory server: 8 processes x 200 writes counting their starts, and 1,000
// sequential writes. Prints one JSON object; bench/startup.sh turns it into the table in docs/benchmarks.md.
// Usage: node startup.mjs <config.json>   (config: {"repetitions": 10, "folder": "...", "servers": [...], "memory": {...}})
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const rssMiB = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  return Number(line.split(/\s+/)[1]) / 1024;
};

async function connect(server, folder) {
  const transport = new StdioClientTransport({
    command: server.command,
    args: server.args.map((a) => a.replaceAll("{folder}", folder)),
    env: { ...process.env, ...Object.fromEntries(Object.entries(server.env ?? {}).map(([k, v]) => [k, v.replaceAll("{folder}", folder)])) },
    cwd: folder,
    stderr: "ignore",
  });
  const client = new Client({ name: "startup-bench", version: "1" });
  await client.connect(transport);
  return { client, transport };
}

async function coldStart(server) {
  const folder = mkdtempSync(join(config.folder, "run-"));
  try {
    const started = performance.now();
    const { client, transport } = await connect(server, folder);
    const result = await client.callTool({ name: server.tool, arguments: server.arguments ?? {} });
    const elapsed = performance.now() - started;
    if (result.isError) throw new Error(`${server.label}: ${server.tool} failed: ${JSON.stringify(result.content)}`);
    const rss = rssMiB(transport.pid);
    // Idle: what a client that keeps the server open all day pays (our servers trim start-up's heap after 2 s).
    await new Promise((resolve) => setTimeout(resolve, config.idleMs));
    await client.ping();
    const idleRss = rssMiB(transport.pid);
    await client.close();
    return { elapsed, rss, idleRss };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const create = (client, name) =>
  client.callTool({ name: "create_entities", arguments: { entities: [{ name, entityType: "bench", observations: ["created by startup-bench"] }] } });

async function parallelWithStarts(server, processes, perProcess) {
  const folder = mkdtempSync(join(config.folder, "parallel-"));
  try {
    const started = performance.now();
    await Promise.all(Array.from({ length: processes }, async (_, p) => {
      const { client } = await connect(server, folder);
      for (let i = 0; i < perProcess; i++) await create(client, `p${p}-${i}`);
      await client.close();
    }));
    const elapsed = performance.now() - started;
    const { client } = await connect(server, folder);
    const graph = await client.callTool({ name: "read_graph", arguments: {} });
    await client.close();
    const text = graph.structuredContent ? JSON.stringify(graph.structuredContent) : graph.content[0].text;
    return { seconds: elapsed / 1000, kept: JSON.parse(text).entities.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function sequential(server, count) {
  const folder = mkdtempSync(join(config.folder, "sequential-"));
  try {
    const { client } = await connect(server, folder);
    await create(client, "warm-up");
    const started = performance.now();
    for (let i = 0; i < count; i++) await create(client, `entity-${i}`);
    const elapsed = performance.now() - started;
    await client.close();
    return elapsed / 1000;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const output = { servers: [], memory: [] };
for (const server of config.servers) {
  await coldStart(server); // one discarded run: file-system caches warm, as on a machine that has started it before
  const runs = [];
  for (let i = 0; i < config.repetitions; i++) runs.push(await coldStart(server));
  output.servers.push({
    label: server.label,
    tool: server.tool,
    medianMs: median(runs.map((r) => r.elapsed)),
    minMs: Math.min(...runs.map((r) => r.elapsed)),
    maxMs: Math.max(...runs.map((r) => r.elapsed)),
    rssMiB: median(runs.map((r) => r.rss)),
    idleRssMiB: median(runs.map((r) => r.idleRss)),
  });
  console.error(`${server.label}: ${output.servers.at(-1).medianMs.toFixed(0)} ms`);
}
for (const server of config.memory.servers) {
  const parallel = [];
  const sequentialRuns = [];
  for (let i = 0; i < config.memory.repetitions; i++) {
    parallel.push(await parallelWithStarts(server, 8, 200));
    sequentialRuns.push(await sequential(server, 1000));
  }
  output.memory.push({
    label: server.label,
    parallelSeconds: median(parallel.map((r) => r.seconds)),
    parallelKept: median(parallel.map((r) => r.kept)),
    parallelKeptMin: Math.min(...parallel.map((r) => r.kept)),
    sequentialSeconds: median(sequentialRuns),
  });
  console.error(`${server.label}: 8x200 ${output.memory.at(-1).parallelSeconds.toFixed(2)} s`);
}
console.log(JSON.stringify(output));
