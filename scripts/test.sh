#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds everything (Release), runs every test project,
# and ends with one line: "tests: N passed, M failed" (", K skipped" when K > 0). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
dotnet build McpServers.sln -c Release -warnaserror -nologo -clp:ErrorsOnly || { echo "tests: 0 passed, 1 failed"; exit 1; }
scripts/publish.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# The tool packages and Claude Desktop bundles the packaging tests install and run.
scripts/pack.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
# End-to-end tests launch the published binaries (Native AOT), so a failure that only AOT has fails the suite.
export MCP_TEST_BINARIES=published

results=artifacts/test-results
rm -rf "$results"
# A test that hangs is stopped after 10 minutes and counts as failed, rather than holding CI until it is killed.
dotnet test McpServers.sln -c Release --no-build --nologo --blame-hang-timeout 10m --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

read -r passed failed skipped < <(python3 scripts/trx-summary.py "$results")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a crashed test host still counts as a failure

# The Docker images: each built and checked over stdio and HTTP is one test (after the others: its builds take the CPU).
timeout 45m docker/test-images.sh 2>&1 | tee "$results/docker-images.log"
images_ok=$(grep -c '^image .*: ok' "$results/docker-images.log" || true)
# Every image not reported ok is a failure, also those never reached (the engine or a base image failed, a timeout).
images_failed=$(( $(ls docker/*.Dockerfile | wc -l) - images_ok ))
passed=$((passed + images_ok))
failed=$((failed + images_failed))
line="tests: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
