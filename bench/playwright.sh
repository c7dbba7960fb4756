#!/usr/bin/env bash
# mcp-playwright vs Microsoft's @playwright/mcp (pinned in bench/package.json), side by side on the same local page
# and the same Debian chromium: new session to first snapshot, warm navigate + snapshot, memory of an idle session,
# and 1/5/10 concurrent HTTP sessions. Usage: bench/playwright.sh [repetitions=3]. Writes docs/benchmarks.md ("playwright").
set -euo pipefail
cd "$(dirname "$0")/.."
repetitions=${1:-3}

scripts/install-deps.sh
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
dotnet build McpServers.sln -c Release -nologo -clp:ErrorsOnly
scripts/publish.sh >/dev/null

table=$(mktemp)
artifacts/bin/McpServers.Bench.Playwright/release/playwright-bench \
  artifacts/publish/McpServers.Playwright/release/mcp-playwright \
  bench/node_modules/@playwright/mcp/cli.js \
  "$repetitions" "$table"
{
  echo "Run: \`bench/playwright.sh $repetitions\` on $(nproc) cores, $(date -u +%Y-%m-%d), Debian chromium $(chromium --version 2>/dev/null | awk '{print $2}'), headless."
  echo "Peer started with --headless --isolated --executable-path /usr/bin/chromium (and --no-sandbox as root); ours with one warm spare."
  echo "Both answer browser_navigate with the page snapshot; the peer writes it to a file in its output folder and links it, ours returns it inline."
  echo
  cat "$table"
} > "$table.md"
python3 bench/update-section.py playwright "$table.md"
rm -f "$table" "$table.md"
echo "docs/benchmarks.md updated"
