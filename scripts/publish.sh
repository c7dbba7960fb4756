#!/usr/bin/env bash
# Publishes what users run, at stable paths: artifacts/publish/<Project>/release/<executable>.
# Native AOT for every server whose dependencies allow it (warnings are errors: a trim or AOT warning fails this);
# the Playwright worker is framework-dependent with ReadyToRun (Microsoft.Playwright is not AOT-safe).
# The test suite runs its end-to-end tests against these binaries (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

projects=(
  servers/Memory/McpServers.Memory.csproj
  servers/Rss/McpServers.Rss.csproj
  servers/Video/McpServers.Video.csproj
  servers/Gmail/McpServers.Gmail.csproj
  servers/Calendar/McpServers.Calendar.csproj
  servers/Sheets/McpServers.Sheets.csproj
  servers/Playwright/McpServers.Playwright.csproj
  servers/Hub/McpServers.Hub.csproj
  workers/PlaywrightWorker/McpServers.PlaywrightWorker.csproj
  tests/TestServer/McpServers.TestServer.csproj
)
rm -rf artifacts/publish  # nothing stale survives from an earlier layout
for project in "${projects[@]}"; do
  echo "publishing $project"
  # linux-x64 named, as scripts/pack.sh's tool packages do: they then take this build instead of compiling it again.
  dotnet publish "$project" -c Release -r linux-x64 -o "artifacts/publish/$(basename "$project" .csproj)/release" \
    -nologo -clp:ErrorsOnly -warnaserror
done
