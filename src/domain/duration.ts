import { z } from 'zod';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "90s", "15m", "1h", "7d": how far back a window reaches. */
export const DurationSchema = z
  .string()
  .regex(/^\d{1,6}[smhd]$/, 'a duration is a whole number followed by s, m, h or d, e.g. "1h" or "30m"')
  .describe('How far back to look, e.g. "30m", "1h", "7d"');

export function durationMs(d: string): number {
  const unit = d.slice(-1) as keyof typeof UNIT_MS;
  return Number(d.slice(0, -1)) * UNIT_MS[unit];
}
