export const MAIN_HELP = `cyberbrain-mcp: read-only Docker diagnostics for AI assistants (an MCP server)

Usage:
  cyberbrain-mcp [--db PATH] [--read-only]        serve MCP over stdio (the default)
  cyberbrain-mcp run --directive D1 [--container NAME ...] [--yes] [--format markdown|json]
                                                   run a directive now and print its report
  cyberbrain-mcp runs [--status S] [--directive D] [--container C] [--limit N] [--json]
                                                   list past runs, newest first
  cyberbrain-mcp allowlist ls|add|rm ...           show or change which containers may be diagnosed
  cyberbrain-mcp redact [--stats] [FILE ...]       copy text with every secret redacted

Every command takes --help. Settings: --db or CYBERBRAIN_DB (database file), CYBER_BRAIN_LOGS (report
folder), DOCKER_HOST (engine), LOG_LEVEL, CYBERBRAIN_READ_ONLY. Logs go to stderr.`;

export const SERVE_HELP = `Usage: cyberbrain-mcp [--db PATH] [--read-only]

Serves the Model Context Protocol over stdin/stdout for one client (Claude Desktop, Claude Code,
Cursor, ...). --read-only leaves set_allowlist, create_directive and update_directive unregistered.`;

export const RUN_HELP = `Usage: cyberbrain-mcp run --directive ID|NAME [--container NAME ...] [--yes] [--format markdown|json] [--db PATH]

Runs a directive in this process over the allowlisted containers it selects and prints the report to
stdout. --container narrows the run (repeatable; each must be allowlisted). --yes approves a directive
that requires approval. Exit code: 0 succeeded (or nothing to run), 1 partial, failed or cancelled,
2 usage error, 3 could not start (e.g. no allowlisted container, Docker unreachable).`;

export const RUNS_HELP = `Usage: cyberbrain-mcp runs [--status STATUS] [--directive ID|NAME] [--container NAME] [--limit N] [--json] [--db PATH]

Lists past runs, newest first (default 20).`;

export const ALLOWLIST_HELP = `Usage:
  cyberbrain-mcp allowlist ls [--json]
  cyberbrain-mcp allowlist add NAME [--description TEXT] [--jobs inventory,log_triage,...]
  cyberbrain-mcp allowlist add --id ID | --label KEY=VALUE [--description TEXT] [--jobs ...]
  cyberbrain-mcp allowlist rm NAME | --id ID | --label KEY=VALUE

Only allowlisted containers can be diagnosed; everything else is denied. Changes are audited.`;

export const REDACT_HELP = `Usage: cyberbrain-mcp redact [--stats] [FILE ...]

Copies FILEs (or standard input) to standard output with every secret replaced by a marker such as
[REDACTED:github_classic_token], one output line per input line, using the same redactor as the
server. --stats prints how many values each rule redacted to standard error (never the values).`;
