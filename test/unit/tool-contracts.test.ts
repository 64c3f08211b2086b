import { describe, expect, it } from 'vitest';
import { ALL_TOOLS, isConfigWrite } from '../../src/tools/index.js';

/**
 * What a tool says about itself must agree with what it may do: an HTTP caller's scope decides
 * what it can call, and clients decide from readOnlyHint what to run without asking. A tool that
 * only reads needs no more than runs:read, and a runs:read tool must be read-only.
 */
describe('tool contracts', () => {
  it.each(ALL_TOOLS.map((t) => [t.name, t] as const))('%s: scope runs:read ⇔ readOnlyHint, admin ⇔ configuration write', (_name, tool) => {
    expect(tool.scope === 'runs:read', `${tool.name} scope ${tool.scope}`).toBe(tool.annotations.readOnlyHint);
    if (tool.annotations.readOnlyHint) expect(tool.annotations.destructiveHint).toBe(false);
    expect(isConfigWrite(tool)).toBe(tool.scope === 'admin');
    // Every input field is described for the model.
    for (const [key, schema] of Object.entries(tool.input)) expect((schema as { description?: string }).description, `${tool.name}.${key}`).toBeTruthy();
  });
});
