/**
 * Hints are written for an assistant ("Allow containers with set_allowlist"). A person at the
 * command line gets the command that does the same thing instead.
 */
const TOOL_TO_COMMAND: [RegExp, string][] = [
  [/set_allowlist/g, 'cyberbrain-mcp allowlist add NAME'],
  [/get_allowlist/g, 'cyberbrain-mcp allowlist ls'],
  [/list_containers/g, 'cyberbrain-mcp containers'],
  [/list_directives/g, 'cyberbrain-mcp directives'],
  [/get_directive( D\d+)?/g, 'cyberbrain-mcp directive show$1'],
  [/(?:create|update)_directive/g, 'an MCP client (the command line only reads directives)'],
  [/get_run_report/g, 'cyberbrain-mcp report RUN_ID'],
  [/list_runs|get_run\b/g, 'cyberbrain-mcp runs'],
  [/cancel_run/g, 'Ctrl-C (or cancel_run from an MCP client)'],
  [/launch_run/g, 'cyberbrain-mcp run'],
];

export function forCli(text: string): string {
  let out = text;
  for (const [tool, command] of TOOL_TO_COMMAND) out = out.replace(tool, command);
  return out;
}
