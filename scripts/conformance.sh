#!/usr/bin/env bash
# Runs the official MCP conformance suite against the built server's HTTP endpoint.
# The suite needs Node >= 22: it and a Node 22 binary are installed from the npm registry into a
# scratch folder (kept between runs). The server runs on loopback without authentication, which is
# the only place --insecure-no-auth is accepted; every non-applicable scenario is listed, with its
# reason, in test/conformance/expected-failures.yml.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
scratch=${CONFORMANCE_DIR:-/tmp/cyberbrain-conformance}
mkdir -p "$scratch"
if [ ! -x "$scratch/node_modules/.bin/node" ] || [ ! -f "$scratch/node_modules/@modelcontextprotocol/conformance/dist/index.js" ]; then
  [ -f "$scratch/package.json" ] || (cd "$scratch" && npm init -y >/dev/null)
  (cd "$scratch" && npm install --no-audit --no-fund --silent node@22 @modelcontextprotocol/conformance@0.1 >/dev/null)
fi
data=$(mktemp -d)
port=${CONFORMANCE_PORT:-18799}
CYBERBRAIN_DB="$data/cb.db" CYBER_BRAIN_LOGS="$data/logs" LOG_LEVEL=warn \
  node "$here/dist/cyberbrain.mjs" serve --http --host 127.0.0.1 --port "$port" --insecure-no-auth 2>"$data/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
"$scratch/node_modules/.bin/node" "$scratch/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
  --url "http://127.0.0.1:$port/mcp" --expected-failures "$here/test/conformance/expected-failures.yml" -o "$data/results"
