import { describe, expect, it } from 'vitest';
import type { AllowlistEntry } from '../../src/domain/allowlist.js';
import { decide, entryMatches, type ContainerIdentity } from '../../src/docker/guard.js';

const ID = 'a'.repeat(12) + 'b'.repeat(52);
const web: ContainerIdentity = { id: ID, name: 'web', labels: { 'com.docker.compose.project': 'shop', tier: 'front' } };
let seq = 0;
const entry = (kind: AllowlistEntry['kind'], value: string, extra: Partial<AllowlistEntry> = {}): AllowlistEntry => ({
  id: ++seq,
  host: 'local',
  kind,
  value,
  description: '',
  jobs: [],
  enabled: true,
  ...extra,
});

describe('guard: deny by default', () => {
  it('denies everything when the allowlist is empty, naming the rule and how to allow it', () => {
    const d = decide(web, []);
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(d.rule).toBe('not_allowlisted');
      expect(d.reason).toContain('"web"');
      expect(d.hint).toContain('set_allowlist');
    }
  });

  it('allows an exact name, with or without the leading slash Docker uses', () => {
    expect(decide(web, [entry('name', 'web')]).allowed).toBe(true);
    expect(decide(web, [entry('name', '/web')]).allowed).toBe(true);
  });

  it.each([
    ['prefix of the name', 'we'],
    ['name with a suffix', 'web-admin'],
    ['different case', 'WEB'],
    ['glob', 'w*'],
    ['regex', 'w.b'],
    ['empty', ''],
  ])('does not match a name entry that is a %s', (_what, value) => {
    expect(entryMatches(web, entry('name', value))).toBe(false);
  });

  it('does not let "web" match a container named "web-admin"', () => {
    expect(decide({ ...web, name: 'web-admin' }, [entry('name', 'web')]).allowed).toBe(false);
  });

  it('matches ids by a prefix of 12+ hex digits only', () => {
    expect(entryMatches(web, entry('id', ID))).toBe(true);
    expect(entryMatches(web, entry('id', ID.slice(0, 12)))).toBe(true);
    expect(entryMatches(web, entry('id', ID.slice(0, 11)))).toBe(false);
    expect(entryMatches(web, entry('id', 'a'))).toBe(false);
    expect(entryMatches(web, entry('id', ID.slice(0, 12).toUpperCase()))).toBe(false);
    expect(entryMatches(web, entry('id', 'b'.repeat(12)))).toBe(false);
  });

  it('matches labels by exact key and exact value', () => {
    expect(entryMatches(web, entry('label', 'com.docker.compose.project=shop'))).toBe(true);
    expect(entryMatches(web, entry('label', 'com.docker.compose.project=sho'))).toBe(false);
    expect(entryMatches(web, entry('label', 'com.docker.compose.project=shop2'))).toBe(false);
    expect(entryMatches(web, entry('label', 'com.docker.compose.project'))).toBe(false);
    expect(entryMatches(web, entry('label', '=shop'))).toBe(false);
    expect(entryMatches(web, entry('label', 'tier='))).toBe(false);
  });

  it('does not let prototype keys satisfy a label selector', () => {
    expect(entryMatches({ ...web, labels: {} }, entry('label', 'constructor=function Object() { [native code] }'))).toBe(false);
    expect(entryMatches({ ...web, labels: {} }, entry('label', '__proto__=[object Object]'))).toBe(false);
  });

  it('ignores disabled entries', () => {
    expect(decide(web, [entry('name', 'web', { enabled: false })]).allowed).toBe(false);
  });

  it('restricts jobs per entry and says which jobs are allowed', () => {
    const d = decide(web, [entry('name', 'web', { jobs: ['inventory'] })], 'log_triage');
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(d.rule).toBe('job_not_allowed');
      expect(d.reason).toContain('inventory');
    }
    expect(decide(web, [entry('name', 'web', { jobs: ['inventory'] })], 'inventory').allowed).toBe(true);
    expect(decide(web, [entry('name', 'web', { jobs: ['inventory'] }), entry('label', 'tier=front')], 'log_triage').allowed).toBe(true);
  });

  it('fails closed on a malformed container', () => {
    expect(decide({ ...web, id: 'not-an-id' }, [entry('name', 'web')]).allowed).toBe(false);
    expect(decide({ ...web, name: '' }, [entry('name', '')]).allowed).toBe(false);
    expect(decide({ ...web, name: 'web\0' }, [entry('name', 'web\0')]).allowed).toBe(false);
  });
});
