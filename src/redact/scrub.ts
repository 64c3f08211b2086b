import { DEFAULT_OPTIONS, marker, Redactor, type RedactionOptions, type RedactionStats } from './engine.js';

/**
 * The process-wide redactor every boundary uses: logger, store, reports, tool results, resources,
 * errors, audit log. Configured once at start-up (like pino's redact paths, its rules never come
 * from user input at run time), then only read.
 */
// Built on first use (or by configureRedaction at start-up), so its automaton is compiled once.
let active: Redactor | undefined;
const current = (): Redactor => (active ??= new Redactor(DEFAULT_OPTIONS));

export function configureRedaction(options: RedactionOptions): void {
  active = new Redactor(options);
}

export const redactText = (input: string, stats?: RedactionStats): string => current().redact(input, stats);
export const redactDeep = <T>(value: T, stats?: RedactionStats): T => current().redactDeep(value, stats);
export const redactEnvEntry = (entry: string, stats?: RedactionStats): string => current().redactEnvEntry(entry, stats);
export const redactor = (): Redactor => current();
export { marker };
