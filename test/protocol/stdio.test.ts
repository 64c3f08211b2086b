import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok, startServer, startServerV1, textOf, type ServerHandle } from '../helpers/client.js';
import { dockerSkipped, TestContainers, waitUntil } from '../helpers/docker.js';
import { RawStdioServer } from '../helpers/raw-stdio.js';

/**
 * The built server, spawned over stdio and driven by SDK v2's real Client speaking MCP 2026-07-28
 * (stateless requests), against a real engine and a real SQLite file. What differs for 2025-era
 * clients (initialize, pushed elicitation, resources/subscribe, MCP tasks) is checked with the
 * same Client speaking 2025-11-25 and with SDK v1's Client.
 */
describe.skipIf(dockerSkipped)('stdio protocol', () => {
  const containers = new TestContainers();
  const called = new Set<string>();
  let srv: ServerHandle;
  let web: string;
  let db: string;

  const tool = async (name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    return call(srv.client, name, args);
  };
  const okTool = async <T = Record<string, unknown>>(name: string, args: Record<string, unknown> = {}) => {
    called.add(name);
    return ok<T>(srv.client, name, args);
  };

  beforeAll(async () => {
    containers.run('web', 'while true; do echo web alive; sleep 1; done', { labels: { 'com.docker.compose.project': 'shop' } });
    containers.run('db', 'echo db up; sleep 3600', { labels: { 'com.docker.compose.project': 'shop' } });
    web = containers.name('web');
    db = containers.name('db');
    srv = await startServer({ capabilities: { elicitation: { form: {} } } });
  });
  afterAll(async () => {
    await srv?.close();
    containers.removeAll();
  });

  it('initializes with tools, subscribable resources and instructions', () => {
    const caps = srv.client.getServerCapabilities();
    expect(srv.client.getServerVersion()?.name).toBe('cyberbrain-mcp');
    expect(caps?.tools).toBeDefined();
    expect(caps?.resources?.subscribe).toBe(true);
    expect(srv.client.getInstructions()).toContain('allowlisted');
  });

  it('lists tools that match the committed schema snapshots, alike in both eras', async () => {
    const { tools } = await srv.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      ['add_host', 'cancel_run', 'container_history', 'create_directive', 'get_allowlist', 'get_directive', 'get_run', 'get_run_report', 'launch_run', 'list_containers', 'list_directives', 'list_hosts', 'list_runs', 'remove_host', 'set_allowlist', 'update_directive'].sort(),
    );
    // The snapshots are the 2025-11-25 listing (what most clients see today); the 2026-07-28
    // listing is the same but for `execution` (MCP tasks are a 2025-era feature of this server).
    const legacy = await startServer({ dataDir: srv.dataDir, era: 'legacy' });
    try {
      const old = (await legacy.client.listTools()).tools;
      for (const t of old) await expect(JSON.stringify(t, null, 2) + '\n').toMatchFileSnapshot(`__toolsnaps__/${t.name}.json`);
      expect(tools).toEqual(old.map(({ execution: _execution, ...t }) => t));
    } finally {
      await legacy.close();
    }
  });

  it('keeps every tool schema within what all providers accept', async () => {
    const { tools } = await srv.client.listTools();
    for (const t of tools) {
      const a = t.annotations!;
      for (const hint of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) expect(typeof a[hint], `${t.name}.${hint}`).toBe('boolean');
      for (const k of ['anyOf', 'oneOf', 'allOf']) expect(t.inputSchema, `${t.name} top-level ${k}`).not.toHaveProperty(k);
      expect(t.outputSchema, `${t.name} outputSchema`).toBeDefined();
      for (const [field, schema] of Object.entries(t.inputSchema.properties ?? {})) {
        expect((schema as { description?: string }).description, `${t.name}.${field} has a description`).toBeTruthy();
      }
    }
    expect(tools.find((t) => t.name === 'set_allowlist')!.annotations!.destructiveHint).toBe(true);
  });

  it('shows containers, marked allowed or not, without environment', async () => {
    const out = await okTool<{ containers: { name: string; allowed: boolean }[] }>('list_containers', {});
    const mine = out.containers.filter((c) => c.name.startsWith(containers.prefix));
    expect(mine.map((c) => [c.name, c.allowed])).toEqual([
      [db, false],
      [web, false],
    ]);
    expect(JSON.stringify(out)).not.toContain('PATH=');
  });

  it('changes the allowlist atomically and audits it', async () => {
    const bad = await tool('set_allowlist', { add: [{ kind: 'name', value: web }], remove: [{ kind: 'name', value: 'no-such-entry' }] });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('nothing was changed');
    expect((await okTool<{ entries: unknown[] }>('get_allowlist')).entries).toEqual([]);

    const out = await okTool<{ entries: { value: string }[] }>('set_allowlist', { add: [{ kind: 'name', value: web, description: 'the web tier' }] });
    expect(out.entries.map((e) => e.value)).toEqual([web]);
    const listed = await okTool<{ containers: { name: string; allowed: boolean }[] }>('list_containers', { allowed_only: true });
    expect(listed.containers.map((c) => c.name)).toContain(web);
    expect(listed.containers.map((c) => c.name)).not.toContain(db);
  });

  it('reads, creates and versions directives', async () => {
    const list = await okTool<{ directives: { id: string }[] }>('list_directives');
    expect(list.directives.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    const d4 = await okTool<{ spec: { jobs: string[] } }>('get_directive', { directive: 'D4' });
    expect(d4.spec.jobs).toEqual(['inventory', 'log_triage', 'service_map', 'gpu_report']);

    const created = await okTool<{ id: string; version: number; spec: { jobs: string[]; title: string } }>('create_directive', {
      name: 'inv-only',
      copy_from: 'D4',
      spec: { title: 'Inventory only', jobs: ['inventory'] },
    });
    expect(created).toMatchObject({ id: 'D5', version: 1, spec: { jobs: ['inventory'], title: 'Inventory only' } });
    const dup = await tool('create_directive', { name: 'inv-only', spec: { title: 'x', jobs: ['inventory'] } });
    expect(dup.isError).toBe(true);
    expect(textOf(dup)).toContain('already exists');

    const v2 = await okTool<{ version: number; changed: boolean }>('update_directive', { directive: 'inv-only', changes: { thresholds: { restart_count: 1 } } });
    expect(v2).toMatchObject({ version: 2, changed: true });
    const same = await okTool<{ version: number; changed: boolean }>('update_directive', { directive: 'inv-only', changes: { thresholds: { restart_count: 1 } } });
    expect(same).toMatchObject({ version: 2, changed: false });
    const old = await okTool<{ version: number; spec: { thresholds: Record<string, number> } }>('get_directive', { directive: 'D5', version: 1 });
    expect(old.spec.thresholds.restart_count).toBe(3);
  });

  it('runs a directive to completion with progress notifications, then reports it', async () => {
    await okTool('set_allowlist', { add: [{ kind: 'label', value: 'com.docker.compose.project=shop' }] });
    // Watch the wire, not the SDK's progress callback: the SDK client handles notifications a
    // microtask late and drops one that shares a read with the response ("unknown token").
    const wire: { method?: string; id?: unknown; params?: { progress?: number; total?: number } }[] = [];
    const onmessage = srv.transport.onmessage!;
    srv.transport.onmessage = (msg) => {
      wire.push(msg as (typeof wire)[number]);
      onmessage(msg);
    };
    called.add('launch_run');
    const result = await srv.client.callTool({ name: 'launch_run', arguments: { directive: 'D1', containers: [web, db], wait: true } }, {
      onprogress: () => undefined,
    });
    srv.transport.onmessage = onmessage;
    expect(result.isError).toBeFalsy();
    const run = result.structuredContent as { run_id: string; status: string; finished: boolean; directive_id: string };
    expect(run).toMatchObject({ status: 'succeeded', finished: true, directive_id: 'D1' });
    const progress = wire.filter((m) => m.method === 'notifications/progress').map((m) => m.params!);
    expect(progress.map((p) => [p.progress, p.total])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(wire.at(-1)!.id, 'the response comes after every progress notification').toBeDefined();

    const detail = await okTool<{ run: { status: string }; directive: { version: number }; jobs: { job: string; container_name: string | null; status: string; error: string | null }[] }>('get_run', {
      run_id: run.run_id,
    });
    expect(detail.directive.version).toBe(1);
    const rows = detail.jobs.map((j) => [j.job, j.container_name, j.status]);
    expect(rows).toEqual([
      ['inventory', web, 'succeeded'],
      ['inventory', db, 'succeeded'],
      ['log_triage', web, 'succeeded'],
      ['log_triage', db, 'succeeded'],
    ]);

    const md = await okTool<{ markdown: string; pages: number; saved_to?: string }>('get_run_report', { run_id: run.run_id });
    expect(md.markdown).toContain(`### ${web}`);
    expect(md.saved_to).toMatch(new RegExp(`runs/${run.run_id}/report\\.md$`));
    expect(md.markdown).toMatch(/- Started: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(md.markdown).toContain('running');
    const json = await okTool<{ report: { jobs: unknown[]; run: { status: string } } }>('get_run_report', { run_id: run.run_id, format: 'json' });
    expect(json.report.run.status).toBe('succeeded');
    expect(json.report.jobs).toHaveLength(4);
  });

  it('runs as an MCP task for clients that ask for one (2025-11-25, SDK v1 client)', async () => {
    const slow = await startServerV1({ dataDir: srv.dataDir, env: { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '300' } });
    try {
      const messages: { type: string; task?: { taskId: string; status: string }; result?: { structuredContent?: { status?: string; finished?: boolean } } }[] = [];
      const stream = slow.client.experimental.tasks.callToolStream({ name: 'launch_run', arguments: { directive: 'D1', containers: [web], wait: true } }, undefined, {
        task: { ttl: 60_000 },
      });
      for await (const m of stream) messages.push(m as (typeof messages)[number]);
      expect(messages[0]).toMatchObject({ type: 'taskCreated', task: { status: 'working' } });
      const last = messages.at(-1)!;
      expect(last.type).toBe('result');
      expect(last.result?.structuredContent).toMatchObject({ status: 'succeeded', finished: true });
      const task = await slow.client.experimental.tasks.getTask(messages[0]!.task!.taskId);
      expect(task.status).toBe('completed');
    } finally {
      await slow.close();
    }
  });

  it('cancels the run when its MCP task is cancelled (2025-11-25, SDK v1 client)', async () => {
    const slow = await startServerV1({ dataDir: srv.dataDir, env: { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '30000' } });
    try {
      const stream = slow.client.experimental.tasks.callToolStream({ name: 'launch_run', arguments: { directive: 'D1', containers: [web], wait: true } }, undefined, { task: { ttl: 60_000 } });
      const first = (await stream.next()).value as { type: string; task: { taskId: string } };
      expect(first.type).toBe('taskCreated');
      await slow.client.experimental.tasks.cancelTask(first.task.taskId);
      await waitUntil(async () => {
        const runs = await ok<{ runs: { status: string }[] }>(slow.client, 'list_runs', { limit: 1 });
        return runs.runs[0]?.status === 'cancelled';
      }, 10_000, 'the run to be cancelled with its task');
      await stream.return(undefined);
    } finally {
      await slow.close();
    }
  });

  it('runs as a task for 2026-07-28 clients with the tasks extension (raw lines: SDK v2\'s Client has no tasks runtime)', async () => {
    const raw = new RawStdioServer({ CYBERBRAIN_DEBUG_JOB_DELAY_MS: '300', ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}) });
    try {
      const _meta = {
        'io.modelcontextprotocol/protocolVersion': '2026-07-28',
        'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '1' },
        'io.modelcontextprotocol/clientCapabilities': { extensions: { 'io.modelcontextprotocol/tasks': {} } },
      };
      const ask = async (id: number, method: string, params: Record<string, unknown>) => {
        raw.send({ id, method, params: { ...params, _meta } });
        return (await raw.answer(id, 20_000)) as { result?: Record<string, unknown>; error?: unknown };
      };
      expect((await ask(1, 'tools/call', { name: 'set_allowlist', arguments: { add: [{ kind: 'name', value: web }] } })).result?.isError).toBeFalsy();
      const created = (await ask(2, 'tools/call', { name: 'launch_run', arguments: { directive: 'D1', containers: [web], wait: true } })).result!;
      expect(created).toMatchObject({ resultType: 'task', status: 'working' });
      let task: Record<string, unknown> = created;
      for (let id = 3; task.status === 'working' && id < 200; id++) {
        await new Promise((r) => setTimeout(r, 250));
        task = (await ask(id, 'tasks/get', { taskId: created.taskId })).result!;
      }
      expect(task.status).toBe('completed');
      expect((task.result as { structuredContent: { status: string } }).structuredContent.status).toBe('succeeded');
    } finally {
      raw.kill();
    }
  });

  it('pages runs and answers "since the last success"', async () => {
    const first = await okTool<{ run_id: string }>('launch_run', { directive: 'inv-only', containers: [web], wait: true });
    const second = await okTool<{ run_id: string }>('launch_run', { directive: 'inv-only', containers: [web], wait: true });
    const page1 = await okTool<{ runs: { run_id: string }[]; next_cursor?: string }>('list_runs', { limit: 1 });
    expect(page1.runs.map((r) => r.run_id)).toEqual([second.run_id]);
    const page2 = await okTool<{ runs: { run_id: string }[] }>('list_runs', { limit: 1, cursor: page1.next_cursor });
    expect(page2.runs.map((r) => r.run_id)).toEqual([first.run_id]);
    const since = await okTool<{ runs: { run_id: string }[]; last_success: { run_id: string } }>('list_runs', { directive: 'D5', since_last_success: true });
    expect(since.last_success.run_id).toBe(second.run_id);
    expect(since.runs).toEqual([]);
    const byContainer = await okTool<{ runs: { run_id: string }[] }>('list_runs', { container: db });
    expect(byContainer.runs).toHaveLength(1);
  });

  it('cancels a running run promptly', async () => {
    const slow = await startServer({ dataDir: srv.dataDir, env: { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '30000' } });
    try {
      const launched = await ok<{ run_id: string; status: string }>(slow.client, 'launch_run', { directive: 'D5', containers: [web] });
      expect(launched.status).toMatch(/queued|running/);
      const started = Date.now();
      called.add('cancel_run');
      const cancelled = await ok<{ outcome: string; status: string }>(slow.client, 'cancel_run', { run_id: launched.run_id });
      expect(cancelled).toMatchObject({ outcome: 'cancelled', status: 'cancelled' });
      expect(Date.now() - started).toBeLessThan(10_000);
      const again = await ok<{ outcome: string }>(slow.client, 'cancel_run', { run_id: launched.run_id });
      expect(again.outcome).toBe('not_active');
    } finally {
      await slow.close();
    }
  });

  it('asks the person before a run that requires approval, and honours the answer', async () => {
    await okTool('update_directive', { directive: 'D5', changes: { requires_approval: true } });
    let answer: 'accept' | 'decline' = 'decline';
    let asked = '';
    // 2026-07-28: the call answers input_required with the elicitation; the Client fulfils it
    // through this handler and calls again with the answer.
    srv.client.setRequestHandler('elicitation/create', async (req) => {
      asked = (req.params as { message: string }).message;
      return answer === 'accept' ? { action: 'accept', content: { approve: true } } : { action: 'decline' };
    });
    const declined = await tool('launch_run', { directive: 'D5', containers: [web] });
    expect(declined.isError).toBe(true);
    expect(textOf(declined)).toContain('not approved');
    expect(asked).toContain('D5');
    answer = 'accept';
    const accepted = await okTool<{ run_id: string }>('launch_run', { directive: 'D5', containers: [web], wait: true });
    expect(accepted.run_id).toMatch(/^run_/);

    // 2025-11-25: the server pushes elicitation/create mid-call.
    const legacy = await startServer({ dataDir: srv.dataDir, era: 'legacy', capabilities: { elicitation: { form: {} } } });
    try {
      let pushed = '';
      legacy.client.setRequestHandler('elicitation/create', async (req) => {
        pushed = (req.params as { message: string }).message;
        return { action: 'decline' };
      });
      const refusedByPerson = await call(legacy.client, 'launch_run', { directive: 'D5', containers: [web] });
      expect(textOf(refusedByPerson)).toContain('not approved');
      expect(pushed).toContain('D5');
    } finally {
      await legacy.close();
    }

    for (const era of ['modern', 'legacy'] as const) {
      const noElicit = await startServer({ dataDir: srv.dataDir, era });
      try {
        const refused = await call(noElicit.client, 'launch_run', { directive: 'D5' });
        expect(refused.isError, era).toBe(true);
        expect(textOf(refused)).toContain('cannot ask');
        expect(textOf(refused)).toContain('--yes');
      } finally {
        await noElicit.close();
      }
    }
    await okTool('update_directive', { directive: 'D5', changes: { requires_approval: false } });
  });

  it('gives clear errors for bad arguments and unknown ids, and keeps working', async () => {
    const badType = await tool('launch_run', { directive: 42 });
    expect(badType.isError).toBe(true);
    expect(textOf(badType)).toMatch(/directive/);
    const badId = await tool('get_run', { run_id: 'nope' });
    expect(badId.isError).toBe(true);
    expect(textOf(badId)).toContain('run id looks like');
    const unknown = await tool('get_run', { run_id: 'run_00000000000000000000000000' });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain('NOT_FOUND');
    const unknownDirective = await tool('launch_run', { directive: 'D99' });
    expect(textOf(unknownDirective)).toContain('Known directives');
    const notAllowed = await tool('launch_run', { directive: 'D1', containers: ['definitely-not-allowlisted'] });
    expect(notAllowed.isError).toBe(true);
    expect(textOf(notAllowed)).toContain('set_allowlist');
    const badCursor = await tool('list_runs', { cursor: 'garbage' });
    expect(textOf(badCursor)).toContain('cursor');
    const badSpec = await tool('create_directive', { name: 'no-jobs', spec: { title: 'x' } });
    expect(textOf(badSpec)).toContain('Invalid directive spec');
    expect((await okTool<{ directives: unknown[] }>('list_directives')).directives.length).toBeGreaterThan(0);
    const history = await okTool<{ runs: unknown[] }>('container_history', { container: 'never-ran-here' });
    expect(history.runs).toEqual([]);
    expect(textOf(await tool('container_history', { container: 'x', runs: 51 }))).toContain('runs');
  });

  it('serves reports, directives and the allowlist as resources, and notifies subscribers', async () => {
    const templates = await srv.client.listResourceTemplates();
    expect(templates.resourceTemplates.map((t) => t.uriTemplate).sort()).toEqual(['cyberbrain://containers/{name}/history', 'cyberbrain://directives/{name}', 'cyberbrain://runs/{run_id}/report']);
    const allow = await srv.client.readResource({ uri: 'cyberbrain://allowlist' });
    expect(JSON.parse((allow.contents[0] as { text: string }).text).entries.length).toBeGreaterThan(0);
    const d1 = await srv.client.readResource({ uri: 'cyberbrain://directives/log-triage' });
    expect((d1.contents[0] as { text: string }).text).toContain('"D1"');
    const listed = await srv.client.listResources();
    expect(listed.resources.some((r) => r.uri.endsWith('/report'))).toBe(true);

    // 2026-07-28: subscriptions/listen; 2025-11-25: resources/subscribe.
    for (const era of ['modern', 'legacy'] as const) {
      const slow = await startServer({ dataDir: srv.dataDir, era, env: { CYBERBRAIN_DEBUG_JOB_DELAY_MS: '500' } });
      try {
        const updated: string[] = [];
        slow.client.setNotificationHandler('notifications/resources/updated', (n) => void updated.push((n.params as { uri: string }).uri));
        const run = await ok<{ run_id: string }>(slow.client, 'launch_run', { directive: 'D5', containers: [web] });
        const uri = `cyberbrain://runs/${run.run_id}/report`;
        if (era === 'modern') await slow.client.listen({ resourceSubscriptions: [uri] });
        else await slow.client.subscribeResource({ uri });
        await waitUntil(() => updated.includes(uri), 15_000, `the resource-updated notification (${era})`);
        const report = await slow.client.readResource({ uri });
        expect((report.contents[0] as { text: string }).text).toContain('succeeded');
      } finally {
        await slow.close();
      }
    }
  });

  it('manages hosts: add, list with the engine version, allowlist per host, refuse removal while entries name it', async () => {
    // A second name for the engine this test already uses: a real engine, reached as a host.
    const endpoint = process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';
    const added = await okTool<{ host: { name: string; reachable: boolean; engine_version: string | null } }>('add_host', { name: 'twin', docker_host: endpoint });
    expect(added.host).toMatchObject({ name: 'twin', reachable: true });
    expect(added.host.engine_version).toMatch(/^\d+\./);
    const dup = await tool('add_host', { name: 'twin', docker_host: endpoint });
    expect(dup.isError).toBe(true);
    expect(textOf(dup)).toContain('CONFLICT');
    const bad = await tool('add_host', { name: 'far', docker_host: 'tcp://192.0.2.1:2375' });
    expect(textOf(bad)).toMatch(/without TLS|INVALID/);
    const hosts = await okTool<{ hosts: { name: string; reachable: boolean | null }[] }>('list_hosts', {});
    expect(hosts.hosts.map((h) => [h.name, h.reachable])).toEqual([
      ['local', true],
      ['twin', true],
    ]);
    // Allowed on "twin" says nothing about "local", though it is the same engine underneath.
    await okTool('set_allowlist', { add: [{ kind: 'name', value: db, host: 'twin' }] });
    const onTwin = await okTool<{ containers: { name: string; allowed: boolean; host: string }[] }>('list_containers', { host: 'twin', allowed_only: true });
    expect(onTwin.containers.map((c) => [c.host, c.name])).toContainEqual(['twin', db]);
    const refused = await tool('remove_host', { name: 'twin' });
    expect(textOf(refused)).toContain('CONFLICT');
    await okTool('set_allowlist', { remove: [{ kind: 'name', value: db, host: 'twin' }] });
    expect(await okTool('remove_host', { name: 'twin' })).toEqual({ removed: 'twin' });
    const unknown = await tool('set_allowlist', { add: [{ kind: 'name', value: db, host: 'twin' }] });
    expect(textOf(unknown)).toContain('No host named "twin"');
  });

  it('called every tool it lists', async () => {
    const { tools } = await srv.client.listTools();
    expect(tools.map((t) => t.name).filter((n) => !called.has(n))).toEqual([]);
  });
});

