import type { AllowlistEntry } from '../domain/allowlist.js';
import type { JobName } from '../domain/jobs.js';

/** What the guard needs to know of a container: no more than a listing gives. */
export interface ContainerIdentity {
  id: string;
  /** Without the leading slash Docker puts on names. */
  name: string;
  labels: Readonly<Record<string, string>>;
}

export type GuardDecision =
  | { allowed: true; entries: AllowlistEntry[] }
  | { allowed: false; rule: 'not_allowlisted' | 'job_not_allowed' | 'invalid_container'; reason: string; hint: string };

const FULL_ID = /^[0-9a-f]{64}$/;
const ID_PREFIX = /^[0-9a-f]{12,64}$/;

/**
 * Does one entry pick this container? Pure and fail-closed: anything malformed is "no".
 * Names compare exactly (no prefix or pattern: "web" never matches "web-admin"); ids by a prefix
 * of at least 12 hex digits; labels by exact key and exact value.
 */
export function entryMatches(c: ContainerIdentity, e: AllowlistEntry): boolean {
  if (!e.enabled) return false;
  switch (e.kind) {
    case 'name':
      return e.value.length > 0 && e.value.replace(/^\//, '') === c.name;
    case 'id':
      return ID_PREFIX.test(e.value) && FULL_ID.test(c.id) && c.id.startsWith(e.value);
    case 'label': {
      const eq = e.value.indexOf('=');
      if (eq <= 0) return false;
      const key = e.value.slice(0, eq);
      return Object.prototype.hasOwnProperty.call(c.labels, key) && c.labels[key] === e.value.slice(eq + 1);
    }
    default:
      return false;
  }
}

/**
 * The entries that speak for one host: its own and those for every host ("*"). An entry names
 * exactly one host (or "*"): a name allowlisted on one host says nothing about the same name on another.
 */
export const entriesFor = (host: string, entries: readonly AllowlistEntry[]): AllowlistEntry[] => entries.filter((e) => e.host === host || e.host === '*');

/** Does the entry pick any of these containers? (An entry that picks none is likely a typo.) */
export const matchesAny = (e: AllowlistEntry, containers: readonly ContainerIdentity[]): boolean => containers.some((c) => entryMatches(c, e));

/** The decision for one container and (optionally) one job, naming the rule when it says no. */
export function decide(c: ContainerIdentity, entries: readonly AllowlistEntry[], job?: JobName, host = 'local'): GuardDecision {
  if (!FULL_ID.test(c.id) || c.name.length === 0 || c.name.includes('\0')) {
    return { allowed: false, rule: 'invalid_container', reason: 'the engine returned a container without a valid id or name', hint: 'list containers again with list_containers' };
  }
  const matching = entries.filter((e) => entryMatches(c, e));
  if (matching.length === 0) {
    return {
      allowed: false,
      rule: 'not_allowlisted',
      reason: `container "${c.name}" is not on the allowlist${host === 'local' ? '' : ` of host "${host}"`}`,
      hint:
        host === 'local'
          ? `allow it with set_allowlist {"add":[{"kind":"name","value":"${c.name}"}]} or \`cyberbrain-mcp allowlist add ${c.name}\``
          : `allow it with set_allowlist {"add":[{"kind":"name","value":"${c.name}","host":"${host}"}]} or \`cyberbrain-mcp allowlist add ${c.name} --host ${host}\``,
    };
  }
  if (job) {
    const permitting = matching.filter((e) => e.jobs.length === 0 || e.jobs.includes(job));
    if (permitting.length === 0) {
      const allowedJobs = [...new Set(matching.flatMap((e) => e.jobs))].join(', ');
      return {
        allowed: false,
        rule: 'job_not_allowed',
        reason: `container "${c.name}" is allowlisted for ${allowedJobs} only, not ${job}`,
        hint: `add ${job} to the jobs of its allowlist entry with set_allowlist`,
      };
    }
    return { allowed: true, entries: permitting };
  }
  return { allowed: true, entries: matching };
}
