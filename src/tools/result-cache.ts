import type { CallToolResult } from '@modelcontextprotocol/server';

/**
 * Answers of read tools whose result is a function of their arguments and the database alone
 * (`ToolDef.cacheable`), kept until the database changes. Assistants poll: list_runs and get_run
 * again and again while a run goes on, a run view every few seconds. An unchanged database gives
 * back the answer already built and redacted, for the price of one tiny statement
 * (`Store.changeStamp`: any commit by this process or another one changes it).
 *
 * Shared by every session of the process: a cacheable tool's answer depends on nobody's identity
 * (scopes are checked before the cache is asked).
 */
export class ResultCache {
  private readonly entries = new Map<string, { stamp: string; result: CallToolResult; chars: number }>();
  private chars = 0;

  constructor(
    private readonly maxEntries = 64,
    private readonly maxChars = 4_000_000,
  ) {}

  get(key: string, stamp: string): CallToolResult | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.stamp !== stamp) {
      this.drop(key);
      return undefined;
    }
    // Most recently used last: the first key is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return { ...hit.result };
  }

  set(key: string, stamp: string, result: CallToolResult, chars: number): void {
    if (chars > this.maxChars / 4) return; // one huge answer would flush everything else
    this.drop(key);
    this.entries.set(key, { stamp, result, chars });
    this.chars += chars;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.chars -= hit.chars;
    this.entries.delete(key);
  }
}
