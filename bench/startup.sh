#!/usr/bin/env bash
# Cold start of every stdio server (spawn -> initialize -> first tool result, median of N, official TypeScript client)
# with idle RSS after that first answer, beside the peers where one exists (the official memory server; @playwright/mcp
# for mcp-playwright, both to a first browser_snapshot); plus mcp-memory vs the official server with process starts
# counted: 8 processes x 200 writes, and 1,000 sequential writes. Runs the published binaries (scripts/publish.sh).
# Usage: bench/startup.sh [repetitions=10]. Writes docs/benchmarks.md ("startup"). Everything runs in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-10}

scripts/install-deps.sh
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
scripts/publish.sh >/dev/null

folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=s=320x240:r=25:d=2" -pix_fmt yuv420p "$folder/demo.mp4"
publish=$PWD/artifacts/publish
peers=$PWD/bench/node_modules
no_sandbox=$([ "$(id -u)" -eq 0 ] && echo '"--no-sandbox",' || true)

cat > "$folder/config.json" <<EOF
{
  "repetitions": $repetitions,
  "idleMs": 3000,
  "folder": "$folder",
  "servers": [
    { "label": "mcp-memory", "command": "$publish/McpServers.Memory/release/mcp-memory", "args": [],
      "env": { "MEMORY_FILE_PATH": "{folder}/memory.jsonl" }, "tool": "create_entities",
      "arguments": { "entities": [ { "name": "Ada", "entityType": "person", "observations": ["first"] } ] } },
    { "label": "official server-memory 2026.8.31 (Node $(node --version))", "command": "node",
      "args": ["$peers/@modelcontextprotocol/server-memory/dist/index.js"],
      "env": { "MEMORY_FILE_PATH": "{folder}/memory.jsonl" }, "tool": "create_entities",
      "arguments": { "entities": [ { "name": "Ada", "entityType": "person", "observations": ["first"] } ] } },
    { "label": "mcp-rss", "command": "$publish/McpServers.Rss/release/mcp-rss",
      "args": ["--database", "{folder}/rss.db", "--no-background-refresh"], "tool": "list_feeds" },
    { "label": "mcp-video", "command": "$publish/McpServers.Video/release/mcp-video",
      "args": ["--allowed-roots", "$folder"], "tool": "video_info", "arguments": { "source": "$folder/demo.mp4" } },
    { "label": "mcp-playwright (first browser_snapshot: spare worker + Chromium)", "command": "$publish/McpServers.Playwright/release/mcp-playwright",
      "args": ["--output-dir", "{folder}/out"], "tool": "browser_snapshot" },
    { "label": "@playwright/mcp 0.0.83 (first browser_snapshot)", "command": "node",
      "args": ["$peers/@playwright/mcp/cli.js", "--headless", "--isolated", "--executable-path", "/usr/bin/chromium", $no_sandbox
               "--output-dir", "{folder}/out"], "tool": "browser_snapshot" }
  ],
  "memory": {
    "repetitions": 3,
    "servers": [
      { "label": "mcp-memory", "command": "$publish/McpServers.Memory/release/mcp-memory", "args": [],
        "env": { "MEMORY_FILE_PATH": "{folder}/memory.jsonl" } },
      { "label": "official server-memory 2026.8.31", "command": "node", "args": ["$peers/@modelcontextprotocol/server-memory/dist/index.js"],
        "env": { "MEMORY_FILE_PATH": "{folder}/memory.jsonl" } }
    ]
  }
}
EOF

(cd bench && node startup.mjs "$folder/config.json") > "$folder/result.json"
python3 - "$folder/result.json" "$repetitions" > "$folder/table.md" <<'PY'
import json, sys, subprocess, datetime, os
result = json.load(open(sys.argv[1])); n = sys.argv[2]
print(f"Run: `bench/startup.sh {n}` on {os.cpu_count()} cores, {datetime.date.today()}; client: the official TypeScript SDK 1.32.2 over stdio "
      "(spawn, initialize, one tool call, result), one discarded run first. RSS: the server process's resident memory right after "
      "that first answer, and idle: 3 s later (for mcp-playwright the server alone; its worker and Chromium are separate processes).")
print()
print("| server | first call | cold start to first result (median of %s) | min-max | RSS after it | idle RSS |" % n)
print("|---|---|---:|---:|---:|---:|")
for s in result["servers"]:
    print(f"| {s['label']} | `{s['tool']}` | {s['medianMs']:.0f} ms | {s['minMs']:.0f}-{s['maxMs']:.0f} ms | {s['rssMiB']:.1f} MiB | {s['idleRssMiB']:.1f} MiB |")
print()
print("mcp-memory against the official server, every process started by the client as Claude Code or an agent framework does "
      "(median of 3; same TypeScript client):")
print()
print("| scenario | " + " | ".join(m["label"] for m in result["memory"]) + " |")
print("|---|" + "---:|" * len(result["memory"]))
print("| 8 processes x 200 writes, process starts included | " + " | ".join(f"{m['parallelSeconds']:.2f} s" for m in result["memory"]) + " |")
print("| entities kept of 1,600 (median, worst) | " + " | ".join(f"{m['parallelKept']:.0f} ({m['parallelKeptMin']})" for m in result["memory"]) + " |")
print("| 1,000 sequential writes | " + " | ".join(f"{m['sequentialSeconds']:.2f} s" for m in result["memory"]) + " |")
PY
cat "$folder/table.md"
python3 bench/update-section.py startup "$folder/table.md"
echo "docs/benchmarks.md updated"
