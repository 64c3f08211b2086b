import { ProtocolError, ProtocolErrorCode, ResourceTemplate, type McpServer } from '@modelcontextprotocol/server';
import { buildReportJson, renderMarkdown } from '../jobs/report.js';
import { redactDeep, redactText } from '../redact/scrub.js';
import type { ToolDeps } from '../tools/context.js';
import { directiveDetail } from '../tools/directive-views.js';
import { registerViewResources } from './views.js';

/** A report read as a resource is whole up to this size; past it, get_run_report pages. */
const MAX_RESOURCE_BYTES = 512 * 1024;
const RECENT_RUNS_LISTED = 50;

export const reportUri = (runId: string): string => `cyberbrain://runs/${runId}/report`;
export const ALLOWLIST_URI = 'cyberbrain://allowlist';

/**
 * Read-only views as MCP resources: run reports, directives and the allowlist. Like tool results,
 * every read takes a last pass through the redactor before it leaves. Resource errors are protocol
 * errors (InvalidParams), as the SDK expects for resources.
 */
export function registerResources(server: McpServer, deps: ToolDeps): void {
  server.registerResource(
    'run-report',
    new ResourceTemplate('cyberbrain://runs/{run_id}/report', {
      complete: { run_id: (value) => deps.store.runs.list({}, 50).map((r) => r.id).filter((id) => id.startsWith(value)) },
      list: async () => ({
        resources: deps.store.runs.list({}, RECENT_RUNS_LISTED).map((r) => ({
          uri: reportUri(r.id),
          name: `${r.id} report`,
          title: `Report of ${r.id} (${r.directive_name}, ${r.status})`,
          mimeType: 'text/markdown',
        })),
      }),
    }),
    { title: 'Run report', description: 'The markdown report of a run (recent runs are listed)', mimeType: 'text/markdown' },
    async (uri, { run_id }) => {
      const report = buildReportJson(deps.store, String(run_id));
      if (!report) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No run "${redactText(String(run_id))}"; list runs with list_runs.`);
      let text = renderMarkdown(report);
      if (Buffer.byteLength(text) > MAX_RESOURCE_BYTES) {
        text = `${Buffer.from(text).subarray(0, MAX_RESOURCE_BYTES).toString('utf8')}\n\n(truncated: read the rest with get_run_report)`;
      }
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
    },
  );

  server.registerResource(
    'directive',
    new ResourceTemplate('cyberbrain://directives/{name}', {
      complete: { name: (value) => deps.store.directives.list().map((d) => d.name).filter((n) => n.startsWith(value)) },
      list: async () => ({
        resources: deps.store.directives.list().map((d) => ({
          uri: `cyberbrain://directives/${d.name}`,
          name: d.name,
          title: `${d.id} ${d.title} (v${d.current_version})`,
          mimeType: 'application/json',
        })),
      }),
    }),
    { title: 'Directive', description: 'A directive\'s current version and history, as JSON', mimeType: 'application/json' },
    async (uri, { name }) => {
      const d = deps.store.directives.get(String(name));
      if (!d) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `No directive "${redactText(String(name))}"; see list_directives.`);
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: redactText(JSON.stringify(redactDeep(directiveDetail(d)), null, 2)) }] };
    },
  );

  server.registerResource(
    'allowlist',
    ALLOWLIST_URI,
    { title: 'Allowlist', description: 'Which containers runs may touch, as JSON', mimeType: 'application/json' },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(redactDeep({ entries: deps.store.allowlist.list().map(({ id: _id, ...e }) => e) }), null, 2) }],
    }),
  );

  registerViewResources(server, deps);
}
