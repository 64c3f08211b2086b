import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { outputSchema, strictInput } from '../../src/tools/_define.js';
import { ALL_TOOLS } from '../../src/tools/index.js';

/**
 * Tool schemas are built once per tool and remember their JSON Schema: a 2026-07-28 request gets
 * an MCP server of its own, and converting (and compiling) the schemas for each one was most of a
 * stateless call's time. What the SDK is given must still be exactly zod's own conversion, and no
 * caller may change what the next one gets (the conversion is frozen).
 */
describe('tool schemas', () => {
  const target = 'draft-2020-12';
  it.each(ALL_TOOLS.map((t) => [t.name, t] as const))('%s: one schema per tool, converted as zod converts it', (_name, tool) => {
    expect(strictInput(tool)).toBe(strictInput(tool));
    expect(outputSchema(tool)).toBe(outputSchema(tool));
    const fresh = { input: z.strictObject(tool.input), output: z.object(tool.output) };
    expect(strictInput(tool)['~standard'].jsonSchema.input({ target })).toEqual(fresh.input['~standard'].jsonSchema.input({ target }));
    expect(outputSchema(tool)['~standard'].jsonSchema.output({ target })).toEqual(fresh.output['~standard'].jsonSchema.output({ target }));
  });

  it('lets no caller change the converted schema the next one gets', () => {
    const schema = outputSchema(ALL_TOOLS[0]!);
    const first = schema['~standard'].jsonSchema.output({ target }) as { properties: Record<string, Record<string, unknown>> };
    expect(() => ((first as Record<string, unknown>).properties = { planted: true })).toThrow(TypeError);
    const someField = Object.values(first.properties)[0]!;
    expect(() => (someField.planted = true)).toThrow(TypeError);
    expect(schema['~standard'].jsonSchema.output({ target })).toEqual(z.object(ALL_TOOLS[0]!.output)['~standard'].jsonSchema.output({ target }));
  });

  it('still names the arguments a tool takes when given an unknown one', () => {
    const tool = ALL_TOOLS.find((t) => t.name === 'list_runs')!;
    const parsed = strictInput(tool).safeParse({ limt: 5 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/Unknown argument "limt": list_runs takes .*limit/);
  });
});
