// Stands in for the SDK's `@modelcontextprotocol/server/_shims` inside the bundle (see
// scripts/bundle-trims.mjs). The SDK builds an Ajv validator in every Server's constructor, but
// uses it only to check an elicitation answer against the schema that was asked for. Ajv is about
// 290 KB of code that every cold start would parse for a question most sessions never ask: here
// it is loaded on the first validation instead, from the SDK's own published entry.
import { createRequire } from 'node:module';
import process from 'node:process';

type Validator = (input: unknown) => { valid: boolean; data?: unknown; errorMessage?: string };
interface JsonSchemaValidatorLike {
  getValidator(schema: unknown): Validator;
}

const requireFromHere = createRequire(import.meta.url);

export class DefaultJsonSchemaValidator implements JsonSchemaValidatorLike {
  private inner: JsonSchemaValidatorLike | undefined;

  getValidator(schema: unknown): Validator {
    if (!this.inner) {
      const { AjvJsonSchemaValidator } = requireFromHere('@modelcontextprotocol/server/validators/ajv') as {
        AjvJsonSchemaValidator: new () => JsonSchemaValidatorLike;
      };
      this.inner = new AjvJsonSchemaValidator();
    }
    return this.inner.getValidator(schema);
  }
}

export { process };
