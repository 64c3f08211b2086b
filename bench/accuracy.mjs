// Template-mining accuracy on labelled log samples, with ONE default configuration for every
// dataset (no per-dataset regexes or parameters).
//
//   npm run bench:accuracy -- --data DIR --out OUTDIR
//
// For every <D>/<D>_2k.log_structured.csv under DIR it mines the Content column, writes
// OUTDIR/<D>_pred.csv (LineId,EventId,EventTemplate) and scores it with DIR/../score.mjs when present
// (else the scorer next to the shared data), printing GA, PA and FGA per dataset and the average.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TemplateMiner, templateText } from '../dist/jobs/log-triage/miner.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string', default: join(root, '../shared/data/loghub2k') }, out: { type: 'string', default: join(root, 'bench/out/accuracy') } } });
const dataDir = resolve(values.data);
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, commas and newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows;
}
const csvField = (s) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const datasets = readdirSync(dataDir).filter((d) => existsSync(join(dataDir, d, `${d}_2k.log_structured.csv`))).sort();
if (datasets.length === 0) {
  console.error(`no <D>/<D>_2k.log_structured.csv under ${dataDir}`);
  process.exit(2);
}
const scorer = [join(dataDir, 'score.mjs'), join(dirname(dataDir), 'score.mjs'), join(root, '../shared/data/loghub2k/score.mjs')].find(existsSync);
const results = [];
for (const d of datasets) {
  const truthPath = join(dataDir, d, `${d}_2k.log_structured.csv`);
  const [header, ...rows] = parseCsv(readFileSync(truthPath, 'utf8')).filter((r) => r.length > 1);
  const lineId = header.indexOf('LineId');
  const content = header.indexOf('Content');
  const miner = new TemplateMiner();
  const t0 = performance.now();
  const assigned = rows.map((r) => [r[lineId], miner.add(r[content])]);
  const ms = performance.now() - t0;
  const lines = ['LineId,EventId,EventTemplate', ...assigned.map(([id, c]) => `${id},E${c.id + 1},${csvField(templateText(c))}`)];
  const predPath = join(outDir, `${d}_pred.csv`);
  writeFileSync(predPath, lines.join('\n') + '\n');
  let score = { GA: NaN, PA: NaN, FGA: NaN };
  if (scorer) score = JSON.parse(execFileSync(process.execPath, [scorer, truthPath, predPath, '--json'], { encoding: 'utf8' }));
  results.push({ dataset: d, lines: rows.length, templates: miner.all().length, ms, ...score });
}
const avg = (k) => results.reduce((s, r) => s + r[k], 0) / results.length;
const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  n/a');
console.log('dataset       lines  templates     GA     PA    FGA');
for (const r of results) console.log(`${r.dataset.padEnd(12)} ${String(r.lines).padStart(6)} ${String(r.templates).padStart(10)}  ${f(r.GA)}  ${f(r.PA)}  ${f(r.FGA)}`);
console.log(`${'average'.padEnd(12)} ${''.padStart(6)} ${''.padStart(10)}  ${f(avg('GA'))}  ${f(avg('PA'))}  ${f(avg('FGA'))}`);
console.log(`targets: GA >= 0.90 ${avg('GA') >= 0.9 ? 'MET' : 'NOT MET'}; PA >= 0.70 ${avg('PA') >= 0.7 ? 'MET' : 'NOT MET'}`);
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ results, average: { GA: avg('GA'), PA: avg('PA'), FGA: avg('FGA') } }, null, 2));
console.log(`predictions: ${outDir}`);
