import { z } from 'zod';
import type { RunStatus } from '../domain/run.js';
import { buildReportJson, renderMarkdown } from '../jobs/report.js';
import { withOverrides } from '../jobs/runner.js';
import type { Severity } from '../jobs/types.js';
import { loadDirective, snapshotOf } from '../tools/directive-views.js';
import { oneOf, parse, positiveInt, UsageError } from './args.js';
import { RUN_HELP } from './help.js';
import { note, print, withApp } from './output.js';
import { ProgressLine } from './progress.js';
import { runHtml } from '../views/export.js';
import { writeFileSync } from 'node:fs';

/** Exit codes of `run` (README): 0 succeeded, 1 partial/failed/cancelled, 2 usage, 3 could not start, 4 --fail-on. */
const EXIT_FINDINGS = 4;
const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    directive: { type: 'string', short: 'd' },
    container: { type: 'string', short: 'c', multiple: true },
    host: { type: 'string', multiple: true },
    since: { type: 'string' },
    tail: { type: 'string' },
    'fail-on': { type: 'string' },
    yes: { type: 'boolean', short: 'y' },
    format: { type: 'string' },
    html: { type: 'string' },
    db: { type: 'string' },
    'read-only': { type: 'boolean' },
  });
  if (values.help) return print(RUN_HELP), 0;
  if (!values.directive) throw new UsageError('run needs --directive, e.g. --directive D1 (list them with: cyberbrain-mcp directives)');
  const format = oneOf(values.format as string | undefined, ['markdown', 'json'] as const, '--format') ?? 'markdown';
  const failOn = oneOf(values['fail-on'] as string | undefined, ['warning', 'critical'] as const, '--fail-on');
  const tail = positiveInt(values.tail as string | undefined, '--tail', 10_000_000);
  const since = values.since as string | undefined;
  return withApp({ db: values.db as string | undefined }, async ({ deps }) => {
    const d = loadDirective(deps.store.directives, values.directive as string);
    if (d.spec.requires_approval && !values.yes) throw new UsageError(`directive ${d.id} requires approval: add --yes to approve this run`);
    let directive;
    try {
      directive = withOverrides(snapshotOf(d), since || tail ? { window: { ...(since ? { since } : {}), ...(tail ? { tail } : {}) } } : undefined);
    } catch (err) {
      if (!(err instanceof z.ZodError)) throw err;
      const i = err.issues[0]!;
      const flag = i.path.includes('since') ? `--since "${since}"` : i.path.includes('tail') ? `--tail ${tail}` : i.path.join('.');
      throw new UsageError(`${flag}: ${i.message} (e.g. --since 2h, --since 30m, --tail 5000)`);
    }
    const hosts = values.host as string[] | undefined;
    // Ctrl-C cancels the run cleanly (its rows end cancelled, the report says so); a second one quits
    // at once. Listened for before the launch: the run is marked running inside it, and a Ctrl-C
    // that came before a listener would end the process there and leave the run running.
    let runId: string | undefined;
    let interrupts = 0;
    const progress = new ProgressLine(process.stderr);
    const cancel = (id: string) => {
      progress.clear();
      note(`Cancelling run ${id}… (Ctrl-C again to quit at once)`);
      deps.engine.cancel(id);
    };
    const onInterrupt = () => {
      if (++interrupts > 1) process.exit(130);
      if (runId !== undefined) cancel(runId);
    };
    process.on('SIGINT', onInterrupt);
    let status: RunStatus;
    let stopProgress = () => {};
    try {
      runId = await deps.engine.launch({ directive, containers: values.container as string[] | undefined, ...(hosts?.length ? { hosts } : {}), transport: 'cli' });
      const id = runId;
      progress.show(`[0/${deps.store.runs.jobs(id).length}] run ${id} started`);
      stopProgress = deps.engine.onProgress((p) => {
        if (p.runId === id) progress.show(`[${p.done}/${p.total}] ${p.message}`);
      });
      if (interrupts > 0) cancel(id);
      status = (await deps.engine.waitFor(id, 24 * 3_600_000)) as RunStatus;
    } finally {
      process.off('SIGINT', onInterrupt);
      stopProgress();
      progress.clear();
    }

    const report = buildReportJson(deps.store, runId)!;
    print(format === 'json' ? JSON.stringify(report, null, 2) : renderMarkdown(report));
    const saved = deps.store.runs.artifact(runId, format === 'json' ? 'report_json' : 'report_markdown');
    if (saved) note(`Report saved to ${saved.path}`);
    if (values.html) {
      writeFileSync(values.html as string, (await runHtml(deps.store, runId))!);
      note(`Run view written to ${values.html as string}`);
    }
    if (status !== 'succeeded' && status !== 'skipped') return 1;
    if (failOn && report.findings.some((f) => RANK[f.severity] <= RANK[failOn])) {
      note(`--fail-on ${failOn}: the run found ${failOn === 'critical' ? 'a critical finding' : 'a finding at warning level or worse'}`);
      return EXIT_FINDINGS;
    }
    return 0;
  });
}
