// Writes a synthetic run into a database through the store (the built dist/store), as a real run
// would leave it: containers in compose projects on networks, log_triage rows with templates and
// their history over earlier runs, inventory snapshots, a service map and a GPU report. For the
// render bench (bench/report-render.mjs) and the view tests that need no Docker engine.
// Some names and templates are hostile markup on purpose: the page must show them as text.
import { openStore } from '../dist/store/index.js';
import { snapshotOf } from '../dist/tools/directive-views.js';

const HOSTILE = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>'];

/**
 * @param {string} dbPath
 * @param {{ containers?: number, rows?: number, templates?: number, history?: number, hosts?: string[] }} opts
 *   `hosts`: more than one spreads the containers over them, with a map per host and the edges between hosts
 * @returns {{ runId: string, rows: number, templates: number, containers: string[], graph: { nodes: string[], edges: string[] } }}
 */
export function seedSyntheticRun(dbPath, opts = {}) {
  const containers = opts.containers ?? 150;
  const rowsWanted = opts.rows ?? 300;
  const templatesWanted = opts.templates ?? 500;
  const history = opts.history ?? 9;
  const hosts = opts.hosts ?? ['local'];
  const store = openStore(dbPath);
  const directive = snapshotOf(store.directives.get('D4'));
  const names = Array.from({ length: containers }, (_, i) => `svc-${String(i).padStart(3, '0')}${i === 7 ? HOSTILE[0] : ''}`);
  const ids = names.map((_, i) => i.toString(16).padStart(64, '0'));
  const hostOf = (i) => hosts[i % hosts.length];
  const projectOf = (i) => (i % 10 === 9 ? undefined : `shop-${i % 10}${i % 10 === 3 ? HOSTILE[2] : ''}`);
  // Templates spread over containers: every container has at least one, the first ones more.
  const perContainer = names.map((_, i) => Math.floor(templatesWanted / containers) + (i < templatesWanted % containers ? 1 : 0));
  const templateText = (c, t) => (c === 11 && t === 0 ? `payment failed for ${HOSTILE[1]} <*>` : `${['ERROR', 'WARN', 'ERROR', 'INFO'][t % 4]} request <*> to upstream-${t} failed after <*> ms (svc ${c})`);
  const severityOf = (t) => ['error', 'warning', 'error', 'info'][t % 4];

  let lastRun = '';
  for (let r = 0; r <= history; r++) {
    const current = r === history;
    const fleet = current ? 2 * hosts.length + (hosts.length > 1 ? 1 : 0) : 0;
    const triageRows = current ? Math.min(containers, rowsWanted - fleet) : containers;
    const inventoryRows = current ? Math.max(0, rowsWanted - fleet - triageRows) : containers;
    const jobs = [
      ...names.slice(0, inventoryRows).map((name, i) => ({ job: 'inventory', host: hostOf(i), container_id: ids[i], container_name: name, status: 'pending' })),
      ...names.slice(0, triageRows).map((name, i) => ({ job: 'log_triage', host: hostOf(i), container_id: ids[i], container_name: name, status: 'pending' })),
      ...(current
        ? hosts.flatMap((host) => [
            { job: 'service_map', host, container_id: null, container_name: null, status: 'pending' },
            { job: 'gpu_report', host, container_id: null, container_name: null, status: 'pending' },
          ])
        : []),
      ...(current && hosts.length > 1 ? [{ job: 'service_map', host: '*', container_id: null, container_name: null, status: 'pending' }] : []),
    ];
    const runId = store.runs.create({ directive, hosts, containers: names.map((name, i) => ({ host: hostOf(i), id: ids[i], name })), jobs, ownerId: 'synthetic', heartbeatMs: 5000, transport: 'cli' });
    store.runs.markStarted(runId);
    const rowIds = store.runs.jobs(runId);
    store.write(() => {
      for (const row of rowIds) {
        store.runs.startJob(row.id);
        const i = names.indexOf(row.container_name);
        if (row.job === 'inventory') {
          const restarts = i % 13 === 0 ? r : 0;
          store.inventory.record(runId, row.host, { container_id: ids[i], container_name: names[i], image: 'busybox', image_id: 'sha256:0', status: i % 17 === 0 ? 'exited' : 'running', health: i % 19 === 0 ? 'unhealthy' : null, restart_count: restarts, exit_code: null, oom_killed: false, started_at: null, finished_at: null, uptime_seconds: 3600, created_at: new Date().toISOString() });
          store.runs.finishJob(row.id, 'succeeded', null, { summary: `running, ${restarts} restarts`, findings: [], data: {} });
        } else if (row.job === 'log_triage') {
          const templates = Array.from({ length: perContainer[i] }, (_, t) => {
            const count = Math.max(0, Math.round((10 + t * 7 + i) * (1 + Math.sin(r + t + i) * 0.6)));
            return { fingerprint: `fp-${i}-${t}`, template: templateText(i, t), tokens: [], count, severity: severityOf(t), first_seen: null, last_seen: null, sample: `${templateText(i, t).replace(/<\*>/g, '42')}`, stderr: 0, traces: 0, injection: 0 };
          });
          const by = { fatal: 0, error: 0, warning: 0, info: 0, debug: 0 };
          for (const t of templates) by[t.severity] += t.count;
          store.logTemplates.record(runId, row.host, names[i], 3600, templates.map((t) => ({ fingerprint: t.fingerprint, template: t.template, severity: t.severity, count: t.count, first_seen: null, last_seen: null })));
          const data = {
            window: { since: new Date(Date.now() - 3600_000).toISOString(), until: new Date().toISOString(), seconds: 3600, reason: 'since the last triage', min_seconds: 300, tail: 5000, max_bytes: 8388608, truncated: false, bytes: 1000 },
            lines: templates.reduce((a, t) => a + t.count, 0),
            events: templates.reduce((a, t) => a + t.count, 0),
            by_severity: by,
            templates: [...templates].sort((a, b) => b.count - a.count),
            templates_total: templates.length,
            comparison: { since_run: lastRun || null, new: templates.filter((_, t) => t === 3).map((t) => ({ template: t.template, severity: t.severity, count: t.count })), spikes: templates.filter((_, t) => t === 1 && i % 5 === 0).map((t) => ({ template: t.template, severity: t.severity, count: t.count })), resolved: i % 9 === 0 ? [{ template: `ERROR old timeout <*> (svc ${i})`, severity: 'error', count: 0, previous_count: 12 }] : [], unseen: [], unseen_reason: null },
            injection_lines: 0,
            context: { status: 'running', health: null, restart_count: i % 13 === 0 ? r : 0, exit_code: null, oom_killed: false },
          };
          const findings = templates.filter((t) => t.severity === 'error').slice(0, 2).map((t) => ({ severity: i % 23 === 0 ? 'critical' : 'warning', message: `error: "${t.template}" ×${t.count}` }));
          store.runs.finishJob(row.id, 'succeeded', null, { summary: `${by.error} error events in ${templates.length} templates`, findings, data });
        } else if (row.job === 'service_map' && row.host === '*') {
          store.runs.finishJob(row.id, 'succeeded', null, crossHostMap(names, hostOf));
        } else if (row.job === 'service_map') {
          store.runs.finishJob(row.id, 'succeeded', null, serviceMap(names.filter((_, i) => hostOf(i) === row.host), (k) => projectOf(names.indexOf(names.filter((_, i) => hostOf(i) === row.host)[k]))));
        } else {
          store.runs.finishJob(row.id, 'succeeded', null, gpuReport(names.filter((_, i) => hostOf(i) === row.host)));
        }
      }
    });
    store.runs.finish(runId, 'succeeded', `${rowIds.length} succeeded, 0 failed of ${rowIds.length} job rows`, null);
    lastRun = runId;
  }
  const mapRow = store.runs.jobs(lastRun).find((j) => j.job === 'service_map' && j.host === hosts[0]);
  const graph = JSON.parse(mapRow.result).data.graph;
  store.close();
  return {
    runId: lastRun,
    rows: rowsWanted,
    templates: perContainer.reduce((a, b) => a + b, 0),
    containers: names,
    graph: { nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => `${e.from} -> ${e.to}`) },
  };
}

