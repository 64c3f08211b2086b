export const MAIN_HELP = `cyberbrain-mcp: read-only Docker diagnostics for AI assistants (an MCP server)

Usage:
  cyberbrain-mcp [--db PATH] [--read-only]        serve MCP over stdio (the default)
  cyberbrain-mcp run --directive D1 [--container NAME ...] [--host H ...] [--since 2h] [--tail N]
                     [--fail-on warning|critical] [--yes] [--format markdown|json] [--html FILE]
                                                   run a directive now and print its report
  cyberbrain-mcp runs [--status S] [--directive D] [--container C] [--host H] [--limit N] [--json]
                                                   list past runs, newest first
  cyberbrain-mcp report RUN_ID [--format markdown|json | --html | --svg]
                                                   print a past run's report (--html: the run view
                                                   as one HTML file; --svg: its service map)
  cyberbrain-mcp containers [--allowed] [--host H] [--json]
                                                   what the engines have, allowed or not, and why
  cyberbrain-mcp directives [--json]               the recipes runs use
  cyberbrain-mcp directive show NAME [--json]      one recipe in full
  cyberbrain-mcp allowlist ls|add|rm|enable|disable ...
                                                   show or change which containers may be diagnosed
  cyberbrain-mcp host ls|add|rm ...                the Docker engines to read besides this one
  cyberbrain-mcp doctor [--json]                   check engine, database, allowlist, GPU source, redaction
  cyberbrain-mcp redact [--stats] [FILE ...]       copy text with every secret redacted
  cyberbrain-mcp serve --http [--host H] [--port P] serve MCP over HTTP (Streamable HTTP and SSE)
  cyberbrain-mcp token create|ls|revoke ...        bearer tokens for the HTTP server
  cyberbrain-mcp prune [--dry-run] [--older-than 30d] [--max-mb N] [--json]
                                                   delete old runs now (servers also do it hourly)

Every command takes --help; --db and --read-only go before or after the command. Settings: --db or
CYBERBRAIN_DB (database file), CYBERBRAIN_LOGS (report folder), DOCKER_HOST (engine), LOG_LEVEL, CYBERBRAIN_READ_ONLY, CYBERBRAIN_RETENTION_DAYS and
CYBERBRAIN_RETENTION_MAX_MB (history kept). Logs go to stderr.`;

export const SERVE_HELP = `Usage: cyberbrain-mcp [--db PATH] [--read-only]

Serves the Model Context Protocol over stdin/stdout for one client (Claude Desktop, Claude Code,
Cursor, ...). --read-only leaves set_allowlist, create_directive and update_directive unregistered.`;

export const RUN_HELP = `Usage: cyberbrain-mcp run --directive ID|NAME [--container NAME ...] [--host H ...] [--since 2h] [--tail N]
                          [--fail-on warning|critical] [--yes] [--format markdown|json] [--html FILE] [--db PATH]

Runs a directive in this process over the allowlisted containers it selects and prints the report to
stdout; where the report file was saved goes to stderr. --container narrows the run (repeatable;
each must be allowlisted; HOST/NAME pins a host). --host narrows it to hosts (repeatable; default:
every host with allowlist entries). --since and --tail set the log window for this run only (e.g. --since 2h).
--yes approves a directive that requires approval. --html FILE also writes the run view (findings,
service map, log triage with history, GPUs) to FILE as one self-contained HTML page. On a terminal a progress line shows on stderr;
Ctrl-C cancels the run cleanly (a second Ctrl-C quits at once).
Exit code: 0 succeeded (or nothing to run), 1 partial, failed or cancelled, 2 usage error (a wrong
flag, value or directive), 3 could not start (e.g. no allowlisted container, Docker unreachable),
4 --fail-on: a finding at that level or worse (for cron and CI).`;

export const RUNS_HELP = `Usage: cyberbrain-mcp runs [--status STATUS] [--directive ID|NAME] [--container NAME] [--host H] [--limit N] [--json] [--db PATH]

Lists past runs, newest first (default 20).`;

export const ALLOWLIST_HELP = `Usage:
  cyberbrain-mcp allowlist ls [--json]
  cyberbrain-mcp allowlist add NAME [--host H] [--description TEXT] [--jobs inventory,log_triage,...]
  cyberbrain-mcp allowlist add --id ID | --label KEY=VALUE [--host H] [--description TEXT] [--jobs ...]
  cyberbrain-mcp allowlist rm NAME | --id ID | --label KEY=VALUE [--host H]
  cyberbrain-mcp allowlist enable|disable NAME | --id ID | --label KEY=VALUE [--host H]

Only allowlisted containers can be diagnosed; everything else is denied. Changes are audited.
An entry picks containers of one host: --host H (see: cyberbrain-mcp host ls), "local" (this
machine's engine) when left out, '*' for every host.
An entry that matches no container now is kept, with a note. Read-only mode refuses changes.`;

export const REDACT_HELP = `Usage: cyberbrain-mcp redact [--stats] [FILE ...]

Copies FILEs (or standard input) to standard output with every secret replaced by a marker such as
[REDACTED:github_classic_token], one output line per input line, using the same redactor as the
server. --stats prints how many values each rule redacted to standard error (never the values).`;

