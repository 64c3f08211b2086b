/** The MCP App (SEP-1865) resource that shows a run: get_run_report and launch_run point at it. */
export const RUN_VIEW_URI = 'ui://cyberbrain/run.html';
/** The MIME type hosts expect of an MCP App resource (ext-apps RESOURCE_MIME_TYPE). */
export const APP_MIME_TYPE = 'text/html;profile=mcp-app';
/**
 * Where a tool result carries the run's view model. `_meta`, not structuredContent: the model
 * reads structuredContent, the page needs more (the map, the histories), and hosts hand the whole
 * result, `_meta` included, to the App.
 */
export const VIEW_META_KEY = 'cyberbrain/run-view';
/** The id of the element that holds a standalone page's embedded view model. */
export const DATA_ELEMENT_ID = 'cyberbrain-run-data';
/** The capability under which hosts that show MCP Apps say so (ext-apps EXTENSION_ID). */
export const APPS_EXTENSION = 'io.modelcontextprotocol/ui';

/**
 * Whether the client shows MCP Apps: it declares the Apps extension (ext-apps getUiCapability).
 * Only such clients get the view model: for the others it would be work (a history per
 * container) and bytes (the map, the charts) nobody looks at.
 */
export function showsApps(capabilities: { extensions?: Record<string, unknown> } | undefined): boolean {
  return capabilities?.extensions?.[APPS_EXTENSION] !== undefined;
}