function serviceMap(names, projectOf) {
  const nodes = names.map((name, i) => ({
    id: name,
    name,
    kind: 'container',
    project: projectOf(i),
    service: `s${i}`,
    state: i % 17 === 0 ? 'exited' : 'running',
    health: i % 19 === 0 ? 'unhealthy' : null,
    restart_count: 0,
    networks: [`net-${i % 10}`],
    published: [],
  }));
  nodes.push({ id: 'ghost-db', name: 'ghost-db', kind: 'missing' }, { id: 'legacy-ldap', name: 'legacy-ldap', kind: 'opaque' });
  const edges = [];
  // Within each project: a chain from the front service through api workers to one database.
  for (let i = 10; i < names.length; i++) edges.push({ from: names[i], to: names[i - 10], port: 8000 + (i % 7), evidence: [`env UPSTREAM_URL → ${names[i - 10]}:${8000 + (i % 7)}`] });
  edges.push({ from: names[0], to: 'ghost-db', port: 5432, evidence: ['env DATABASE_URL → ghost-db:5432'] }, { from: names[1], to: 'legacy-ldap', port: 389, evidence: ['env LDAP_HOST → legacy-ldap:389'] });
  return { summary: `${names.length} containers, ${edges.length} dependencies, 1 not allowlisted, 1 missing`, findings: [{ severity: 'critical', message: `${names[0]} depends on "ghost-db", which no container provides` }], data: { graph: { nodes, edges }, mermaid: '', diff: null } };
}

