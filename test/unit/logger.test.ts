import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';

describe('logger', () => {
  it('scrubs secrets inside message strings and objects, not only known keys', async () => {
    const sink = new PassThrough();
    const log = createLogger('info', sink);
    const ghp = 'ghp_' + 'Ab1'.repeat(12);
    log.info({ url: 'postgres://app:pw12345@db/app', nested: { apiKey: 'zzz-123' } }, `pushed with ${ghp}`);
    const [chunk] = (await once(sink, 'data')) as [Buffer];
    const rec = JSON.parse(chunk.toString()) as Record<string, unknown>;
    expect(rec.msg).toBe('pushed with [REDACTED:github_classic_token]');
    expect(rec.url).toBe('postgres://app:[REDACTED:connection_string]@db/app');
    expect(rec.nested).toEqual({ apiKey: '[REDACTED:secret_value]' });
  });

  it('scrubs errors', async () => {
    const sink = new PassThrough();
    const log = createLogger('info', sink);
    log.error({ err: new Error('connect failed: redis://:sup3rsecret@cache:6379') }, 'boom');
    const [chunk] = (await once(sink, 'data')) as [Buffer];
    expect(chunk.toString()).not.toContain('sup3rsecret');
  });
});
