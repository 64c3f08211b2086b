import { DirectiveSpecSchema, type DirectiveSnapshot, type DirectiveSpec } from '../domain/directive.js';
import { ToolError } from '../errors.js';
import { redactText } from '../redact/scrub.js';

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The form of a spec that is written: free text redacted (title, description, keywords, container
 * selectors), typed values (numbers, booleans, durations, job names) as they are, then clipped to
 * the schema's limits (a marker is longer than the e-mail it replaces) and validated whole, so
 * that every stored spec reads back. Never a blanket redaction of the structure: that turned a
 * threshold `{auth_failures: 5}` into a string and the directive into one nobody could load.
 */
export function storableSpec(spec: DirectiveSpec): DirectiveSpec {
  const parsed = DirectiveSpecSchema.safeParse({
    ...spec,
    title: clip(redactText(spec.title), 120),
    description: clip(redactText(spec.description), 2_000),
    focus_keywords: spec.focus_keywords.map((k) => clip(redactText(k), 100)),
    containers: { names: spec.containers.names.map((n) => clip(redactText(n), 256)), labels: spec.containers.labels.map((l) => redactText(l)), hosts: spec.containers.hosts },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ToolError('INVALID', `Directive spec cannot be stored: ${issue.path.join('.') || 'spec'}: ${issue.message}.`, 'Change that field; see get_directive D4 for a complete example.');
  }
  return parsed.data;
}

export const storableSnapshot = (d: DirectiveSnapshot): DirectiveSnapshot => ({ id: d.id, name: d.name, version: d.version, spec: storableSpec(d.spec) });

/**
 * Reads a stored spec. A row written by an older version that no longer validates (the redaction
 * bug above stored strings where numbers belong) still reads: each invalid field falls back to its
 * default, and the directive can be launched and updated again instead of failing for ever.
 */
export function readStoredSpec(json: string): DirectiveSpec {
  let value = JSON.parse(json) as Record<string, unknown>;
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = DirectiveSpecSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    value = structuredClone(value);
    for (const issue of parsed.error.issues) dropPath(value, issue.path);
  }
  return DirectiveSpecSchema.parse(value);
}

function dropPath(value: Record<string, unknown>, path: readonly PropertyKey[]): void {
  if (path.length === 0) return;
  let at: unknown = value;
  for (const key of path.slice(0, -1)) at = (at as Record<PropertyKey, unknown> | undefined)?.[key];
  if (at && typeof at === 'object') {
    const last = path[path.length - 1]!;
    if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1);
    else delete (at as Record<PropertyKey, unknown>)[last];
  }
}
