import type { ContainerDetails } from '../../docker/guarded-client.js';
import type { FleetJob, Finding, JobOutcome } from '../types.js';
import { gpuFindings, thresholdsFrom } from './findings.js';
import { containerOfPid, gpuRequests, holds, type GpuHolder } from './holders.js';
import type { Gpu } from './parse-nvidia-smi.js';
import { cell, inline } from '../markdown.js';
import { describeSource, isLocal, readGpuXml } from './source.js';

export interface GpuProcessOwner {
  gpu: number;
  pid: number | null;
  process: string;
  /** Container name, "(no container)", or "(unknown)" when it cannot be told from here. */
  container: string;
}

export interface GpuReportData {
  source: string;
  note: string;
  driver_version: string | null;
  cuda_version: string | null;
  nvidia_runtime: boolean;
  gpus: Gpu[];
  holders: GpuHolder[];
  processes: GpuProcessOwner[];
}

/**
 * GPUs on the host (nvidia-smi, or a configured source), which allowlisted containers hold them,
 * and what is wrong. On a host without NVIDIA GPUs it succeeds and says so, still listing the
 * containers that ask for GPUs.
 */
export const gpuReportJob: FleetJob = {
  name: 'gpu_report',
  title: 'GPU report',
  scope: 'fleet',
  async run(ctx, containers): Promise<JobOutcome> {
    const source = ctx.config.gpuSource;
    const details: ContainerDetails[] = [];
    for (const c of containers) details.push(await ctx.docker.inspect(c.id, 'gpu_report'));
    const holders = details.map(gpuRequests).filter((h): h is GpuHolder => h !== undefined);
    const info = await ctx.docker.info();
    const { xml, note } = await readGpuXml(source, Math.max(ctx.config.dockerTimeoutMs, 30_000), ctx.signal);
    // The XML parser is loaded only when there is XML to read.
    const report = xml ? (await import('./parse-nvidia-smi.js')).parseNvidiaSmiXml(xml) : null;
    const gpus = report?.gpus ?? [];
    const t = thresholdsFrom(ctx.directive.spec.thresholds);
    const findings: Finding[] = [];

    if (gpus.length === 0) {
      for (const h of holders) {
        findings.push({
          severity: info.gpu_driver_hint ? 'warning' : 'critical',
          message: `${h.container} requests a GPU (${h.via.join('; ')}) but ${info.gpu_driver_hint ? 'no GPU is visible' : 'the host has no NVIDIA GPU or runtime'}`,
        });
      }
    } else if (!info.gpu_driver_hint) {
      for (const h of holders.filter((x) => x.via.includes('nvidia runtime'))) {
        findings.push({ severity: 'critical', message: `${h.container} asks for the nvidia runtime, which the engine does not have (install the NVIDIA Container Toolkit)` });
      }
    }
    for (const g of gpus) findings.push(...gpuFindings(g, t));

    // Which container runs each GPU process: through /proc for the local source only.
    const owners: GpuProcessOwner[] = [];
    const byId = new Map((await ctx.docker.listContainers()).map((c) => [c.id, c.name]));
    for (const g of gpus) {
      for (const p of g.processes) {
        let container = '(unknown)';
        if (isLocal(source) && p.pid !== null) {
          const id = await containerOfPid(p.pid);
          container = id === undefined ? '(unknown)' : id === null ? '(no container)' : byId.get(id) ?? id.slice(0, 12);
        }
        owners.push({ gpu: g.index, pid: p.pid, process: p.name, container });
        if (container === '(no container)') findings.push({ severity: 'warning', message: `GPU ${g.index}: process ${p.name || p.pid} (pid ${p.pid}) belongs to no container` });
      }
      const users = new Set([...owners.filter((o) => o.gpu === g.index && !o.container.startsWith('(')).map((o) => o.container), ...holders.filter((h) => holds(h, g)).map((h) => h.container)]);
      const util = g.utilization.gpu_percent;
      if (users.size > 0 && util !== null && util < t.idlePercent) {
        findings.push({ severity: 'warning', message: `GPU ${g.index} (${g.name}) is allocated to ${[...users].join(', ')} but idle (${util}% busy)` });
      }
    }

    const data: GpuReportData = {
      source: describeSource(source),
      note,
      driver_version: report?.driver_version ?? null,
      cuda_version: report?.cuda_version ?? null,
      nvidia_runtime: info.gpu_driver_hint,
      gpus,
      holders,
      processes: owners,
    };
    const summary =
      gpus.length === 0
        ? `no NVIDIA GPU or runtime found (${note})${holders.length ? `; ${holders.length} container${holders.length === 1 ? '' : 's'} request GPUs` : ''}`
        : `${gpus.length} GPU${gpus.length === 1 ? '' : 's'} (${[...new Set(gpus.map((g) => g.name))].join(', ')}), driver ${report?.driver_version ?? 'unknown'}; ${holders.length} container${holders.length === 1 ? '' : 's'} request GPUs`;
    return { summary, findings, data };
  },
  renderMarkdown(outcome) {
    const d = outcome.data as GpuReportData;
    const out = [inline(outcome.summary), ''];
    if (d.gpus.length) {
      out.push('| GPU | model | memory used/total | busy | temp | power | MIG |', '|---|---|---|---|---|---|---|');
      for (const g of d.gpus) {
        const v = (x: number | null, unit: string) => (x === null ? 'n/a' : `${x}${unit}`);
        out.push(`| ${g.index} | ${cell(g.name)} | ${v(g.memory.used_mib, '')}/${v(g.memory.total_mib, ' MiB')} | ${v(g.utilization.gpu_percent, '%')} | ${v(g.temperature.gpu_c, ' °C')} | ${v(g.power.draw_w, ' W')} | ${g.mig.enabled ? `${g.mig.devices.length} devices` : 'off'} |`);
      }
      out.push('');
    }
    for (const h of d.holders) out.push(`- ${inline(h.container)} requests ${h.gpus === 'all' ? 'all GPUs' : `GPU ${inline(h.gpus.join(', ')) || '(any)'}`} via ${inline(h.via.join('; '))}`);
    for (const f of outcome.findings) out.push(`- ${f.severity}: ${inline(f.message)}`);
    return out.join('\n');
  },
};
