#!/usr/bin/env bash
# The pool-to-worker hop: median, p95 and p99 of a no-op tool call through WorkerPool to one warm worker (the published
# TestServer, AOT), after 200 warm-up calls. The baseline for replacing the channel (issue: StreamJsonRpc).
# Usage: bench/pool-hop.sh [calls=2000]. Writes docs/benchmarks.md (section "pool-hop").
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-2000}

dotnet build McpServers.sln -c Release -nologo -clp:ErrorsOnly
scripts/publish.sh >/dev/null

table=$(mktemp)
artifacts/bin/McpServers.Bench.PoolHop/release/pool-hop-bench \
  artifacts/publish/McpServers.TestServer/release/mcp-test-server "$calls" "$table"
{
  echo "Run: \`bench/pool-hop.sh $calls\` on $(nproc) cores, $(date -u +%Y-%m-%d); worker: the published TestServer (Native AOT), tool echo, one session."
  echo
  cat "$table"
} > "$table.md"
python3 bench/update-section.py pool-hop "$table.md"
rm -f "$table" "$table.md"
echo "docs/benchmarks.md updated"
