#!/usr/bin/env bash
# Packs every MCP server (each project with a .mcp/server.json) the ways people install MCP servers:
#   artifacts/package/<Id>.<version>.nupkg            .NET tool package (package types DotnetTool and McpServer, with
#                                                      .mcp/server.json): `dotnet tool install` / `dnx` pick the next one
#   artifacts/package/<Id>.linux-x64.<version>.nupkg  the same tool as a Native AOT binary for linux-x64
#   artifacts/bundles/<command>.mcpb                   a Claude Desktop bundle (manifest from scripts/packaging.py, checked
#                                                      and packed with npm @anthropic-ai/mcpb) holding the published binary
#                                                      (mcp-playwright: with its worker, self-contained, and Playwright's driver)
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

stage=""
trap 'rm -rf "$stage"' EXIT  # a failed step leaves no staged bundle (mcp-playwright's is ~290 MB) behind
for key in $(python3 -c 'import json; print(" ".join(json.load(open("packaging/servers.json"))["servers"]))'); do
  stage=$(mktemp -d)
  python3 scripts/packaging.py manifest "$key" --binaries artifacts/publish > "$stage/manifest.json"
  command=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$stage/manifest.json")
  project=$(python3 -c 'import json,sys; print(json.load(open("packaging/servers.json"))["servers"][sys.argv[1]]["project"])' "$key")
  mapfile -t publish_options < <(python3 -c 'import json,sys; print("\n".join(json.load(open("packaging/servers.json"))["servers"][sys.argv[1]].get("bundlePublish", [])))' "$key")
  if [ -n "${publish_options[*]}" ]; then
    # Published for the bundle with its own options (mcp-playwright: a self-contained worker beside the server).
    dotnet publish "$project" -c Release -r linux-x64 "${publish_options[@]}" -o "$stage/server" -nologo -clp:ErrorsOnly -warnaserror
    find "$stage/server" -name '*.dbg' -delete
  else
    mkdir "$stage/server"
    # The binary and any native library published beside it (SQLite's), not the debug symbols.
    find "artifacts/publish/$(basename "$project" .csproj)/release" -maxdepth 1 -type f ! -name '*.dbg' -exec cp {} "$stage/server/" \;
  fi
  echo "bundling $command"
  "$mcpb" validate "$stage/manifest.json"
  "$mcpb" pack "$stage" "artifacts/bundles/$command.mcpb" > /dev/null
  rm -rf "$stage"
done
ls -l artifacts/package artifacts/bundles
