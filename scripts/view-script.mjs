// Bundles the run view's in-page script (src/views/app/main.ts) into one minified IIFE, returned
// as text for the server bundle to inline into the page (see src/views/page.ts).
import { build } from 'esbuild';
import { noZodLocales } from './bundle-trims.mjs';

export async function buildViewScript() {
  const result = await build({
    entryPoints: ['src/views/app/main.ts'],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    plugins: [noZodLocales],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** For the server bundle: `import script from 'virtual:cyberbrain-view-script'` gets the text. */
export const viewScriptPlugin = {
  name: 'view-script',
  setup(b) {
    b.onResolve({ filter: /^virtual:cyberbrain-view-script$/ }, () => ({ path: 'view-script', namespace: 'view-script' }));
    b.onLoad({ filter: /.*/, namespace: 'view-script' }, async () => ({ contents: await buildViewScript(), loader: 'text' }));
  },
};
