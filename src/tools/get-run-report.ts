import { isFinished, RUN_STATUSES } from '../domain/run.js';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { buildReportJson, pageOf, renderMarkdown, type RunReportJson } from '../jobs/report.js';
import { answerAwaitingSummary, summaryAsker } from '../jobs/summary.js';
import { runViewApp } from '../views/run-view.js';
import { CursorSchema, readCursor, defineTool, encodeCursor, READ_ONLY } from './_define.js';
import { RunIdSchema } from './get-run.js';

const PageCursor = z.object({ p: z.number().int().min(0) });

export const getRunReport = defineTool({
  name: 'get_run_report',
  title: 'Get run report',
  description:
    'Reads a run\'s report, one page at a time (page size is the directive\'s report_max_bytes, 8 KB by default): markdown for reading, or json carrying every result. Follow next_cursor for the rest. Works while the run is still going (a partial report).',
  input: {
    run_id: RunIdSchema,
    format: z.enum(['markdown', 'json']).default('markdown').describe('"markdown" to read, "json" for every detail'),
    cursor: CursorSchema,
  },
  output: {
    run_id: z.string(),
    status: z.enum(RUN_STATUSES),
    format: z.enum(['markdown', 'json']),
    page: z.number(),
    pages: z.number(),
    next_cursor: z.string().optional(),
    saved_to: z.string().optional().describe('Where the whole report was saved as a file, once the run has ended'),
    markdown: z.string().optional(),
    report: z.record(z.string(), z.unknown()).optional(),
  },
  scope: 'runs:read',
  annotations: { ...READ_ONLY, idempotentHint: false },
  async handler({ run_id, format, cursor }, { deps, actor, askModelNow }) {
    let report = buildReportJson(deps.store, run_id) ?? notFound('run', run_id, 'List runs with list_runs.');
    // A summary that waits for this client's model (its run was launched by a 2026-07-28 client):
    // asked now, on the first read after the run ended.
    const asker = summaryAsker(actor);
    if (askModelNow && asker && !cursor && isFinished(report.run.status) && (await answerAwaitingSummary(deps.store, run_id, asker, askModelNow, deps.log))) {
      deps.engine.rewriteReportFiles(run_id);
      report = buildReportJson(deps.store, run_id) ?? report;
    }
    const page = cursor ? readCursor(cursor, PageCursor, 'get_run_report').p : 0;
    const pageBytes = report.directive.spec.report_max_bytes;
    const saved = deps.store.runs.artifact(run_id, format === 'json' ? 'report_json' : 'report_markdown');
    const base = { run_id, status: report.run.status, format, ...(saved ? { saved_to: saved.path } : {}) };
    if (format === 'markdown') {
      const p = pageOf(renderMarkdown(report), pageBytes, page);
      return { ...base, page: p.page, pages: p.pages, markdown: p.text, ...(p.page + 1 < p.pages ? { next_cursor: encodeCursor({ p: p.page + 1 }) } : {}) };
    }
    const p = jsonPage(report, Math.max(pageBytes * 4, 32_768), page);
    return { ...base, page: p.page, pages: p.pages, report: p.report, ...(p.page + 1 < p.pages ? { next_cursor: encodeCursor({ p: p.page + 1 }) } : {}) };
  },
  // The run view draws the whole run: sent with the first page only.
  app: runViewApp((out: { run_id: string; page: number }) => out.page === 0),
  toText(out) {
    const more = out.next_cursor ? `\n\n(page ${out.page + 1} of ${out.pages}; call get_run_report again with cursor "${out.next_cursor}" for the next page)` : '';
    return out.markdown !== undefined ? out.markdown + more : JSON.stringify(out);
  },
});

/**
 * JSON pages split the job rows so each page stays near `pageBytes`; the run, the directive and
 * the findings come on the first page. Every row appears on exactly one page.
 */
function jsonPage(report: RunReportJson, pageBytes: number, page: number): { report: Record<string, unknown>; page: number; pages: number } {
  const pages: RunReportJson['jobs'][] = [[]];
  let size = Buffer.byteLength(JSON.stringify({ run: report.run, directive: report.directive, findings: report.findings }));
  for (const job of report.jobs) {
    const b = Buffer.byteLength(JSON.stringify(job));
    if (size + b > pageBytes && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      size = 0;
    }
    pages[pages.length - 1]!.push(job);
    size += b;
  }
  const index = Math.min(page, pages.length - 1);
  const jobs = pages[index]!;
  return { report: index === 0 ? { run: report.run, directive: report.directive, findings: report.findings, jobs } : { jobs }, page: index, pages: pages.length };
}
