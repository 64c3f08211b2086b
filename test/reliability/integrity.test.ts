import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { callTool } from '../../src/cli/call.js';
import { loadConfig } from '../../src/config.js';
import { DirectiveNameSchema } from '../../src/domain/directive.js';
import { createLogger } from '../../src/log.js';
import { createDirective } from '../../src/tools/create-directive.js';
import { getDirective } from '../../src/tools/get-directive.js';
import { updateDirective } from '../../src/tools/update-directive.js';
import { tempDataDir } from '../helpers/client.js';

/** What is stored reads back, typed as it was given: in-process, real SQLite file, no engine. */
describe('integrity of stored directives', () => {
  let app: ReturnType<typeof createApp>;
  beforeEach(() => {
    const dir = tempDataDir();
    app = createApp(loadConfig({ db: join(dir, 'cb.db') }, { HOME: dir }), createLogger('silent'));
  });
  afterEach(() => app.close());

  const create = (args: Record<string, unknown>) => callTool(createDirective, args, app.deps);

  it('keeps numeric thresholds numbers, even under secret-sounding names', async () => {
    const d = await create({ name: 'auth-watch', copy_from: 'D1', spec: { thresholds: { auth_failures: 5, token_ttl_seconds: 3600, password_min_length: 12 } } });
    expect(d.spec.thresholds).toEqual({ auth_failures: 5, token_ttl_seconds: 3600, password_min_length: 12 });
    const again = await callTool(getDirective, { directive: 'auth-watch' }, app.deps);
    expect(again.spec.thresholds).toEqual({ auth_failures: 5, token_ttl_seconds: 3600, password_min_length: 12 });
    const updated = await callTool(updateDirective, { directive: 'auth-watch', changes: { title: 'Auth watch v2' } }, app.deps);
    expect(updated.spec.thresholds.auth_failures).toBe(5);
  });

  it('stores a title that holds an e-mail redacted and within its maximum length', async () => {
    const title = `Escalate to oncall.person@example.com ${'x'.repeat(120 - 38)}`;
    expect(title.length).toBe(120);
    const d = await create({ name: 'long-title', copy_from: 'D1', spec: { title } });
    expect(d.spec.title).not.toContain('oncall.person@example.com');
    expect(d.spec.title.length).toBeLessThanOrEqual(120);
    expect((await callTool(getDirective, { directive: 'long-title' }, app.deps)).spec.title).toBe(d.spec.title);
  });

  it('still reads a directive version that an older release stored corrupted', async () => {
    const d = await create({ name: 'legacy', copy_from: 'D1', spec: { thresholds: { auth_failures: 5 } } });
    app.deps.store.db.prepare('UPDATE directive_versions SET spec = json_set(spec, ?, ?) WHERE directive_id = ?').run('$.thresholds.auth_failures', '[REDACTED:secret_value]', d.id);
    const read = await callTool(getDirective, { directive: 'legacy' }, app.deps);
    expect(read.spec.thresholds).toEqual({});
    const fixed = await callTool(updateDirective, { directive: 'legacy', changes: { thresholds: { auth_failures: 7 } } }, app.deps);
    expect(fixed.spec.thresholds).toEqual({ auth_failures: 7 });
  });

  it('refuses a directive name that reads as an id, and an id always wins a lookup', async () => {
    for (const name of ['d6', 'd1', 'd12']) expect(DirectiveNameSchema.safeParse(name).success, name).toBe(false);
    for (const name of ['d-6', 'nightly', 'dd6', 'd6x']) expect(DirectiveNameSchema.safeParse(name).success, name).toBe(true);
    await expect(create({ name: 'd5', copy_from: 'D1' })).rejects.toThrow(/reads as a directive id/);
    // A database from before the rule may hold such a name: the id still wins.
    const own = await create({ name: 'mine', copy_from: 'D2' });
    app.deps.store.db.prepare("UPDATE directives SET name = 'd1' WHERE id = ?").run(own.id);
    expect((await callTool(getDirective, { directive: 'd1' }, app.deps)).id).toBe('D1');
  });
});
