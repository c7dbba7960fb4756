#!/usr/bin/env bash
# The suite's main job on a fresh Debian machine with the .NET 10 SDK: install what is missing, build
# everything, then show each built server answering a real MCP client over stdio (list tools, call one).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
dotnet build McpServers.sln -c Release -nologo -clp:ErrorsOnly
scripts/publish.sh

bin=artifacts/publish
smoke=artifacts/bin/McpServers.SmokeClient/release/mcp-smoke
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
# A two-second test video for mcp-video to look at (it reads only below its working directory by default).
ffmpeg -hide_banner -loglevel error -f lavfi -i "testsrc2=s=320x240:r=25:d=2" -pix_fmt yuv420p "$demo/demo.mp4"

# mcp-hub runs the servers of a Claude Desktop config file: here mcp-memory.
printf '{"mcpServers": {"memory": {"command": "%s", "args": ["--memory-file", "hub-memory.jsonl"]}}}\n' \
  "$PWD/$bin/McpServers.Memory/release/mcp-memory" > "$demo/hub.json"

# server project | executable | tool | arguments | server options
while IFS='|' read -r project exe tool arguments options; do
  [ -x "$bin/$project/release/$exe" ] || continue
  echo "== $exe"
  # shellcheck disable=SC2086
  (cd "$demo" && "$OLDPWD/$smoke" "$OLDPWD/$bin/$project/release/$exe" "$tool" "$arguments" -- $options)
done <<EOF
McpServers.Memory|mcp-memory|create_entities|{"entities":[{"name":"McpServers","entityType":"project","observations":["built by setup.sh"]}]}|
McpServers.Playwright|mcp-playwright|browser_navigate|{"url":"data:text/html,<title>Demo</title><h1>Hello from mcp-playwright</h1><button>Go</button>"}|--warm-workers 0
McpServers.Rss|mcp-rss|list_feeds|{}|--database rss.db --no-background-refresh
McpServers.Video|mcp-video|video_info|{"source":"demo.mp4"}|
McpServers.Gmail|mcp-gmail|list_accounts|{}|
McpServers.Calendar|mcp-calendar|get_current_time|{"timeZone":"Europe/Berlin"}|
McpServers.Sheets|mcp-sheets|list_accounts|{}|
McpServers.Hub|mcp-hub|hub_servers|{}|--config hub.json
EOF
echo "All servers published in $bin/<Project>/release/ (Native AOT; the Playwright worker ReadyToRun). Add one to Claude Desktop with: <executable> --print-config"
