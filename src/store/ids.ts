import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as ULID
let lastTime = 0;
let lastRandom: number[] = [];

/**
 * A ULID: 10 chars of time then 16 of randomness, so that ids sort by creation time and
 * `ORDER BY id DESC` is newest first. Monotonic within one millisecond in one process.
 */
export function newRunId(now = Date.now()): string {
  if (now <= lastTime) {
    now = lastTime;
    increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = Array.from(randomBytes(16), (b) => b & 31);
  }
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time;
  return `run_${time}${lastRandom.map((d) => ALPHABET[d]).join('')}`;
}

function increment(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i]! < 31) {
      digits[i]!++;
      return;
    }
    digits[i] = 0;
  }
}
