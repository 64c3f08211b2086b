#!/usr/bin/env bash
# Drives the built server with clients people use: the MCP Inspector CLI (stdio and HTTP) and
# mcp-remote (stdio-to-HTTP bridge). They and Node 22 (the Inspector needs >= 22.19) are installed
# from the npm registry into a scratch folder, kept between runs; then test/clients runs with
# REAL_CLIENTS=1, so that a missing client fails instead of skipping.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
scratch=${CYBERBRAIN_CLIENTS_DIR:-/tmp/cyberbrain-clients}
inspector_version=${INSPECTOR_VERSION:-2.12.0}
mcp_remote_version=${MCP_REMOTE_VERSION:-0.15.1}
mkdir -p "$scratch"
have() { node -p "try { require('$scratch/node_modules/$1/package.json').version } catch { '' }"; }
if [ ! -x "$scratch/node_modules/.bin/node" ] || [ "$(have @modelcontextprotocol/inspector)" != "$inspector_version" ] || [ "$(have mcp-remote)" != "$mcp_remote_version" ]; then
  [ -f "$scratch/package.json" ] || (cd "$scratch" && npm init -y >/dev/null)
  (cd "$scratch" && npm install --no-audit --no-fund --silent node@22 "@modelcontextprotocol/inspector@$inspector_version" "mcp-remote@$mcp_remote_version" >/dev/null)
fi
cd "$here"
[ -f dist/cyberbrain.mjs ] || npm run build
CYBERBRAIN_CLIENTS_DIR="$scratch" REAL_CLIENTS=1 npx vitest run test/clients