function crossHostMap(names, hostOf) {
  const edges = [
    { from: { host: hostOf(0), container: names[0] }, to: { host: hostOf(1), container: names[1] }, port: 5432, evidence: [`env DB_HOST → ${hostOf(1)}:5432`] },
    { from: { host: hostOf(1), container: names[3] }, to: { host: hostOf(0), container: null }, port: 6379, evidence: [`env CACHE_URL → ${hostOf(0)}:6379`] },
  ];
  return { summary: '2 dependencies between hosts', findings: [{ severity: 'warning', message: `${names[3]} on ${hostOf(1)} reaches host ${hostOf(0)} on port 6379, but no allowlisted container there publishes that port` }], data: { hosts: [hostOf(0), hostOf(1)], edges } };
}

function gpuReport(names) {
  const gpu = (index, used, temp, draw) => ({
    index, bus_id: null, uuid: `GPU-${index}`, minor_number: index, name: 'NVIDIA A100-SXM4-80GB', brand: null, architecture: 'Ampere', performance_state: 'P0', fan_percent: null,
    memory: { total_mib: 81920, used_mib: used, free_mib: 81920 - used, reserved_mib: 0 },
    utilization: { gpu_percent: Math.round(used / 819), memory_percent: null },
    temperature: { gpu_c: temp, slowdown_c: 89, shutdown_c: 92, max_operating_c: 85, tlimit_headroom_c: null, tlimit_slowdown_c: null },
    power: { draw_w: draw, limit_w: 400 }, throttle_reasons: [], ecc: { mode: null, volatile_correctable: 0, volatile_uncorrectable: 0, aggregate_correctable: 0, aggregate_uncorrectable: 0 },
    retired_pages: { single_bit: 0, double_bit: 0, pending: false }, remapped_rows: null, mig: { enabled: false, devices: [] }, processes: [],
  });
  const gpus = [gpu(0, 78000, 84, 390), gpu(1, 40000, 61, 250), gpu(2, 1200, 35, 60), gpu(3, 81000, 90, 398)];
  return {
    summary: '4 GPUs (NVIDIA A100-SXM4-80GB), driver 550.54; 3 containers request GPUs',
    findings: [{ severity: 'warning', message: 'GPU 3 is at 90 °C, above its slowdown temperature (89 °C)' }],
    data: {
      source: 'synthetic', note: '', driver_version: '550.54', cuda_version: '12.4', nvidia_runtime: true, gpus,
      holders: [{ container: names[2], gpus: ['0'], via: ['device request (0)'] }, { container: names[3], gpus: ['1', '3'], via: ['NVIDIA_VISIBLE_DEVICES=1,3'] }, { container: names[4], gpus: 'all', via: ['nvidia runtime'] }],
      processes: [{ gpu: 0, pid: 1234, process: 'python', container: names[2] }],
      other_processes: [],
    },
  };
}
