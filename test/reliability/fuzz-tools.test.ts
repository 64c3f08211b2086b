import { join } from 'node:path';
import { Client, InMemoryTransport, type CallToolResult } from '@modelcontextprotocol/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { buildServer } from '../../src/server.js';
import { ALL_TOOLS } from '../../src/tools/index.js';
import { guardRequests } from '../../src/transport/request-guard.js';
import { tempDataDir } from '../helpers/client.js';

/**
 * Every tool, fed arguments generated from its own schema's keys and from arbitrary JSON, on an
 * in-process server with a real SQLite file and no engine (the engine address leads nowhere, so
 * whatever reaches Docker must come back as DOCKER_UNAVAILABLE). Never a crash, never INTERNAL,
 * never -32603: a caller's mistake always gets an answer that says what was wrong.
 */
describe('fuzzing every tool from its schema', () => {
  let client: Client;
  let app: ReturnType<typeof createApp>;
  const logged: string[] = [];
  const reachedHandlers = new Set<string>();

  beforeAll(async () => {
    const dir = tempDataDir();
    const config = loadConfig({ db: join(dir, 'cb.db') }, { HOME: dir, CYBERBRAIN_DOCKER_TIMEOUT_MS: '500' });
    process.env.DOCKER_HOST = `unix://${join(dir, 'no-engine.sock')}`;
    const log = createLogger('error', { write: (line: string) => void logged.push(line) } as unknown as NodeJS.WritableStream);
    app = createApp(config, log);
    // One run to read, cancel and report on (no engine needed to create its rows).
    const directive = app.deps.store.directives.get('D1')!;
    runId = app.deps.store.runs.create({ directive, containers: [{ id: 'f'.repeat(64), name: 'web' }], jobs: [{ job: 'inventory', container_id: 'f'.repeat(64), container_name: 'web', status: 'pending' }], ownerId: 'fuzz', heartbeatMs: 5_000, transport: 'stdio' });
    const { server } = buildServer(app.deps, { actor: { name: 'fuzz', transport: 'stdio' }, readOnly: false });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    guardRequests(serverSide);
    client = new Client({ name: 'fuzz', version: '0' });
    await client.connect(clientSide);
  });
  afterAll(async () => {
    await client?.close();
    await app?.close();
  });

  let runId = '';
  /** Values a careful caller might send for an argument of this name: valid or nearly so. */
  const plausible = (key: string): fc.Arbitrary<unknown> => {
    const entry = fc.record({ kind: fc.constantFrom('name', 'id', 'label', 'nope'), value: fc.constantFrom('web', 'a'.repeat(64), 'tier=web', 'novalue', ''), jobs: fc.constantFrom(undefined, ['inventory'], ['log_triage', 'bogus']), host: fc.constantFrom(undefined, 'local', '*', 'nas', 'No Such') }, { requiredKeys: ['kind', 'value'] });
    const spec = fc.record(
      { title: fc.string({ maxLength: 130 }), jobs: fc.constantFrom(['inventory'], [], ['gpu_report', 'service_map']), thresholds: fc.dictionary(fc.constantFrom('auth_failures', 'Bad Key', 'x'), fc.oneof(fc.integer(), fc.constant('5'))), window: fc.record({ since: fc.constantFrom('2h', 'soon', '0s'), tail: fc.integer({ min: -5, max: 200_000 }) }, { requiredKeys: [] }), concurrency_limit: fc.integer({ min: -1, max: 20 }) },
      { requiredKeys: [] },
    );
    const table: Record<string, fc.Arbitrary<unknown>> = {
      run_id: fc.constantFrom(runId, 'run_01ZZZZZZZZZZZZZZZZZZZZZZZZ', 'D1'),
      directive: fc.constantFrom('D1', 'D4', 'd2', 'log-triage', 'nope', 'D99'),
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
      copy_from: fc.constantFrom('D1', 'D4', 'nope'),
      version: fc.integer({ min: -1, max: 3 }),
      spec,
      changes: spec,
      format: fc.constantFrom('markdown', 'json', 'html'),
      cursor: fc.constantFrom(undefined, 'eyJwIjoxfQ', 'eyJzIjo1fQ', 'eyJvIjoyfQ', '!!'),
      wait: fc.constant(false),
      containers: fc.array(fc.constantFrom('web', 'db', ''), { maxLength: 3 }),
      overrides: fc.record({ window: fc.record({ since: fc.constantFrom('2h', 'x') }, { requiredKeys: [] }), thresholds: fc.dictionary(fc.constantFrom('auth_failures', 'restart_count'), fc.integer()) }, { requiredKeys: [] }),
      add: fc.array(entry, { maxLength: 3 }),
      remove: fc.array(entry, { maxLength: 2 }),
      enable: fc.array(entry, { maxLength: 2 }),
      disable: fc.array(entry, { maxLength: 2 }),
      status: fc.constantFrom('running', 'succeeded', 'sleepy'),
      container: fc.constantFrom('web', 'a'.repeat(12)),
      since: fc.constantFrom('24h', '2026-11-20T08:00:00Z', 'yesterday'),
      since_last_success: fc.boolean(),
      // Hosts: endpoints that answer at once (a socket nobody listens on, a closed loopback port) or are refused.
      docker_host: fc.constantFrom('unix:///run/cb-fuzz-nothing.sock', 'tcp://127.0.0.1:1', 'tcp://192.0.2.1:2375', 'http://x', 'ssh://', ''),
      host: fc.constantFrom('local', 'nas', '*', 'Bad Host', ''),
      hosts: fc.array(fc.constantFrom('local', 'nas', ''), { maxLength: 2 }),
      check: fc.constant(false),
      tls_ca: fc.constantFrom(undefined, undefined, '/etc/hostname', 'relative.pem'),
      tls_cert: fc.constantFrom(undefined, undefined, '/etc/hostname'),
      tls_key: fc.constantFrom(undefined, undefined, '/etc/hostname', '/no/such/key.pem'),
      ssh_config: fc.constantFrom(undefined, undefined, '/etc/hostname'),
      gpu_source: fc.constantFrom(undefined, 'none', 'command:true', 'bogus'),
      replace: fc.boolean(),
      limit: fc.integer({ min: -1, max: 300 }),
      // container_history: how many runs and templates (valid 1..50 and 1..20).
      runs: fc.integer({ min: -1, max: 60 }),
      templates: fc.integer({ min: 0, max: 25 }),
      allowed_only: fc.boolean(),
    };
    return table[key] ?? valueArb;
  };

  const valueArb = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('D1', 'd4', 'run_00000000000000000000000000', '', ' ', '24h', '-5', 'web', '../../etc/passwd', '\u0000', 'x'.repeat(5000)),
    fc.integer(),
    fc.double(),
    fc.boolean(),
  );

  for (const tool of ALL_TOOLS) {
    it(`${tool.name}: never crashes, never answers INTERNAL`, async () => {
      const keys = Object.keys(tool.input);
      // Each argument: a plausible value (so calls get past the schema and into the handler) or
      // anything at all; sometimes a key the tool does not take; sometimes not an object at all.
      const field = (k: string) => fc.oneof({ weight: 3, arbitrary: plausible(k) }, { weight: 1, arbitrary: valueArb });
      const argsArb = fc.oneof(
        { weight: 4, arbitrary: fc.record(Object.fromEntries(keys.map((k) => [k, field(k)])), { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...keys, 'bogus', '__proto__'), valueArb, { maxKeys: keys.length + 1 }) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      );
      await fc.assert(
        fc.asyncProperty(argsArb, async (args) => {
          let answer: CallToolResult | undefined;
          try {
            answer = (await client.callTool({ name: tool.name, arguments: args as Record<string, unknown> })) as CallToolResult;
          } catch (err) {
            // A protocol error must be the caller's: invalid params, never internal.
            expect((err as { code?: number }).code, String(err)).toBe(-32602);
            return;
          }
          const text = answer.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
          if (!/Input validation error/.test(text)) reachedHandlers.add(tool.name);
          expect(text, JSON.stringify(args).slice(0, 300)).not.toMatch(/INTERNAL|Internal error|failed unexpectedly/);
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 40), seed: Number(process.env.FUZZ_SEED ?? 20261124) },
      );
    });
  }

  it('reached the handlers of every tool, not only the schema check (else the property proves little)', () => {
    expect([...reachedHandlers].sort()).toEqual(ALL_TOOLS.map((t) => t.name).sort());
  });

  it('logged no unexpected failure', () => {
    expect(logged.filter((l) => l.includes('failed unexpectedly'))).toEqual([]);
  });
});
