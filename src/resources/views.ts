import { registerAppResource } from '@modelcontextprotocol/ext-apps/server';
import { ProtocolError, ProtocolErrorCode, ResourceTemplate, type McpServer } from '@modelcontextprotocol/server';
import { LOCAL_HOST } from '../domain/host.js';
import { redactDeep, redactText } from '../redact/scrub.js';
import type { ToolDeps } from '../tools/context.js';
import { containerHistory } from '../views/history.js';
import { APP_MIME_TYPE, RUN_VIEW_URI } from '../views/meta.js';

/** What the history resource shows: as container_history's defaults. */
const HISTORY_RUNS = 10;
const HISTORY_TEMPLATES = 5;

/**
 * The run view (an MCP App page, drawn from the tool result the host passes it) and each
 * container's history as a resource.
 */
export function registerViewResources(server: McpServer, deps: ToolDeps): void {
  registerAppResource(
    server,
    'run-view',
    RUN_VIEW_URI,
    { title: 'Run view', description: 'A run drawn for a person: findings, service map, log triage with history, GPUs (an MCP App)', mimeType: APP_MIME_TYPE },
    async (uri) => {
      // The page carries its bundled script (a few hundred KB): loaded only when a host asks.
      const { renderPage } = await import('../views/page.js');
      return { contents: [{ uri: uri.href, mimeType: APP_MIME_TYPE, text: renderPage() }] };
    },
  );

  server.registerResource(
    'container-history',
    new ResourceTemplate('cyberbrain://containers/{name}/history', { list: undefined }),
    {
      title: 'Container history',
      description: `A container's last ${HISTORY_RUNS} runs: status, restarts, error and warning counts, and its top templates' counts per run (as container_history), as JSON; {name} is NAME, or NAME@HOST on another host`,
      mimeType: 'application/json',
    },
    async (uri, { name }) => {
      // NAME on this machine's engine, NAME@HOST on another host ("@" is never part of a container name).
      const [container = '', host = LOCAL_HOST] = decodeURIComponent(String(name)).split('@');
      const history = containerHistory(deps.store, host, container, { runs: HISTORY_RUNS, templates: HISTORY_TEMPLATES });
      if (history.runs.length === 0) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No run covered a container named "${redactText(container)}" on host "${redactText(host)}"; see list_runs.`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(redactDeep(history), null, 2) }] };
    },
  );
}
