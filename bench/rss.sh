#!/usr/bin/env bash
# mcp-rss's parser vs npm rss-parser (pinned in bench/package.json) on the same corpus (tests/McpServers.Rss.Tests/Feeds):
# feeds parsed, non-feeds rejected, documents per second. Usage: bench/rss.sh [repetitions=50]. Writes docs/benchmarks.md ("rss").
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-50}
corpus=tests/McpServers.Rss.Tests/Feeds

(cd bench && npm ci --no-audit --no-fund --loglevel=error)
dotnet build bench/RssBench -c Release -nologo -clp:ErrorsOnly

ours=$(artifacts/bin/McpServers.Bench.Rss/release/rss-bench "$corpus" "$repetitions")
peer=$(node bench/rss-parser-bench.mjs "$corpus" "$repetitions")
table=$(mktemp)
python3 - "$ours" "$peer" "$repetitions" > "$table" <<'PY'
import json, sys
ours, peer, n = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
feeds = ours["ok"] + ours["failed"]
print(f"Run: `bench/rss.sh {n}`: every document of the corpus ({feeds} feeds with expectations + {ours['nonFeeds']} non-feed XML files) parsed {n} times after 3 warm-up rounds, one process each, same machine.")
print()
print("| measurement | mcp-rss parser | rss-parser 3.13.0 | ratio |")
print("|---|---:|---:|---:|")
print(f"| feeds parsed without error (of {feeds}) | {ours['ok']} | {peer['ok']} | |")
print(f"| non-feed XML rejected (of {ours['nonFeeds']}) | {ours['nonFeedsRejected']} | {peer['nonFeedsRejected']} | |")
print(f"| documents per second | {ours['docsPerSecond']} | {peer['docsPerSecond']} | {ours['docsPerSecond'] / peer['docsPerSecond']:.1f}x |")
for row in (ours, peer):
    if row["failedFiles"]:
        print(f"\n{row['parser']} failed on: {row['failedFiles']}")
PY
python3 bench/update-section.py rss "$table"
cat "$table"
rm -f "$table"
