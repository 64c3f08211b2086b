#!/usr/bin/env node
// Deterministic generator for the blind-logs13 log template mining benchmark.
//
// Usage:
//   node generate.mjs            write data/<System>/<System>_2k.log_structured.csv
//   node generate.mjs --check    regenerate in memory, verify every invariant and
//                                that the files on disk are byte-identical; writes nothing
//   node generate.mjs --stats    print the per-system statistics table (markdown)
//
// No dependencies; Node >= 18. All randomness comes from a seeded PRNG, all
// clocks are virtual, so the output is identical on every run and machine.
// The generator core (PRNG, clock, driver) is in lib.mjs, one module per
// system in systems/; this file builds, writes and checks.
//
// Labelling conventions (Loghub-2.0 style), see README.md:
//   * Content is the message only: the header a log format declares
//     (timestamp, level, pid, thread, logger/component, host) is split off.
//   * EventTemplate is Content with every parameter replaced by <*>.
//     Each template is written once, with <*> slots; the generator fills
//     every slot with a non-empty value, so Content and EventTemplate agree
//     by construction, and --check verifies it again on the written files.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { N, Gen } from './lib.mjs';
import Cilium from './systems/cilium.mjs';
import Salt from './systems/salt.mjs';
import Terraform from './systems/terraform.mjs';
import AspNetCore from './systems/aspnetcore.mjs';
import Ejabberd from './systems/ejabberd.mjs';
import FreeRADIUS from './systems/freeradius.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HEADER = 'LineId,Content,EventId,EventTemplate';
const SYSTEMS = [Cilium, Salt, Terraform, AspNetCore, Ejabberd, FreeRADIUS];

// ============================================================ build/IO ====
function build(sys) {
  const g = new Gen(sys.name, sys.templates);
  sys.scenario(g);
  const idOf = new Map();
  return g.rows.map((r, i) => {
    const tpl = sys.templates[r.key];
    if (!idOf.has(tpl)) idOf.set(tpl, 'E' + (idOf.size + 1));
    return { lineId: String(i + 1), content: r.content, eventId: idOf.get(tpl), template: tpl };
  });
}

