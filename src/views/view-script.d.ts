/**
 * The run view's in-page script (src/views/app/main.ts), bundled and minified by esbuild at build
 * time (scripts/view-script.mjs) and handed to the server bundle as text.
 */
declare module 'virtual:cyberbrain-view-script' {
  const script: string;
  export default script;
}
