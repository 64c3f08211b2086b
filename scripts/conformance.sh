#!/usr/bin/env bash
# Runs the official MCP conformance suite against the built server's HTTP endpoint, once per
# protocol revision the server speaks: 2025-11-25 (initialize, sessions) and 2026-07-28 (stateless).
# The suite needs Node >= 22: it and a Node 22 binary are installed from the npm registry into a
# scratch folder (kept between runs; a different suite version reinstalls). The server runs on loopback without authentication, which is
# the only place --insecure-no-auth is accepted; every non-applicable scenario is listed, with its
# reason, in test/conformance/expected-failures.yml.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
scratch=${CONFORMANCE_DIR:-/tmp/cyberbrain-conformance}
# The newest suite on npm when this was written; the 0.1 line knows no 2026-07-28 scenarios.
suite_version=${CONFORMANCE_VERSION:-0.2.0-alpha.12}
spec_versions=${CONFORMANCE_SPEC_VERSIONS:-2025-11-25 2026-07-28}
mkdir -p "$scratch"
installed=$(node -p "try { require('$scratch/node_modules/@modelcontextprotocol/conformance/package.json').version } catch { '' }")
if [ ! -x "$scratch/node_modules/.bin/node" ] || [ "$installed" != "$suite_version" ]; then
  [ -f "$scratch/package.json" ] || (cd "$scratch" && npm init -y >/dev/null)
  (cd "$scratch" && npm install --no-audit --no-fund --silent node@22 "@modelcontextprotocol/conformance@$suite_version" >/dev/null)
fi
data=$(mktemp -d)
port=${CONFORMANCE_PORT:-18799}
CYBERBRAIN_DB="$data/cb.db" CYBER_BRAIN_LOGS="$data/logs" LOG_LEVEL=warn \
  node "$here/dist/cyberbrain.mjs" serve --http --host 127.0.0.1 --port "$port" --insecure-no-auth 2>"$data/server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "http://127.0.0.1:$port/healthz" && break; sleep 0.2; done
status=0
for spec in $spec_versions; do
  echo "== MCP conformance $suite_version, spec version $spec" >&2
  "$scratch/node_modules/.bin/node" "$scratch/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
    --url "http://127.0.0.1:$port/mcp" --spec-version "$spec" \
    --expected-failures "$here/test/conformance/expected-failures.yml" -o "$data/results-$spec" || status=1
done
exit $status
