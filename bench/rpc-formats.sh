#!/usr/bin/env bash
# Formatter and framing of the worker channel, measured (issue 16): StreamJsonRpc with System.Text.Json, header-delimited,
# against Nerdbank MessagePack, length-prefixed; both ends Native AOT, worker a child process over stdio; a no-op call and a
# call answering a 20 KB snapshot; 2,000 calls after 200 warm-up calls. Usage: bench/rpc-formats.sh [calls=2000].
# Writes docs/benchmarks.md (section "rpc-formats") and nothing else in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish bench/RpcFormatsBench -c Release -nologo -clp:ErrorsOnly -o "$work/bin" >/dev/null
"$work/bin/rpc-formats-bench" "$calls" "$work/rows.md"
{
  echo "Run: \`bench/rpc-formats.sh $calls\` on $(nproc) cores, $(date -u +%Y-%m-%d); StreamJsonRpc 2.26.150, both ends Native AOT."
  echo
  echo "| formatter, framing | call | median (µs) | p95 (µs) | p99 (µs) |"
  echo "|---|---|---:|---:|---:|"
  cat "$work/rows.md"
} > "$work/table.md"
python3 bench/update-section.py rpc-formats "$work/table.md"
cat "$work/table.md"
