import type { Logger } from '../../log.js';
import type { Store } from '../../store/index.js';
import type { Session } from './sessions.js';

/**
 * Ends the sessions (and so the open streams) of tokens revoked by another process
 * (`cyberbrain-mcp token revoke NAME` writes to the same SQLite file). Every `everyMs`, and only
 * while token sessions are open, it reads `PRAGMA data_version`, which changes exactly when another
 * connection has committed; only then does it ask which of those tokens are revoked. Requests are
 * refused at once anyway (each one is authenticated); this reaches the streams and sessions that
 * sit open between requests. Returns the stop function.
 */
export function watchRevocations(store: Store, sessions: () => Iterable<Session>, log: Logger, everyMs = 500): () => void {
  const dataVersion = () => store.dataVersion();
  let seen = dataVersion();
  const timer = setInterval(() => {
    try {
      const bySession = [...sessions()].filter((s) => s.principal.via === 'token');
      if (bySession.length === 0) return;
      const now = dataVersion();
      if (now === seen) return;
      seen = now;
      const revoked = new Set(store.tokens.revokedAmong([...new Set(bySession.map((s) => s.principal.name))]));
      for (const s of bySession) {
        if (!revoked.has(s.principal.name)) continue;
        log.info({ token: s.principal.name }, 'token revoked: closing its session');
        void s.close().catch(() => undefined);
      }
    } catch (err) {
      log.warn({ err }, 'could not check for revoked tokens');
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
