import { describe, expect, it } from 'vitest';
import { applyPatch, DirectiveSpecSchema } from '../../src/domain/directive.js';
import { compareStates } from '../../src/jobs/inventory/compare.js';
import { pageOf } from '../../src/jobs/report.js';
import { finalStatus } from '../../src/jobs/runner.js';
import type { ContainerState } from '../../src/store/inventory.js';
import type { RunJobRow } from '../../src/store/runs.js';

const state = (over: Partial<ContainerState> = {}): ContainerState => ({
  container_id: 'c1',
  container_name: 'web',
  image: 'app:1',
  image_id: 'sha256:1',
  status: 'running',
  health: null,
  restart_count: 0,
  exit_code: null,
  oom_killed: false,
  started_at: null,
  finished_at: null,
  uptime_seconds: 10,
  created_at: '2026-01-01T00:00:00Z',
  ...over,
});

describe('inventory comparison', () => {
  it('counts restarts since the last run and spots an image change', () => {
    const f = compareStates(state({ restart_count: 5, image: 'app:2', image_id: 'sha256:2' }), state({ restart_count: 2 }), { restart_count: 3 });
    expect(f.map((x) => x.message)).toEqual(['restarted 3 times since the last run', 'image changed since the last run (app:1 → app:2)']);
    expect(f[0]!.severity).toBe('warning');
  });

  it('flags OOM kills, unhealthy and failing exits', () => {
    const f = compareStates(state({ status: 'exited', exit_code: 137, oom_killed: true, health: 'unhealthy' }), undefined, {});
    expect(f.map((x) => x.severity)).toEqual(['critical', 'critical', 'warning']);
    expect(f[2]!.message).toContain('137');
  });
});

describe('run status', () => {
  const row = (status: RunJobRow['status']): RunJobRow => ({ id: 1, run_id: 'r', job: 'inventory', host: 'local', container_id: null, container_name: null, status, started_at: null, finished_at: null, error: null, result: null });
  it('reflects the jobs that ran, not the skipped ones', () => {
    expect(finalStatus([row('succeeded'), row('skipped')])).toBe('succeeded');
    expect(finalStatus([row('succeeded'), row('failed')])).toBe('partial');
    expect(finalStatus([row('failed'), row('skipped')])).toBe('failed');
    expect(finalStatus([row('skipped')])).toBe('skipped');
  });
});

describe('report pages', () => {
  it('splits on lines, never exceeds the page size, and loses nothing', () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'é'.repeat(i % 40)}`).join('\n');
    const first = pageOf(text, 1024, 0);
    const pages = Array.from({ length: first.pages }, (_, i) => pageOf(text, 1024, i).text);
    for (const p of pages) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(1024);
    expect(pages.join('')).toBe(text + '\n');
  });
});

describe('directive patches', () => {
  it('keeps unspecified fields and validates the result', () => {
    const base = DirectiveSpecSchema.parse({ title: 'T', jobs: ['inventory'], thresholds: { restart_count: 3 } });
    expect(applyPatch(base, { title: 'U' })).toMatchObject({ title: 'U', jobs: ['inventory'], thresholds: { restart_count: 3 } });
    expect(() => applyPatch(base, { jobs: [] })).toThrow();
    expect(() => applyPatch(undefined, { title: 'no jobs' })).toThrow();
  });
});
