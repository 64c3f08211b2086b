/**
 * Per-caller token buckets: `perMinute` requests a minute, refilled continuously. Returns how
 * many seconds to wait when a caller is over, else 0. Buckets of callers gone quiet are dropped.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  take(caller: string, now = Date.now()): number {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(caller) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.buckets.set(caller, b);
    if (this.buckets.size > 10_000) this.sweep(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (now - b.at > 120_000) this.buckets.delete(k);
  }
}
