// Stands in for the SDK's `@modelcontextprotocol/server/_shims` inside the bundle (see
// scripts/bundle-trims.mjs). The SDK builds an Ajv validator in every Server's constructor, but
// uses it only to check an elicitation answer against the schema that was asked for. Ajv is about
// 290 KB of code that every cold start would parse for a question most sessions never ask: here
// it is loaded (from a chunk of the bundle) when the server is about to ask one.
import process from 'node:process';

type Validator = (input: unknown) => { valid: boolean; data?: unknown; errorMessage?: string };
interface JsonSchemaValidatorLike {
  getValidator(schema: unknown): Validator;
}

let Loaded: (new () => JsonSchemaValidatorLike) | undefined;

/** Call before asking the client anything whose answer the SDK checks against a JSON Schema. */
export async function loadJsonSchemaValidator(): Promise<void> {
  Loaded ??= (await import('@modelcontextprotocol/server/validators/ajv')).AjvJsonSchemaValidator as unknown as new () => JsonSchemaValidatorLike;
}

export class DefaultJsonSchemaValidator implements JsonSchemaValidatorLike {
  private inner: JsonSchemaValidatorLike | undefined;

  getValidator(schema: unknown): Validator {
    if (!this.inner) {
      // A programming error, not a user's: every path that elicits loads the validator first.
      if (!Loaded) throw new Error('the JSON Schema validator is not loaded: call loadJsonSchemaValidator() before eliciting');
      this.inner = new Loaded();
    }
    return this.inner.getValidator(schema);
  }
}

export { process };
