import VIEW_SCRIPT from 'virtual:cyberbrain-view-script';
import { DATA_ELEMENT_ID } from './meta.js';
import { PAGE_STYLE } from './page-style.js';
import type { RunViewModel } from './view-model.js';

/**
 * No network at all, whatever the data says: scripts and styles only inline, images only as data:
 * URIs. Hosts wrap an MCP App in their own CSP too; this one also holds for a file opened from disk.
 */
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** JSON inside <script>: nothing in it can close the element or start a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The run view as one self-contained HTML file. With a model (`report --html`, `run --html`) the
 * page draws it at once; without one (the `ui://` resource) it waits for the host to send a tool
 * result through the MCP Apps bridge.
 */
export function renderPage(model?: RunViewModel): string {
  const title = model ? `Run ${model.run.run_id}` : 'Cyberbrain run';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title.replace(/[^\w .-]/g, '')}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main id="app"><p class="muted" id="waiting">Waiting for a run…</p></main>
<script type="application/json" id="${DATA_ELEMENT_ID}">${model ? scriptJson(model) : ''}</script>
<script>${VIEW_SCRIPT.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