function csvField(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
function toCsv(rows) {
  let out = HEADER + '\n';
  for (const r of rows) out += [r.lineId, r.content, r.eventId, r.template].map(csvField).join(',') + '\n';
  return out;
}

// Strict RFC 4180 reader (LF or CRLF record ends; we require LF below).
function parseCsv(text) {
  const recs = []; let rec = []; let f = ''; let i = 0; let inQ = false; let quotedField = false;
  while (i < text.length) {
    const c = text[i];
    if (inQ) {
      if (c === '"') {
        if (text[i + 1] === '"') { f += '"'; i += 2; continue; }
        inQ = false; i++; continue;
      }
      f += c; i++; continue;
    }
    if (c === '"') {
      if (f.length !== 0 || quotedField) throw new Error(`stray quote at offset ${i}`);
      inQ = true; quotedField = true; i++; continue;
    }
    if (c === ',') { rec.push(f); f = ''; quotedField = false; i++; continue; }
    if (c === '\r') throw new Error(`CR at offset ${i} (LF line ends expected)`);
    if (c === '\n') { rec.push(f); recs.push(rec); rec = []; f = ''; quotedField = false; i++; continue; }
    if (quotedField) throw new Error(`text after closing quote at offset ${i}`);
    f += c; i++;
  }
  if (inQ) throw new Error('unterminated quoted field');
  if (f.length || rec.length) throw new Error('file does not end with LF');
  return recs;
}

function rowsFromCsv(text) {
  const recs = parseCsv(text);
  if (recs.length === 0 || recs[0].join(',') !== HEADER) throw new Error('bad header: ' + JSON.stringify(recs[0]));
  return recs.slice(1).map((r, k) => {
    if (r.length !== 4) throw new Error(`record ${k + 2} has ${r.length} fields`);
    return { lineId: r[0], content: r[1], eventId: r[2], template: r[3] };
  });
}

const reEsc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexCache = new Map();
function tplRegex(tpl) {
  let re = regexCache.get(tpl);
  if (!re) { re = new RegExp('^' + tpl.split('<*>').map(reEsc).join('(.+?)') + '$'); regexCache.set(tpl, re); }
  return re;
}

function checkRows(sys, rows) {
  const errs = [];
  const err = (m) => { if (errs.length < 25) errs.push(`${sys.name}: ${m}`); };
  const registry = Object.values(sys.templates);
  const regSet = new Set(registry);
  if (regSet.size !== registry.length) {
    const seen = new Set();
    for (const [k, t] of Object.entries(sys.templates)) { if (seen.has(t)) err(`duplicate template string (key ${k}): ${t}`); seen.add(t); }
  }
  if (registry.length < 25 || registry.length > 60) err(`${registry.length} templates, expected 25..60`);
  for (const t of registry) {
    if (t.includes('<*><*>')) err(`glued wildcards in template: ${t}`);
    if (/[\r\n]/.test(t) || t !== t.trim()) err(`template has newline or leading/trailing space: ${JSON.stringify(t)}`);
    if (t.replace(/<\*>/g, '').replace(/\s/g, '').length < 3) err(`template is (almost) all wildcard: ${t}`);
  }
  if (rows.length !== N) err(`${rows.length} rows, expected ${N}`);
  const idOfTpl = new Map(); const tplOfId = new Map();
  rows.forEach((r, i) => {
    const where = `LineId ${r.lineId}`;
    if (r.lineId !== String(i + 1)) err(`${where}: expected LineId ${i + 1}`);
    if (/[\r\n]/.test(r.content)) err(`${where}: newline in Content`);
    if (r.content !== r.content.trim()) err(`${where}: leading/trailing whitespace in Content`);
    if (r.content.length === 0) err(`${where}: empty Content`);
    if (!regSet.has(r.template)) err(`${where}: template not in registry: ${r.template}`);
    if (r.template.includes('<*><*>')) err(`${where}: glued wildcards`);
    if (!tplRegex(r.template).test(r.content)) err(`${where}: Content does not match template\n    C: ${r.content}\n    T: ${r.template}`);
    if (!idOfTpl.has(r.template)) {
      const expect = 'E' + (idOfTpl.size + 1);
      if (r.eventId !== expect) err(`${where}: first appearance of a template has EventId ${r.eventId}, expected ${expect}`);
      if (tplOfId.has(r.eventId)) err(`${where}: EventId ${r.eventId} reused for a different template`);
      idOfTpl.set(r.template, r.eventId); tplOfId.set(r.eventId, r.template);
    } else if (idOfTpl.get(r.template) !== r.eventId) err(`${where}: EventId ${r.eventId} inconsistent for template`);
  });
  for (const t of registry) if (!idOfTpl.has(t)) err(`template never used: ${t}`);
  const perTpl = new Map();
  for (const r of rows) perTpl.set(r.template, (perTpl.get(r.template) || 0) + 1);
  for (const [t, c] of perTpl) if (2 * c > rows.length) err(`template holds ${c} of ${rows.length} lines (over 50%): ${t}`);
  return errs;
}

function statsOf(rows) {
  const cnt = new Map();
  for (const r of rows) cnt.set(r.template, (cnt.get(r.template) || 0) + 1);
  const v = [...cnt.values()].sort((a, b) => b - a);
  const top3 = v.slice(0, 3).reduce((a, b) => a + b, 0);
  return { templates: v.length, top3: (100 * top3 / rows.length).toFixed(1) + '%', small: v.filter((x) => x <= 3).length, single: v.filter((x) => x === 1).length, max: v[0] };
}
const statsHeader = ['| System | Lines | Templates | Top-3 share | Templates with <= 3 lines | Templates with 1 line | Largest template (lines) |',
  '|---|---|---|---|---|---|---|'];
const statsLine = (name, s) => `| ${name} | ${N} | ${s.templates} | ${s.top3} | ${s.small} | ${s.single} | ${s.max} |`;

// ----------------------------------------------------------------- main ----
const args = process.argv.slice(2);
const mode = args.includes('--check') ? 'check' : args.includes('--stats') ? 'stats' : 'write';
const allErrs = [];
const table = [...statsHeader];
for (const sys of SYSTEMS) {
  let rows;
  try { rows = build(sys); } catch (e) { allErrs.push(`${sys.name}: generator error: ${e.message}`); continue; }
  allErrs.push(...checkRows(sys, rows));
  const csv = toCsv(rows);
  // the CSV must read back to exactly the same rows
  const back = rowsFromCsv(csv);
  if (JSON.stringify(back) !== JSON.stringify(rows)) allErrs.push(`${sys.name}: CSV round trip differs`);
  table.push(statsLine(sys.name, statsOf(rows)));
  const file = path.join(HERE, 'data', sys.name, `${sys.name}_2k.log_structured.csv`);
  if (mode === 'write') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, csv);
  } else if (mode === 'check') {
    if (!fs.existsSync(file)) { allErrs.push(`${sys.name}: missing ${file}`); continue; }
    const disk = fs.readFileSync(file, 'utf8');
    if (disk !== csv) allErrs.push(`${sys.name}: ${file} is not byte-identical to the generator output`);
    try { allErrs.push(...checkRows(sys, rowsFromCsv(disk))); } catch (e) { allErrs.push(`${sys.name}: ${file}: ${e.message}`); }
  }
}
if (mode === 'check') {
  const dataDir = path.join(HERE, 'data');
  const dirs = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).sort() : [];
  const want = SYSTEMS.map((s) => s.name).sort();
  if (dirs.join(',') !== want.join(',')) allErrs.push(`data/ holds [${dirs}] but systems are [${want}]`);
  const readme = path.join(HERE, 'README.md');
  if (fs.existsSync(readme)) {
    const txt = fs.readFileSync(readme, 'utf8');
    for (const l of table.slice(2)) if (!txt.includes(l)) allErrs.push(`README.md statistics line missing or stale: ${l}`);
  } else allErrs.push('README.md missing');
}
if (mode === 'stats' || mode === 'write') console.log(table.join('\n'));
if (allErrs.length) {
  console.error(allErrs.join('\n'));
  console.error(`FAILED: ${allErrs.length} problem(s)`);
  process.exit(1);
}
if (mode === 'check') console.log(`OK: ${SYSTEMS.length} systems x ${N} rows, all checks passed, files byte-identical`);
else if (mode === 'write') console.log(`wrote ${SYSTEMS.length} systems to ${path.join(HERE, 'data')}`);
