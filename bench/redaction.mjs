// Redaction: recall and over-redaction per family on every corpus we have, side by side with
// secretlint's recommended preset on the same data in the same run, and throughput.
//
//   npm run bench:redaction [-- --mb 32]
//
// Every figure here is IN-SAMPLE: the rules were developed looking at these corpora. The
// generalisation figure is the held-out corpus that other people measure on data we never see.
import { execFileSync } from 'node:child_process';
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
const redactor = new Redactor(DEFAULT_OPTIONS);
const secretlintConfig = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };
const secretlint = (content) => lintSource({ source: { filePath: '/bench.log', content, contentType: 'text' }, options: { config: secretlintConfig } });
const jsonl = (text) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

// Corpora, all as records {line, secret|null, secret_parts?, family}.
const PERSONAL = new Set(['ipv4', 'ipv6', 'email']);
const CONTEXTUAL = new Set(['secret_value', 'connection_string', 'url_credentials', 'authorization_header', 'cookie_header', 'bearer_token', 'high_entropy_secret']);
const familyOfRule = (rule) => (PERSONAL.has(rule) ? 'pii_network' : rule === 'private_key' ? 'private_key' : rule === 'jwt' ? 'jwt' : CONTEXTUAL.has(rule) ? 'context_dependent_secret' : 'vendor_prefixed_token');
const corpora = [];
const generator = resolve(root, '../shared/data/redaction/gen_corpus.mjs');
const generatorAlt = '/work/shared/data/redaction/gen_corpus.mjs';
const gen = existsSync(generator) ? generator : existsSync(generatorAlt) ? generatorAlt : undefined;
if (gen) corpora.push({ name: 'generator (gen_corpus.mjs)', records: jsonl(execFileSync(process.execPath, [gen], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) });
else console.log('generator corpus not found (../shared/data/redaction/gen_corpus.mjs): skipped');
corpora.push({
  name: 'fixtures (secrets.jsonl + benign.txt)',
  records: [
    ...jsonl(readFileSync(join(dir, 'secrets.jsonl'), 'utf8')).map((s) => ({ line: s.line, secret: s.secret, family: familyOfRule(s.rule) })),
    ...readFileSync(join(dir, 'benign.txt'), 'utf8').trimEnd().split('\n').map((line) => ({ line, secret: null })),
  ],
});
corpora.push({ name: 'fixtures (contexts.jsonl, new contexts)', records: jsonl(readFileSync(join(dir, 'contexts.jsonl'), 'utf8')) });
// Written blind (without reading the rules, by an engineer or a helper) and measured once before any
// change for them: that first figure is the out-of-sample estimate; what this prints now is in-sample,
// since each corpus's misses were mended by family after. (Addresses are masked by design: several
// first figures also count look-alikes changed only by that.)
const BLIND_CORPORA = [
  ['blind.jsonl', '87.0% / 0%'], // everyday secrets, 100 + 60 look-alikes
  ['blind2.jsonl', '95.0% / 7.5%'], // 80 secrets, 40 look-alikes
  ['blind3.jsonl', '96.7% / 1.7%'], // everyday operations logs
  ['blind4.jsonl', '90.0% / 15.0%'], // object dumps and tool shapes (6.7% without addresses)
  ['blind5.jsonl', '94.4% / 11.7%'], // Kubernetes, Terraform, Ansible, framework dumps, mail and queue protocols (5.0%)
  ['blind6.jsonl', '91.1% / 15.0%'], // CEF, GELF, RFC 5424, Erlang and Rust dumps, broker DSNs, cookies (6.7%)
  ['blind7.jsonl', '88.9% / 8.3%'], // CI logging commands, cloud CLIs, HTTP debug, network devices (5.0%)
  ['blind8.jsonl', '80.0% / 30.0%'], // mail, VoIP, LDAP, backup, config management, HPC, IoT, VPN (10.0%)
  ['blind9.jsonl', '92.2% / 0.0%'], // package managers, Git, BuildKit, app config, messaging, serverless
  ['blind10.jsonl', '74.4% / 13.3%'], // shapes: runtime dumps, log formats, encodings, labels apart, test failures
  ['blind11.jsonl', '75.6% / 15.0%'], // SCADA, telecom, payments, DICOM, media, ERP, mainframe, appliances (6.7%)
  ['blind12.jsonl', '87.8% / 16.7%'], // data engineering, ML and LLM tools, SQL audit, desktops, mobile, Windows, chat-ops, backup, gateways
  ['blind13.jsonl', '92.2% / 5.0%'], // observability, brokers, GitOps and proxies, IaC, package managers, registries, identity, webhooks
  ['blind14.jsonl', '78.9% / 5.0%'], // less common languages and config formats, self-hosted apps, ML tooling, secret CLIs, wallets, network gear
  ['blind15.jsonl', '95.6% / 6.7%'], // what a Docker host's containers print: config dumps, database containers, entrypoints, proxies, collectors
  ['blind16.jsonl', '91.1% / 5.0%'], // wire traces and debug output: HTTP clients, cloud and IaC CLIs, ORM bound parameters, brokers, mail/LDAP/SSO, other languages
  ['blind17.jsonl', '94.4% / 3.3%'], // crash dumps, shell traces and CI logs, database CLIs, network devices, cloud tokens in odd places, other languages
  ['blind18.jsonl', '85.6% / 10.0%'], // OAuth flows, Docker's own outputs, RPC payloads, config formats, values a line below their key, other languages, encodings, SaaS tokens, process listings (3.3%)
  ['blind19.jsonl', '84.4% / 15.0%'], // database servers, connectors, IaC and deploy output, auth servers, runtime dumps, network tools, URLs, apps, chat-ops (5.0% without addresses: three password hashes, masked by design)
  ['blind20.jsonl', '81.1% / 16.7%'], // mail servers, monitoring agents, backup, self-hosted apps, IoT, CI runners, JVM/.NET config, SQL dumps, crash reports (5.0% without addresses)
  ['blind21.jsonl', '85.6% / 10.0%'], // message brokers, Kubernetes and Helm, VPN and remote access, ML and data tooling, payments, game and media servers, enterprise and legacy, shell sessions, frontend builds
  ['blind22.jsonl', '80.0% / 1.7%'], // serverless and PaaS, databases and caches, secrets and identity tools, observability agents, IoT, mobile and desktop, CI/CD, network and proxies, non-English
  ['blind23.jsonl', '85.6% / 1.7%'], // app frameworks, queues and workers, storage and backup, auth and SSO, email and messaging, containers, data pipelines, scripts and cron, unusual encodings
  ['blind24.jsonl', '83.3% / 0.0%'], // language runtimes, web servers and gateways, cloud CLIs, database admin, devtools, monitoring, chat, hardware and embedded, mixed languages
  ['blind25.jsonl', '84.4% / 3.3%'], // reverse proxies and TLS, search and analytics, game and VoIP, payments, provisioning, ML serving, security tools, home lab, odd layouts
  ['blind26.jsonl', '87.8% / 8.3%'], // HTTP clients and SDKs, config management, database drivers and ORMs, identity providers, backup and sync, container runtimes, IoT protocols, email pipelines, support chats
  ['blind27.jsonl', '87.8% / 13.3%'], // Windows and PowerShell, data and analytics tools, load testing and browser test runners, orchestration, database admin, file transfer and legacy, messaging and API traffic, Git tooling, audit logs (5.0% without addresses)
  ['blind28.jsonl', '92.2% / 20.0%'], // Kubernetes operators, payments, mobile build pipelines, observability exporters, edge/CDN/DNS, home automation, email and identity, HPC, chat bots (13.3% without addresses)
  ['blind29.jsonl', '85.6% / 31.7%'], // web frameworks, database clients, containers and clusters, CI/CD, cloud CLIs and Terraform, message queues, remote access and network gear, monitoring, shell history and process listings (13.3% without addresses)
  ['blind30.jsonl', '91.1% / 66.7%'], // Python, JavaScript, JVM, Go and Rust ecosystems, identity and access, cloud data stores, DevOps platforms, email/SMS/push providers, ops chat (10.0% without addresses)
];
for (const [file, first] of BLIND_CORPORA) {
  corpora.push({ name: `fixtures (${file}, written blind; first measured ${first})`, records: jsonl(readFileSync(join(dir, file), 'utf8')) });
}

// A record's output: the redactor on the whole record, and line by line (a stream) when it spans lines.
const oursOut = (line) => {
  const whole = redactor.redact(line);
  if (!line.includes('\n')) return [whole];
  const lr = new LineRedactor(redactor);
  return [whole, line.split('\n').map((l) => lr.line(l)).join('\n')];
};
// Context kept: the words around the secret (not IP or e-mail) must survive.
const contextWords = (rec) => {
  let rest = rec.line;
  for (const p of rec.secret_parts ?? [rec.secret]) rest = rest.split(p).join(' ');
  return rest.split(/[\s"'=:,;{}()[\]<>]+/).filter((w) => w.length >= 4 && /[A-Za-z]/.test(w) && !/@|^\d+\.\d+\.\d+\.\d+$/.test(w));
};

async function secretlintFlags(rec) {
  const { messages } = await secretlint(rec.line);
  if (rec.secret === null) return messages.length > 0;
  return (rec.secret_parts ?? [rec.secret]).every((p) => {
    const at = rec.line.indexOf(p);
    return at >= 0 && messages.some((m) => m.range[0] < at + p.length && m.range[1] > at);
  });
}

const pct = (n, d) => (d === 0 ? '    -  ' : `${((100 * n) / d).toFixed(1)}%`.padStart(7));
const results = {};
console.log('IN-SAMPLE figures: the rules were developed on these corpora. Held-out generalisation is measured elsewhere.\n');
for (const corpus of corpora) {
  const fam = new Map();
  const benign = { n: 0, ours: 0, theirs: 0 };
  for (const rec of corpus.records) {
    const outs = oursOut(rec.line);
    const theirs = await secretlintFlags(rec);
    if (rec.secret === null) {
      benign.n++;
      if (outs.some((o) => o !== rec.line)) benign.ours++;
      if (theirs) benign.theirs++;
      continue;
    }
    const f = rec.family ?? 'other';
    if (!fam.has(f)) fam.set(f, { n: 0, ours: 0, theirs: 0, lostContext: 0 });
    const row = fam.get(f);
    row.n++;
    if (outs.every((o) => (rec.secret_parts ?? [rec.secret]).every((p) => !o.includes(p)))) row.ours++;
    if (theirs) row.theirs++;
    if (contextWords(rec).some((w) => !outs[0].includes(w))) row.lostContext++;
  }
  let n = 0;
  let ours = 0;
  let theirs = 0;
  console.log(`== ${corpus.name}`);
  console.log('family                         lines   recall: cyberbrain  secretlint   context lost (cyberbrain)');
  for (const [f, r] of [...fam].sort()) {
    n += r.n;
    ours += r.ours;
    theirs += r.theirs;
    console.log(`${f.padEnd(30)} ${String(r.n).padStart(5)}            ${pct(r.ours, r.n)}     ${pct(r.theirs, r.n)}      ${pct(r.lostContext, r.n)}`);
  }
  console.log(`${'ALL secret lines'.padEnd(30)} ${String(n).padStart(5)}            ${pct(ours, n)}     ${pct(theirs, n)}`);
  console.log(`${'benign lines changed'.padEnd(30)} ${String(benign.n).padStart(5)}            ${pct(benign.ours, benign.n)}     ${pct(benign.theirs, benign.n)}   (over-redaction; lower is better)\n`);
  results[corpus.name] = { families: Object.fromEntries(fam), recall: { ours: ours / n, secretlint: theirs / n, lines: n }, benign_changed: { ours: benign.ours / benign.n, secretlint: benign.theirs / benign.n, lines: benign.n } };
}

// Throughput: real system logs (Loghub samples in ../shared/data, read in place) with the benign
// look-alikes mixed in and a corpus secret every 20th line.
const loghub = [join(root, '../shared/data/loghub2k'), '/work/shared/data/loghub2k'].find((p) => existsSync(p));
const real = loghub
  ? readdirSync(loghub)
      .filter((d) => existsSync(join(loghub, d, `${d}_2k.log`)))
      .flatMap((d) => readFileSync(join(loghub, d, `${d}_2k.log`), 'utf8').split('\n').filter(Boolean))
  : [];
// The same throughput corpus as before this change (the fixtures' secret and benign lines), so the
// rate compares with earlier runs; the secret-dense rate over every corpus is printed beside it.
const fixtures = corpora.find((c) => c.name.startsWith('fixtures (secrets'));
const secretLines = fixtures.records.filter((r) => r.secret !== null).map((r) => r.line);
const benignLines = fixtures.records.filter((r) => r.secret === null).map((r) => r.line);
const allSecretLines = corpora.flatMap((c) => c.records).filter((r) => r.secret !== null).map((r) => r.line);
const ordinary = [...real, ...benignLines];
console.log(`throughput corpus: ${real.length} real log lines (Loghub), ${benignLines.length} benign look-alikes, 1 secret line (fixtures) in 20`);
const lines = [];
let bytes = 0;
const target = Number(values.mb) * 1024 * 1024;
for (let i = 0; bytes < target; i++) {
  const l = i % 20 === 19 ? secretLines[i % secretLines.length] : ordinary[i % ordinary.length];
  lines.push(l);
  bytes += Buffer.byteLength(l) + 1;
}
const text = lines.join('\n');
// One core: CPU time of this (single-threaded) process, which other load on the machine does not inflate; wall time beside it.
const measure = async (fn) => {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  await fn();
  const cpu = process.cpuUsage(c);
  return { cpu: (cpu.user + cpu.system) / 1e6, wall: Number(process.hrtime.bigint() - t) / 1e9 };
};
const runOurs = () => {
  const lr = new LineRedactor(redactor);
  let out = 0;
  for (const l of lines) out += lr.line(l).length;
  return out;
};
runOurs();
const oursRuns = [await measure(runOurs), await measure(runOurs), await measure(runOurs)];
const ours = { cpu: Math.min(...oursRuns.map((r) => r.cpu)), wall: Math.min(...oursRuns.map((r) => r.wall)) };
// secretlint is slower: it gets a slice, and the rate is scaled to bytes per second.
const slice = text.slice(0, Math.min(text.length, 4 * 1024 * 1024));
await secretlint(slice.slice(0, 100_000));
// Best of three for both, so that neither side's figure carries a slow first run or a GC pause the other escaped.
const theirsRuns = [await measure(() => secretlint(slice)), await measure(() => secretlint(slice)), await measure(() => secretlint(slice))];
const theirs = { cpu: Math.min(...theirsRuns.map((r) => r.cpu)), wall: Math.min(...theirsRuns.map((r) => r.wall)) };
const mbs = (b, s) => b / 1024 / 1024 / s;
const oursMBs = mbs(bytes, ours.cpu);
const theirsMBs = mbs(Buffer.byteLength(slice), theirs.cpu);
console.log('                                   cyberbrain   secretlint (recommended)');
console.log(`throughput, one core (CPU time)    ${oursMBs.toFixed(1).padStart(6)} MB/s  ${theirsMBs.toFixed(1).padStart(6)} MB/s   (${(oursMBs / theirsMBs).toFixed(2)}x)`);
console.log(`throughput, wall clock             ${mbs(bytes, ours.wall).toFixed(1).padStart(6)} MB/s  ${mbs(Buffer.byteLength(slice), theirs.wall).toFixed(1).padStart(6)} MB/s`);
// Secret-dense text: a line from any corpus every 20th line (these lines cost more: they hold what is redacted).
const dense = lines.map((l, i) => (i % 20 === 19 ? allSecretLines[i % allSecretLines.length] : l));
const denseBytes = dense.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
const runDense = () => {
  const lr = new LineRedactor(redactor);
  for (const l of dense) lr.line(l);
};
runDense();
const denseCpu = Math.min((await measure(runDense)).cpu, (await measure(runDense)).cpu);
console.log(`throughput, one core, secret lines from every corpus: ${mbs(denseBytes, denseCpu).toFixed(1)} MB/s`);
const gen0 = results[corpora[0].name];
console.log(
  `targets (in-sample, ${corpora[0].name}): recall >= 99% ${gen0.recall.ours >= 0.99 ? 'MET' : 'NOT MET'}; benign changed <= 2% ${gen0.benign_changed.ours <= 0.02 ? 'MET' : 'NOT MET'}; >= 50 MB/s ${oursMBs >= 50 ? 'MET' : 'NOT MET'}; faster than secretlint ${oursMBs > theirsMBs ? 'MET' : 'NOT MET'}`,
);
const result = { in_sample: true, corpora: results, throughput_mb_s: { ours_cpu_all_corpora_secrets: mbs(denseBytes, denseCpu), ours_cpu: oursMBs, secretlint_cpu: theirsMBs, ours_wall: mbs(bytes, ours.wall), secretlint_wall: mbs(Buffer.byteLength(slice), theirs.wall) }, corpus_mb: bytes / 1024 / 1024 };
mkdirSync(join(root, 'bench/out'), { recursive: true });
writeFileSync(join(root, 'bench/out/redaction.json'), JSON.stringify(result, null, 2));
console.log('written: bench/out/redaction.json');
