import type { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { Principal } from './auth.js';
import type { SseServerTransport } from './sse.js';

export interface Session {
  /** 'listen': a 2026-07-28 subscriptions/listen stream, held to the same caps as a session. */
  transport: NodeStreamableHTTPServerTransport | SseServerTransport | 'listen';
  principal: Principal;
  lastActive: number;
  open: number;
  close: () => Promise<void>;
}

export type Admission = { ok: true; slot: Slot } | { ok: false; status: 429 | 503; message: string };

/** A place reserved for one session while it initializes: commit it, or release it on failure. */
export interface Slot {
  commit(id: string, session: Session): void;
  release(): void;
}

/**
 * Live sessions, with a cap per caller and in total. Places are reserved before the MCP server
 * of a new session is built, so that concurrent initializes cannot overshoot the caps, and are
 * given back on every failure path. `perCaller` is undefined when every caller is the same
 * anonymous one (--insecure-no-auth): then only the total applies.
 */
export class SessionRegistry {
  private readonly live = new Map<string, Session>();
  private readonly pendingBy = new Map<string, number>();
  private pending = 0;

  constructor(private readonly caps: { total: number; perCaller?: number }) {}

  get(id: string): Session | undefined {
    return this.live.get(id);
  }

  values(): IterableIterator<Session> {
    return this.live.values();
  }

  get size(): number {
    return this.live.size;
  }

  delete(id: string): void {
    this.live.delete(id);
  }

  private countOf(caller: string): number {
    let n = this.pendingBy.get(caller) ?? 0;
    for (const s of this.live.values()) if (s.principal.name === caller) n++;
    return n;
  }

  admit(caller: string): Admission {
    if (this.caps.perCaller !== undefined && this.countOf(caller) >= this.caps.perCaller) {
      return { ok: false, status: 429, message: `Too many sessions: "${caller}" has ${this.caps.perCaller} open (the limit per caller). End one you no longer use (DELETE /mcp with its Mcp-Session-Id) or wait for idle ones to expire` };
    }
    if (this.live.size + this.pending >= this.caps.total) {
      return { ok: false, status: 503, message: `Server busy: ${this.caps.total} sessions are open (the limit)` };
    }
    this.pending++;
    this.pendingBy.set(caller, (this.pendingBy.get(caller) ?? 0) + 1);
    let done = false;
    const unpend = () => {
      if (done) return false;
      done = true;
      this.pending--;
      const n = (this.pendingBy.get(caller) ?? 1) - 1;
      if (n > 0) this.pendingBy.set(caller, n);
      else this.pendingBy.delete(caller);
      return true;
    };
    return {
      ok: true,
      slot: {
        commit: (id, session) => {
          if (unpend()) this.live.set(id, session);
        },
        release: () => void unpend(),
      },
    };
  }
}
