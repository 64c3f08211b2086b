/**
 * Runs `work` over `items` with at most `limit` in flight. Stops taking new items once `signal`
 * aborts; items already running are left to notice the signal themselves.
 */
export async function runPool<T>(items: readonly T[], limit: number, signal: AbortSignal, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !signal.aborted) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
