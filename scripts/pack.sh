#!/usr/bin/env bash
# Packs every MCP server (each project with a .mcp/server.json) the ways people install MCP servers:
#   artifacts/package/<Id>.<version>.nupkg            .NET tool package (package types DotnetTool and McpServer, with
#                                                      .mcp/server.json): `dotnet tool install` / `dnx` pick the next one
#   artifacts/package/<Id>.linux-x64.<version>.nupkg  the same tool as a Native AOT binary for linux-x64
#   artifacts/bundles/<command>.mcpb                   a Claude Desktop bundle (manifest from scripts/packaging.py, checked
#                                                      and packed with npm @anthropic-ai/mcpb) holding the published binary
# Run scripts/publish.sh first (the bundles hold its binaries) and scripts/install-deps.sh (the mcpb CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
mcpb=tests/interop/node_modules/.bin/mcpb
[ -x "$mcpb" ] || { echo "pack.sh: $mcpb is missing; run scripts/install-deps.sh" >&2; exit 1; }

# The server.json files must say what the binaries teach now (options, environment, defaults).
python3 scripts/packaging.py server-json --check --binaries artifacts/publish

rm -rf artifacts/package artifacts/bundles
mkdir -p artifacts/package artifacts/bundles
for server_json in servers/*/.mcp/server.json; do
  folder=$(dirname "$(dirname "$server_json")")
  project=$(ls "$folder"/*.csproj)
  echo "packing $project"
  dotnet pack "$project" -c Release -o artifacts/package -nologo -clp:ErrorsOnly -warnaserror
  dotnet pack "$project" -c Release -r linux-x64 -o artifacts/package -nologo -clp:ErrorsOnly -warnaserror
done

for key in $(python3 -c 'import json; print(" ".join(json.load(open("packaging/servers.json"))["servers"]))'); do
  stage=$(mktemp -d)
  python3 scripts/packaging.py manifest "$key" --binaries artifacts/publish > "$stage/manifest.json"
  command=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$stage/manifest.json")
  project=$(python3 -c 'import json,sys,os; print(os.path.splitext(os.path.basename(json.load(open("packaging/servers.json"))["servers"][sys.argv[1]]["project"]))[0])' "$key")
  mkdir "$stage/server"
  # The binary and any native library published beside it (SQLite's), not the debug symbols.
  find "artifacts/publish/$project/release" -maxdepth 1 -type f ! -name '*.dbg' -exec cp {} "$stage/server/" \;
  echo "bundling $command"
  "$mcpb" validate "$stage/manifest.json"
  "$mcpb" pack "$stage" "artifacts/bundles/$command.mcpb" > /dev/null
  rm -rf "$stage"
done
ls -l artifacts/package artifacts/bundles