describe.skipIf(dockerSkipped)('stdio protocol without a Docker engine', () => {
  it('answers Docker tools with a clear error while the other tools keep working', async () => {
    const srv = await startServer({ env: { DOCKER_HOST: 'unix:///tmp/cyberbrain-no-such-engine.sock' } });
    try {
      const listed = await call(srv.client, 'list_containers', {});
      expect(listed.isError).toBe(true);
      expect(textOf(listed)).toContain('DOCKER_UNAVAILABLE');
      expect(textOf(listed)).toContain('not reachable');
      const launched = await call(srv.client, 'launch_run', { directive: 'D1' });
      expect(launched.isError).toBe(true);
      expect(textOf(launched)).toContain('not reachable');
      expect((await ok<{ directives: unknown[] }>(srv.client, 'list_directives')).directives).toHaveLength(4);
      expect((await ok<{ runs: unknown[] }>(srv.client, 'list_runs')).runs).toEqual([]);
    } finally {
      await srv.close();
    }
  });
});

describe.skipIf(dockerSkipped)('read-only mode', () => {
  it.each([
    ['--read-only flag', { args: ['--read-only'] }],
    ['CYBERBRAIN_READ_ONLY env', { env: { CYBERBRAIN_READ_ONLY: 'true' } }],
  ])('leaves configuration writes unlisted and uncallable (%s)', async (_how, opts) => {
    const srv = await startServer(opts);
    try {
      const names = (await srv.client.listTools()).tools.map((t) => t.name);
      for (const hidden of ['set_allowlist', 'create_directive', 'update_directive', 'add_host', 'remove_host']) expect(names).not.toContain(hidden);
      expect(names).toContain('list_hosts');
      expect(names).toContain('launch_run');
      // SDK v2 answers a tool it does not have with a protocol error (-32602), as the spec's
      // examples do; SDK v1 answered it with an isError result.
      await expect(call(srv.client, 'set_allowlist', { add: [{ kind: 'name', value: 'x' }] })).rejects.toThrow(/not found/i);
    } finally {
      await srv.close();
    }
  });
});
