import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { SubscribeRequestSchema, UnsubscribeRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { RunEngine } from '../jobs/runner.js';
import type { Logger } from '../log.js';
import { reportUri } from './index.js';

/**
 * resources/subscribe for one connection: a subscriber to a run's report hears
 * notifications/resources/updated when that run finishes. Returns the cleanup.
 */
export function enableSubscriptions(server: Server, engine: RunEngine, log: Logger): () => void {
  const subscribed = new Set<string>();
  server.setRequestHandler(SubscribeRequestSchema, async (req) => {
    subscribed.add(req.params.uri);
    return {};
  });
  server.setRequestHandler(UnsubscribeRequestSchema, async (req) => {
    subscribed.delete(req.params.uri);
    return {};
  });
  return engine.onFinished((runId) => {
    const uri = reportUri(runId);
    if (!subscribed.has(uri)) return;
    server.sendResourceUpdated({ uri }).catch((err: unknown) => log.debug({ err }, 'could not notify a subscriber'));
  });
}
