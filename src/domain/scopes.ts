import { z } from 'zod';

/** What a caller may do over HTTP: read history, run diagnostics, change configuration. */
export const SCOPES = ['runs:read', 'runs:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];
export const ScopeSchema = z.enum(SCOPES);

// Each scope includes the ones below it: admin ⊃ runs:write ⊃ runs:read.
const LEVEL: Record<Scope, number> = { 'runs:read': 0, 'runs:write': 1, admin: 2 };

export function grants(held: Iterable<string>, needed: Scope): boolean {
  for (const s of held) if (s in LEVEL && LEVEL[s as Scope] >= LEVEL[needed]) return true;
  return false;
}
