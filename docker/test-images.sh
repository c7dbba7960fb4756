#!/usr/bin/env bash
# Builds every server's image and checks it the way clients use it (the test suite runs this):
#   over stdio:  docker run -i --rm --network none <image>   a real MCP client (the official TypeScript SDK) lists the
#                                                             tools and calls one
#   over HTTP:   docker run --network host -e MCP_TRANSPORT=http -e MCP_AUTH_TOKEN=...   on a loopback port, with the token
# No image registry is reachable here, so the base images the Dockerfiles name are made locally, under the same tags,
# in an engine of this script's own (never a Docker the machine already runs, whose real images they would shadow):
#   mcr.microsoft.com/dotnet/runtime-deps:10.0    Debian bookworm (debootstrap, minbase) + ca-certificates, libssl3, tzdata
#                                                 (Microsoft's is Ubuntu 24.04 with the same libraries)
#   mcr.microsoft.com/dotnet/sdk:10.0-noble-aot   the same + clang, lld, zlib1g-dev (the Native AOT linker, as in
#                                                 Microsoft's -aot image) + this machine's .NET SDK and NuGet packages,
#                                                 its only package source (RestoreSources): restore never asks the network
#   mcr.microsoft.com/dotnet/aspnet:10.0          runtime-deps + this machine's .NET and ASP.NET Core runtimes (the
#                                                 Playwright image copies /usr/share/dotnet from it)
#   debian:bookworm-slim                          Debian bookworm (minbase), for the Playwright image's Chromium
# Images that install Debian packages of their own (ffmpeg, Chromium) are built with --network host so apt reaches
# Debian's mirror, as debootstrap does; every other build has no network at all.
# The engine is Debian's dockerd (docker.io) with --bridge=none --iptables=false --ip-forward=false: containers get only
# --network none or --network host, and no traffic leaves loopback. It is stopped again at the end.
# Usage: docker/test-images.sh [server...]   (default: all); prints one "image <name>: ok (<size>)" or
#        "image <name>: FAILED" line per image and exits non-zero when any failed.
#        docker/test-images.sh --base-only  (only the engine and the base images)
set -euo pipefail
cd "$(dirname "$0")/.."
servers=("$@")
[ ${#servers[@]} -gt 0 ] || servers=(memory rss video gmail calendar sheets hub playwright)
state=${MCP_DOCKER_STATE:-/var/tmp/mcpservers-docker}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
interop=tests/interop

export DOCKER_HOST=unix://$state/docker.sock
started_engine=""
current_container=""
cleanup() {
  [ -n "$current_container" ] && docker rm -f "$current_container" > /dev/null 2>&1
  if [ -n "$started_engine" ]; then
    docker image prune -f > /dev/null 2>&1  # the build stages and images this run replaced; the bases stay
    kill "$(cat "$state/docker.pid")" 2> /dev/null
  fi
}
trap cleanup EXIT

start_engine() {
  if docker info > /dev/null 2>&1; then return; fi
  command -v dockerd > /dev/null || { echo "test-images.sh: no Docker engine (apt-get install docker.io)" >&2; exit 1; }
  mkdir -p "$state"
  rm -f "$state/docker.pid"
  echo "starting dockerd (data in $state)"
  nohup dockerd --bridge=none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
    --data-root "$state/data" --exec-root "$state/exec" --pidfile "$state/docker.pid" -H "$DOCKER_HOST" > "$state/dockerd.log" 2>&1 &
  started_engine=yes
  for _ in $(seq 1 60); do docker info > /dev/null 2>&1 && return; sleep 0.5; done
  echo "test-images.sh: dockerd did not start; see $state/dockerd.log" >&2
  tail -20 "$state/dockerd.log" >&2
  exit 1
}

# debootstrap a rootfs (cached under $state/rootfs/<name>) with the given packages.
rootfs() {
  local name=$1 packages=$2 target="$state/rootfs/$1"
  if [ ! -f "$target/.complete" ]; then
    rm -rf "$target" && mkdir -p "$target"
    echo "debootstrap $name ($packages)"
    debootstrap --variant=minbase --include="$packages" bookworm "$target" "$mirror" > "$state/debootstrap-$name.log" 2>&1 \
      || { tail -20 "$state/debootstrap-$name.log" >&2; exit 1; }
    # Small images: no package caches, documentation, manuals or translations (tzdata's zoneinfo and the CA store stay).
    rm -rf "$target"/var/cache/apt/archives/*.deb "$target"/var/lib/apt/lists/* "$target"/usr/share/doc/* "$target"/usr/share/man/* \
      "$target"/usr/share/info/* "$target"/usr/share/locale/*
    touch "$target/.complete"
  fi
  echo "$target"
}

# Imports a rootfs folder as an image, with Docker instructions (-c) given after the tag.
import_rootfs() {
  local folder=$1 tag=$2; shift 2
  tar -C "$folder" --exclude=./.complete -c . | docker import "$@" -c 'CMD ["/bin/bash"]' - "$tag" > /dev/null
}

base_images() {
  local base=ca-certificates,libssl3,tzdata deps sdk dotnet key
  dotnet=$(dirname "$(readlink -f "$(command -v dotnet)")")
  deps=$(rootfs runtime-deps "$base" | tail -1)
  docker image inspect mcr.microsoft.com/dotnet/runtime-deps:10.0 > /dev/null 2>&1 || import_rootfs "$deps" mcr.microsoft.com/dotnet/runtime-deps:10.0
  docker image inspect debian:bookworm-slim > /dev/null 2>&1 || import_rootfs "$deps" debian:bookworm-slim
  if ! docker image inspect mcr.microsoft.com/dotnet/aspnet:10.0 > /dev/null 2>&1; then
    mkdir -p "$deps/usr/share/dotnet/shared"
    cp -a "$dotnet/dotnet" "$dotnet/host" "$deps/usr/share/dotnet/"
    cp -a "$dotnet/shared/Microsoft.NETCore.App" "$dotnet/shared/Microsoft.AspNetCore.App" "$deps/usr/share/dotnet/shared/"
    import_rootfs "$deps" mcr.microsoft.com/dotnet/aspnet:10.0
    rm -rf "$deps/usr/share/dotnet"
  fi
  # The SDK image holds this machine's SDK and packages: made again when they (or what the projects ask for) change.
  key=$( (dotnet --version; cat Directory.Packages.props global.json; ls "${NUGET_PACKAGES:-$HOME/.nuget/packages}") | sha256sum | cut -c1-16)
  if [ "$(docker image inspect -f '{{index .Config.Labels "mcpservers.key"}}' mcr.microsoft.com/dotnet/sdk:10.0-noble-aot 2>/dev/null)" != "$key" ]; then
    sdk=$(rootfs sdk "$base,clang,lld,zlib1g-dev,libc6-dev" | tail -1)
    rm -rf "$sdk/usr/share/dotnet" "$sdk/root/.nuget" && mkdir -p "$sdk/usr/share/dotnet" "$sdk/root/.nuget"
    cp -a "$dotnet/." "$sdk/usr/share/dotnet/"
    ln -sf /usr/share/dotnet/dotnet "$sdk/usr/bin/dotnet"
    cp -a "${NUGET_PACKAGES:-$HOME/.nuget/packages}" "$sdk/root/.nuget/packages"
    import_rootfs "$sdk" mcr.microsoft.com/dotnet/sdk:10.0-noble-aot -c "LABEL mcpservers.key=$key" \
      -c 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_CERT_REVOCATION_MODE=offline NuGetAudit=false RestoreSources=/root/.nuget/packages'
    rm -rf "$sdk/usr/share/dotnet" "$sdk/root/.nuget"
  fi
}

# A one-second clip (made by this machine's ffmpeg) for the video image to read from /media.
media() {
  mkdir -p "$state/media"
  [ -f "$state/media/clip.mp4" ] || ffmpeg -loglevel error -f lavfi -i testsrc=duration=1:size=64x48:rate=5 -pix_fmt yuv420p "$state/media/clip.mp4"
}

# The tool each image is checked with, and its arguments.
tool_of() {
  case $1 in
    memory) echo 'create_entities {"entities":[{"name":"image","entityType":"test","observations":["made in a container"]}]}' ;;
    rss) echo 'list_feeds {}' ;;
    video) echo 'video_info {"source":"/media/clip.mp4"}' ;;
    gmail|calendar|sheets) echo 'list_accounts {}' ;;
    hub) echo 'hub_servers {}' ;;
    playwright) echo 'browser_navigate {"url":"data:text/html,<h1>made in a container</h1>"}' ;;
  esac
}

# Builds one image and checks it; every step says what failed (no set -e: it does not hold inside "if").
test_image() {
  local server=$1 image="mcp-$1:test" network=none tool args out
  grep -q 'apt-get install' "docker/$server.Dockerfile" && network=host
  timeout 1200 docker build -q --network "$network" -f "docker/$server.Dockerfile" -t "$image" . > "$state/build-$server.log" 2>&1 \
    || { tail -30 "$state/build-$server.log" >&2; return 1; }
  read -r tool args <<< "$(tool_of "$server")"
  # stdio, no network at all: what a client config's "docker run -i --rm" does.
  local mounts=()
  [ "$server" = video ] && mounts=(-v "$state/media:/media:ro")
  out=$(timeout 300 node "$interop/call-stdio.mjs" "$tool" "$args" -- docker run -i --rm --pull never --network none "${mounts[@]}" "$image") \
    || { echo "$server: over stdio: $out" >&2; return 1; }
  python3 - "$server" "$tool" "$out" <<'PY' || return 1
import json, sys
server, tool, out = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
assert tool in out["tools"], f"{server}: {tool} not in {out['tools']}"
assert out["call"].get("content") and not out["call"].get("isError"), f"{server}: {tool} failed: {out['call']}"
PY
  # HTTP on a loopback port of the host's network, with a token; the health check answers.
  local port token name="mcp-test-$server-$$" status
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  token=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  current_container=$name
  docker run -d --rm --pull never --name "$name" --network host -e MCP_TRANSPORT=http -e MCP_HOST=127.0.0.1 -e MCP_PORT="$port" \
    -e MCP_AUTH_TOKEN="$token" "${mounts[@]}" "$image" > /dev/null || return 1
  for _ in $(seq 1 100); do
    curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    sleep 0.2
  done
  status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/mcp" -X POST -H 'Content-Type: application/json' -d '{}')
  if [ "$status" != 401 ]; then
    echo "$server: /mcp without the token answered $status, not 401" >&2; docker logs "$name" >&2; docker rm -f "$name" > /dev/null; return 1
  fi
  out=$(timeout 300 node "$interop/list-tools.mjs" "http://127.0.0.1:$port/mcp" "$token" "$tool" "$args")
  local listed=$?
  docker rm -f "$name" > /dev/null 2>&1
  current_container=""
  [ $listed -eq 0 ] || { echo "$server: over HTTP: $out" >&2; return 1; }
  python3 -c 'import json,sys; o=json.loads(sys.argv[2]); assert sys.argv[1] in o["tools"] and not o["call"].get("isError"), o' "$tool" "$out" || return 1
  [ "$(docker run --rm --pull never --network none --entrypoint id "$image" -u)" != 0 ] || { echo "$server: the image runs as root" >&2; return 1; }
  # The registry's proof of ownership: the image names the server its server.json describes.
  local named expected
  named=$(docker image inspect -f '{{index .Config.Labels "io.modelcontextprotocol.server.name"}}' "$image")
  expected=$(python3 -c 'import json,os,sys; project = json.load(open("packaging/servers.json"))["servers"][sys.argv[1]]["project"]; print(json.load(open(os.path.join(os.path.dirname(project), ".mcp", "server.json")))["name"])' "$server")
  [ -n "$expected" ] && [ "$named" = "$expected" ] || { echo "$server: label io.modelcontextprotocol.server.name is '$named', not '$expected'" >&2; return 1; }
}

start_engine
base_images
media
[ "${servers[0]}" = --base-only ] && exit 0
failed=0
for server in "${servers[@]}"; do
  echo "building and checking mcp-$server"
  if test_image "$server"; then
    size=$(docker image inspect -f '{{.Size}}' "mcp-$server:test" | awk '{ printf "%.1f MB", $1 / 1000000 }')
    echo "image mcp-$server: ok ($size)"
  else
    echo "image mcp-$server: FAILED"
    failed=$((failed + 1))
  fi
done
echo "images: $(( ${#servers[@]} - failed )) ok, $failed failed"
[ "$failed" -eq 0 ]
