import type { Store } from '../store/index.js';

/** One run in a container's history. */
export interface HistoryRun {
  run_id: string;
  created_at: string;
  directive_id: string;
  /** The run's status. */
  status: string;
  /** The log_triage row's status for this container, or null when no triage ran. */
  triage_status: string | null;
  restarts: number | null;
  errors: number | null;
  warnings: number | null;
}

/** A template charted over the runs: `counts[i]` is its count in `runs[i]` (0 when absent, null when no triage ran). */
export interface HistoryTemplate {
  fingerprint: string;
  template: string;
  severity: string;
  counts: (number | null)[];
}

export interface ContainerHistory {
  host: string;
  container: string;
  /** Oldest first, the order a chart reads. */
  runs: HistoryRun[];
  templates: HistoryTemplate[];
}

export const HISTORY_MAX_RUNS = 50;
export const HISTORY_MAX_TEMPLATES = 20;

export interface HistoryOptions {
  runs: number;
  templates: number;
  /** Only runs up to this one (by launch order): the view of an old run shows the past it had. */
  upToSeq?: number;
  /** Chart these templates (e.g. a run's top templates) instead of the top ones over the runs. */
  fingerprints?: readonly string[];
}

/** A container's last runs: status, restarts, error and warning counts, and its top templates' counts per run. */
export function containerHistory(store: Store, host: string, container: string, opts: HistoryOptions): ContainerHistory {
  const rows = store.history.runsOf(host, container, Math.min(opts.runs, HISTORY_MAX_RUNS), opts.upToSeq).reverse();
  const runIds = rows.map((r) => r.run_id);
  const top = opts.fingerprints
    ? opts.fingerprints.slice(0, HISTORY_MAX_TEMPLATES).map((fingerprint) => ({ fingerprint, template: '', severity: '' }))
    : store.history.topTemplates(host, container, runIds, Math.min(opts.templates, HISTORY_MAX_TEMPLATES));
  const counts = new Map<string, number>();
  for (const c of store.history.counts(host, container, runIds, top.map((t) => t.fingerprint))) counts.set(`${c.fingerprint} ${c.run_id}`, c.count);
  return {
    host,
    container,
    runs: rows.map((r) => ({
      run_id: r.run_id,
      created_at: new Date(r.created_at).toISOString(),
      directive_id: r.directive_id,
      status: r.status,
      triage_status: r.triage_status,
      restarts: r.restarts,
      errors: r.errors,
      warnings: r.warnings,
    })),
    templates: top.map((t) => ({
      fingerprint: t.fingerprint,
      template: t.template,
      severity: t.severity,
      counts: rows.map((r) => (r.triage_status === null ? null : (counts.get(`${t.fingerprint} ${r.run_id}`) ?? 0))),
    })),
  };
}
