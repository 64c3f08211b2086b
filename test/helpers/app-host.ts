import { build } from 'esbuild';
import { ROOT } from './client.js';

/**
 * A minimal MCP Apps host, as a chat client would embed a view: the ui:// resource's HTML goes
 * into a sandboxed iframe (srcdoc, scripts only, opaque origin) and ext-apps' AppBridge talks to
 * it over postMessage. `window.startHost(html, toolResult)` loads the view and, once the view has
 * initialized, sends it the tool result.
 */
const HOST_SCRIPT = `
import { AppBridge, PostMessageTransport } from '@modelcontextprotocol/ext-apps/app-bridge';
window.startHost = async (html, result) => {
  const iframe = document.getElementById('view');
  const bridge = new AppBridge(null, { name: 'cyberbrain-test-host', version: '1.0.0' }, {});
  const initialized = new Promise((resolve) => { bridge.oninitialized = () => resolve(); });
  bridge.onsizechange = ({ height }) => { if (height) iframe.style.height = height + 'px'; };
  iframe.srcdoc = html;
  await bridge.connect(new PostMessageTransport(iframe.contentWindow, iframe.contentWindow));
  await initialized;
  await bridge.sendToolResult(result);
  return bridge.getAppVersion();
};
`;

export async function hostPageHtml(): Promise<string> {
  const out = await build({
    stdin: { contents: HOST_SCRIPT, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'warning',
  });
  const js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><title>test host</title><style>body{margin:0;background:#eef}iframe{width:1260px;height:900px;border:0;background:#fff}</style></head>
<body><iframe id="view" sandbox="allow-scripts"></iframe><script>${js}</script></body></html>`;
}
