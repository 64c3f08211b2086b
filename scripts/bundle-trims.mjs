// esbuild plugins that keep code nobody runs out of what a cold start parses. Every assistant pays
// the cold start each time it launches the server, and parsing is most of it (bench:list-runs).
import { resolve } from 'node:path';

/**
 * zod's barrels re-export every locale (`export * as locales`), about 260 KB that neither the
 * server nor the page uses (the English messages come in through their own import): an empty
 * module stands in.
 */
export const noZodLocales = {
  name: 'no-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (args.importer.includes('/zod/') ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** The SDK's runtime shims, with Ajv loaded on first use (src/transport/lazy-json-schema-validator.ts). */
export const lazyAjv = {
  name: 'lazy-ajv',
  setup(b) {
    b.onResolve({ filter: /^@modelcontextprotocol\/server\/_shims$/ }, () => ({ path: resolve('src/transport/lazy-json-schema-validator.ts') }));
  },
};
