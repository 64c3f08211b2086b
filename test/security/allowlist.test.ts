import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok, startServer, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers } from '../helpers/docker.js';

interface Row { job: string; container_name: string | null; status: string; error: string | null }

/**
 * Attack catalogue for the allowlist, on the real server and engine: each row sets entries meant
 * to be exact, then launches D1 (inventory + log_triage); the run must cover exactly the
 * containers the entries name, nothing near them. Containers are created with look-alike names
 * and labels.
 */
describe.skipIf(dockerSkipped)('allowlist: exact matches only, decided at call time', () => {
  const c = new TestContainers();
  const n = (s: string) => c.name(s);
  let webId = '';
  const servers: ServerHandle[] = [];

  beforeAll(() => {
    webId = c.run('web', 'echo web up; sleep 3600');
    c.run('web-admin', 'echo admin up; sleep 3600');
    c.run('db', 'echo db up; sleep 3600', { labels: { [`tier-${c.tag.slice(0, 8)}`]: 'db' } });
    c.run('dbx', 'echo dbx up; sleep 3600', { labels: { [`tier-${c.tag.slice(0, 8)}`]: 'db-replica' } });
  });
  afterAll(async () => {
    for (const s of servers) await s.close().catch(() => undefined);
    c.removeAll();
  });

  const tier = () => `tier-${c.tag.slice(0, 8)}`;
  type Entry = { kind: 'name' | 'id' | 'label'; value: string; jobs?: string[] };
  const ROWS: { probe: string; entries: () => Entry[]; disable?: () => Entry[]; launch?: () => string[]; covered: () => string[] | 'refused'; skipped?: () => [string, string][] }[] = [
    { probe: 'a name never matches by prefix', entries: () => [{ kind: 'name', value: n('web') }], covered: () => [n('web')] },
    { probe: 'a name is case-sensitive', entries: () => [{ kind: 'name', value: n('web').toUpperCase() }], covered: () => 'refused' },
    { probe: 'a leading slash is the same name', entries: () => [{ kind: 'name', value: `/${n('web')}` }], covered: () => [n('web')] },
    { probe: 'a label matches key and whole value', entries: () => [{ kind: 'label', value: `${tier()}=db` }], covered: () => [n('db')] },
    { probe: 'a label value prefix matches nothing', entries: () => [{ kind: 'label', value: `${tier()}=d` }], covered: () => 'refused' },
    { probe: 'an id prefix of 12 hex digits matches that container', entries: () => [{ kind: 'id', value: webId.slice(0, 12) }], covered: () => [n('web')] },
    {
      probe: 'a disabled entry allows nothing',
      entries: () => [{ kind: 'name', value: n('web') }],
      disable: () => [{ kind: 'name', value: n('web') }],
      covered: () => 'refused',
    },
    {
      probe: 'an entry for one job does not allow another',
      entries: () => [{ kind: 'name', value: n('web'), jobs: ['inventory'] }],
      covered: () => [n('web')],
      skipped: () => [['log_triage', n('web')]],
    },
    { probe: 'naming a container that is not allowlisted is refused', entries: () => [{ kind: 'name', value: n('web') }], launch: () => [n('web-admin')], covered: () => 'refused' },
  ];

  it.each(ROWS)('$probe', async (row) => {
    const srv = await startServer();
    servers.push(srv);
    await ok(srv.client, 'set_allowlist', { add: row.entries().map((e) => ({ ...e, description: '' })) });
    if (row.disable) await ok(srv.client, 'set_allowlist', { disable: row.disable().map(({ kind, value }) => ({ kind, value })) });
    const launched = await call(srv.client, 'launch_run', { directive: 'D1', wait: true, ...(row.launch ? { containers: row.launch() } : {}) });
    const covered = row.covered();
    if (covered === 'refused') {
      expect(launched.isError, textOf(launched)).toBe(true);
      expect(textOf(launched)).toMatch(/NOT_ALLOWED|not on the allowlist|No allowlisted container/);
      return;
    }
    expect(launched.isError, textOf(launched)).toBeFalsy();
    const { run_id } = launched.structuredContent as { run_id: string };
    const { jobs } = await ok<{ jobs: Row[] }>(srv.client, 'get_run', { run_id });
    expect([...new Set(jobs.map((j) => j.container_name))].sort()).toEqual([...covered].sort());
    const skipped = row.skipped?.() ?? [];
    for (const j of jobs) {
      const shouldSkip = skipped.some(([job, name]) => job === j.job && name === j.container_name);
      expect(j.status, `${j.job} on ${j.container_name}: ${j.error ?? ''}`).toBe(shouldSkip ? 'skipped' : 'succeeded');
      if (shouldSkip) expect(j.error).toMatch(/allowlisted for inventory only/);
    }
  });
});
