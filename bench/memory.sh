#!/usr/bin/env bash
# mcp-memory vs the official @modelcontextprotocol/server-memory (pinned in bench/package.json), side by side on
# the same machine and inputs: 1,000 sequential writes, 8 processes x 200 writes, search on 10,000 entities.
# Usage: bench/memory.sh [repetitions=3]. Writes the table into docs/benchmarks.md (section "memory").
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-3}

(cd bench && npm ci --no-audit --no-fund --loglevel=error)
dotnet build McpServers.sln -c Release -nologo -clp:ErrorsOnly
scripts/publish.sh >/dev/null

table=$(mktemp)
artifacts/bin/McpServers.Bench.Memory/release/memory-bench \
  artifacts/publish/McpServers.Memory/release/mcp-memory \
  bench/node_modules/@modelcontextprotocol/server-memory/dist/index.js \
  "$repetitions" "$table"
{
  echo "Run: \`bench/memory.sh $repetitions\` on $(nproc) cores, $(date -u +%Y-%m-%d). Client: the C# MCP SDK over stdio, one warm-up round discarded."
  echo
  cat "$table"
} > "$table.md"
python3 bench/update-section.py memory "$table.md"
rm -f "$table" "$table.md"
echo "docs/benchmarks.md updated"
