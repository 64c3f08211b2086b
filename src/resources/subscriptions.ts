import type { McpServer } from '@modelcontextprotocol/server';
import type { RunEngine } from '../jobs/runner.js';
import type { Logger } from '../log.js';
import type { Era } from '../server.js';
import { reportUri } from './index.js';

/**
 * A run's report changes when the run finishes; whoever asked hears
 * notifications/resources/updated. Returns the cleanup.
 * - 2025 era: resources/subscribe on this connection; only subscribed URIs are told.
 * - 2026 era: there is no resources/subscribe; clients open subscriptions/listen, and the SDK's
 *   listen router fans each notification out to the streams that asked for that URI, so the
 *   instance sends every report update and the router filters.
 */
export function enableSubscriptions(server: McpServer, era: Era, engine: RunEngine, log: Logger): () => void {
  const subscribed = new Set<string>();
  if (era === 'legacy') {
    server.server.setRequestHandler('resources/subscribe', async (req) => {
      subscribed.add(req.params.uri);
      return {};
    });
    server.server.setRequestHandler('resources/unsubscribe', async (req) => {
      subscribed.delete(req.params.uri);
      return {};
    });
  }
  return engine.onReportUpdated((runId) => {
    const uri = reportUri(runId);
    if (era === 'legacy' && !subscribed.has(uri)) return;
    if (!server.isConnected()) return;
    server.server.sendResourceUpdated({ uri }).catch((err: unknown) => log.debug({ err }, 'could not notify a subscriber'));
  });
}
