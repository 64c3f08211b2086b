/// <reference lib="dom" />
import { DATA_ELEMENT_ID, VIEW_META_KEY } from '../meta.js';
import type { RunViewModel } from '../view-model.js';
import { renderRun, renderText } from './render.js';

/**
 * The run view's entry. A standalone file (`report --html`) carries its model in a JSON element
 * and draws it at once; as an MCP App the page waits for the host to pass the tool result
 * (ui/notifications/tool-result) through ext-apps' App, and draws the model in its `_meta`.
 */
const root = document.getElementById('app')!;

function isModel(v: unknown): v is RunViewModel {
  return typeof v === 'object' && v !== null && (v as RunViewModel).version === 1 && typeof (v as RunViewModel).run === 'object';
}

function showResult(result: { _meta?: Record<string, unknown>; content?: { type: string; text?: string }[]; isError?: boolean }): void {
  const model = result._meta?.[VIEW_META_KEY];
  if (isModel(model)) return renderRun(root, model);
  renderText(root, (result.content ?? []).map((c) => (c.type === 'text' ? (c.text ?? '') : '')).join('\n') || 'This result has no run to show.');
}

const embedded = document.getElementById(DATA_ELEMENT_ID)?.textContent?.trim();
if (embedded) {
  performance.mark('cyberbrain-script');
  renderRun(root, JSON.parse(embedded) as RunViewModel);
  // Read by bench/report-render.mjs: when the run was drawn, from the navigation's start.
  performance.mark('cyberbrain-rendered');
} else if (window.parent !== window) {
  // A dynamic import: esbuild keeps it in this one file but runs the module (the MCP SDK and its
  // schemas) only here, so a standalone page never pays for building the App's protocol layer.
  import('@modelcontextprotocol/ext-apps')
    .then(({ App }) => {
      const app = new App({ name: 'cyberbrain-run-view', version: '1.0.0' }, {});
      app.ontoolresult = (result) => showResult(result as Parameters<typeof showResult>[0]);
      return app.connect();
    })
    .catch((err: unknown) => renderText(root, `Could not connect to the host: ${String(err)}`));
} else {
  renderText(root, 'No run in this page. Open it from an MCP host, or write one with: cyberbrain-mcp report RUN_ID --html > run.html');
}
