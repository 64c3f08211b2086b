import { buildReportJson } from '../jobs/report.js';
import type { Store } from '../store/index.js';
import type { ToolApp } from '../tools/_define.js';
import { RUN_VIEW_URI, VIEW_META_KEY } from './meta.js';
import { buildViewModel, type RunViewModel } from './view-model.js';

/** The view model of a stored run; undefined when there is no such run. */
export function runViewModel(store: Store, runId: string): RunViewModel | undefined {
  const report = buildReportJson(store, runId);
  return report ? buildViewModel(store, report) : undefined;
}

/**
 * The App of tools whose result names a run: the run view page, with the run's model in the
 * result's `_meta`. `wants` picks the results worth a model (e.g. the first page of a report).
 */
export function runViewApp<Out extends { run_id: string }>(wants: (out: Out) => boolean = () => true): ToolApp<Out> {
  return {
    resourceUri: RUN_VIEW_URI,
    view(out, ctx) {
      if (!wants(out)) return undefined;
      const model = runViewModel(ctx.deps.store, out.run_id);
      return model ? { [VIEW_META_KEY]: model } : undefined;
    },
  };
}
