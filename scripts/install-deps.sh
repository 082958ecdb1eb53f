#!/usr/bin/env bash
# Installs what Alongside needs to build, run and test, and nothing that is already there.
# Safe to run again and again: when everything is present it only checks and exits.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libboost1.81-all-dev libboost-json1.81-dev libboost-url1.81-dev libsqlite3-dev libpq-dev libsodium-dev libspdlog-dev
  libcli11-dev libkainjow-mustache-dev zlib1g-dev libgtest-dev libgmock-dev
  postgresql chromium wrk curl sqlite3
)
# Node.js may come from elsewhere (nvm, nodesource); only ask Debian for it when missing.
if ! command -v node >/dev/null 2>&1; then
  packages+=(nodejs)
fi
if ! command -v npm >/dev/null 2>&1; then
  packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "install-deps: installing missing Debian packages: ${missing[*]}"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "install-deps: not root and sudo is not available; please install: ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all Debian packages present"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)); then
  echo "install-deps: warning: Node.js $(node --version 2>/dev/null) is older than 20, which playwright-core" \
    "and the browser tests expect; install Node.js 20 or later if the browser tests fail." >&2
fi

# Front-end assets and browser-test libraries. Chromium comes from Debian, never from npm.
if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  echo "install-deps: installing npm packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  # npm ci recreates node_modules, but touch it so a later run sees it as current.
  touch node_modules
else
  echo "install-deps: npm packages up to date"
fi