export const SERVE_HTTP_HELP = `Usage: cyberbrain-mcp serve --http [--host 127.0.0.1] [--port 8765] [options]

Serves MCP over Streamable HTTP at /mcp (MCP 2026-07-28 stateless requests beside 2025-era
sessions) and the deprecated HTTP+SSE transport at /sse + /messages, with /healthz and /metrics.
Every request needs a bearer token (cyberbrain-mcp token create), on loopback too.

  --insecure-no-auth          no authentication (loopback addresses only; warns at every start)
  --allowed-hosts H1,H2       extra Host header values to accept (DNS-rebinding protection)
  --allowed-origins O1,O2     browser Origins to accept (others get 403)
  --cors-origins O1,O2        Origins that get CORS headers (CORS is off by default)
  --rate-limit N              requests per minute per caller (default 600), then 429
  --body-limit BYTES          largest request body (default 1048576), then 413
  --idle-timeout SECONDS      idle sessions are closed after this (default 1800)
  --max-sessions-per-caller N open sessions per token or JWT subject (default 32), then 429
  --max-sessions N            open sessions in all (default 1000), then 503
  --no-legacy-sse             do not serve the deprecated HTTP+SSE transport (/sse, /messages)
  --oauth-issuer URL --oauth-audience AUD --oauth-jwks URL
                              also accept JWT access tokens from that issuer (OAuth 2.1 resource server)
  --db PATH, --read-only      as for the stdio server`;

export const TOKEN_HELP = `Usage:
  cyberbrain-mcp token create --name NAME [--scope runs:read,runs:write,admin]
  cyberbrain-mcp token ls [--json]
  cyberbrain-mcp token revoke NAME

Bearer tokens for the HTTP transport. create prints the token once (only a hash is stored).
Scopes: runs:read (history and reports), runs:write (launch and cancel runs), admin (allowlist and
directives); each includes the ones before it.`;

export const PRUNE_HELP = `Usage: cyberbrain-mcp prune [--dry-run] [--older-than DURATION] [--max-mb N] [--no-vacuum] [--json] [--db PATH]

Deletes old runs with everything they hold (job rows, log templates, inventory snapshots, model-call
counts, report files under runs/<id>/): first runs older than --older-than (default
CYBERBRAIN_RETENTION_DAYS, 400 days), then the oldest while the database's used size plus report
files exceed --max-mb (default CYBERBRAIN_RETENTION_MAX_MB, 1024). "off" (or 0) switches a limit off.
Never deleted: queued or running runs, and the last successful run each comparison needs (per
container and job, per run-wide job, the last inventory snapshot per container, the last success
of a directive on a container). Deletes in short transactions, so servers on the same database
keep working. Then checkpoints the WAL and VACUUMs to give the space back to the disk (--no-vacuum
skips that; servers prune hourly too, but never VACUUM: freed pages are reused).

  --dry-run            print what would be deleted; delete nothing (sizes after are estimates)
  --older-than 30d     age limit: a number and h, d or w; off for none
  --max-mb N           size cap in megabytes; off for none
  --json               print the report as JSON

Prints runs, rows, files and bytes before and after. Exit code: 0 done, 2 usage error.`;

export const CONTAINERS_HELP = `Usage: cyberbrain-mcp containers [--allowed] [--host H] [--json] [--db PATH]

Lists the containers the engines have (every host, or --host H only) (names, ids, state, image), each allowed or not and by which
allowlist entry. --allowed shows only the allowed ones. Never environment variables or logs.`;

export const DIRECTIVES_HELP = `Usage:
  cyberbrain-mcp directives [--json]
  cyberbrain-mcp directive show ID|NAME [--version N] [--json]

Directives are the recipes runs use: jobs, containers, window, thresholds. D1 log triage, D2 GPU
report, D3 service map and D4 full sweep are built in; an MCP client can create more.`;

export const REPORT_HELP = `Usage: cyberbrain-mcp report RUN_ID [--format markdown|json | --html | --svg] [--db PATH]

Prints the whole report of a run (see cyberbrain-mcp runs for ids), also while it is still running.
--html prints the run view instead: one self-contained HTML page with the run embedded (findings,
service map, log triage with the last runs' counts, GPUs; no network), e.g. report RUN_ID --html > run.html.
--svg prints the run's service map alone as SVG.`;

export const DOCTOR_HELP = `Usage: cyberbrain-mcp doctor [--json] [--db PATH]

Checks what cyberbrain-mcp needs: the Docker engine (reachable, version), the database (path, size,
integrity, migrations), allowlist entries that match no container, the GPU source, the redaction
configuration and the report folder. Exit 0 when every check passes, 1 otherwise.`;

export const HOST_HELP = `Usage:
  cyberbrain-mcp host ls [--no-check] [--json]
  cyberbrain-mcp host add NAME --docker-host unix:///PATH|tcp://HOST:PORT|ssh://[USER@]HOST[:PORT]
                          [--tls-ca FILE --tls-cert FILE --tls-key FILE] [--ssh-config FILE]
                          [--gpu-source command:CMD|file:PATH|none] [--replace]
  cyberbrain-mcp host add NAME --from-context DOCKER_CONTEXT
  cyberbrain-mcp host rm NAME

Hosts are the Docker engines runs read. "local" is this machine's engine (DOCKER_HOST or the default
socket) and needs no setup. Others are reached as Docker reaches them: a unix socket, tcp with TLS
client files (their paths are stored, never their contents; tcp without TLS only on loopback), or
ssh (the system ssh client runs \`docker system dial-stdio\` there: your keys, agent and known_hosts
apply, never a prompt). --from-context takes the endpoint and TLS files of a Docker CLI context.
Nothing on a host is read until allowlisted for it: cyberbrain-mcp allowlist add NAME --host H.
ls asks every engine for its version (--no-check: configuration only). rm is refused while
allowlist entries name the host. Changes are audited.`;
