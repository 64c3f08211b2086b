import type { Store } from '../store/index.js';
import { layoutServiceMap } from './graph-layout.js';
import { runViewModel } from './run-view.js';
import { mapSvg, svgText } from './svg.js';
import type { ViewMap } from './view-model.js';

/** The run view as a standalone HTML file with the run embedded; undefined when there is no such run. */
export async function runHtml(store: Store, runId: string): Promise<string | undefined> {
  const model = runViewModel(store, runId);
  if (!model) return undefined;
  // The page carries its bundled script: loaded only by the commands that write one.
  const { renderPage } = await import('./page.js');
  return renderPage(model);
}

export type SvgExport = { svg: string; maps: number } | { missing: 'run' | 'map' };

/** The run's service map alone as SVG, laid out here with the page's own layout code. */
export function runSvg(store: Store, runId: string): SvgExport {
  const model = runViewModel(store, runId);
  if (!model) return { missing: 'run' };
  const map = model.maps.find((m: ViewMap) => m.status === 'succeeded') ?? model.maps[0];
  if (!map) return { missing: 'map' };
  return { svg: svgText(mapSvg(layoutServiceMap(map))), maps: model.maps.length };
}
