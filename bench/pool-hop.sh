#!/usr/bin/env bash
# The pool-to-worker hop, old channel against new, side by side: median, p95 and p99 of a no-op tool call through
# WorkerPool to one warm worker (the TestServer, Native AOT), after 200 warm-up calls. The old channel (MCP, the C# SDK's
# client) is this benchmark and the TestServer as they were at the last commit that had it, built in a temporary folder;
# the new one (StreamJsonRpc) is the working tree. Three runs each, alternating; the table shows each channel's middle run.
# Usage: bench/pool-hop.sh [calls=2000]. Writes docs/benchmarks.md (section "pool-hop") and nothing else in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-2000}
old_rev=4238235  # the last commit whose pool spoke MCP to its workers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive "$old_rev" | tar -x -C "$work"
echo "building the MCP channel ($old_rev) in $work"
(cd "$work" && dotnet build bench/PoolHopBench -c Release -nologo -clp:ErrorsOnly >/dev/null \
  && dotnet publish tests/TestServer -c Release -nologo -clp:ErrorsOnly >/dev/null)
echo "building the StreamJsonRpc channel (working tree)"
dotnet build bench/PoolHopBench -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet publish tests/TestServer -c Release -nologo -clp:ErrorsOnly >/dev/null

run() { # <root> <table file>
  "$1/artifacts/bin/McpServers.Bench.PoolHop/release/pool-hop-bench" \
    "$1/artifacts/publish/McpServers.TestServer/release/mcp-test-server" "$calls" "$2"
}
for i in 1 2 3; do
  run "$work" "$work/old-$i.md"
  run . "$work/new-$i.md"
done
middle() { # the row of the run with the middle median
  for f in "$work/$1"-*.md; do tail -n 1 "$f"; done | sort -t'|' -k3,3n | sed -n 2p
}
{
  echo "Run: \`bench/pool-hop.sh $calls\` on $(nproc) cores, $(date -u +%Y-%m-%d): the pool in the (JIT) benchmark process, the worker the TestServer published as Native AOT, tool \`echo\`, one session; 3 runs per channel, alternating, middle run shown. Old channel: commit $old_rev."
  echo
  head -n 2 "$work/new-1.md"
  middle old
  middle new
} > "$work/table.md"
python3 bench/update-section.py pool-hop "$work/table.md"
cat "$work/table.md"
