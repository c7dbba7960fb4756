#!/usr/bin/env bash
# Installs what the servers and their tests need and is missing on this machine: Debian packages
# (apt-get) and the npm packages the interop tests and benchmarks use. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
for pkg in $(grep -v '^#' scripts/apt-packages.txt); do
  dpkg -s "$pkg" >/dev/null 2>&1 || apt_packages+=("$pkg")
done
if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "installing Debian packages: ${apt_packages[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

# Every package tests/interop/package.json names must be there (a checkout from before one was added has the others).
missing=$(cd tests/interop && node -e 'const d=require("./package.json").dependencies; for (const n of Object.keys(d)) { try { require.resolve(n + "/package.json"); } catch { console.log(n); } }')
if [ -n "$missing" ]; then
  echo "installing npm packages for tests/interop"
  (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
fi
