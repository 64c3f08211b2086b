import type { FleetJob, Finding, JobOutcome } from '../types.js';
import { gpuFindings, thresholdsFrom } from './findings.js';
import { containerOfPid, gpuRequests, holds, type GpuHolder } from './holders.js';
import type { Gpu } from './parse-nvidia-smi.js';
import { cell, inline } from '../markdown.js';
import { inspectPresent, vanishedMessage } from '../present.js';
import { describeSource, gpuReadTimeoutMs, isLocal, readGpuXml } from './source.js';

export interface GpuProcessOwner {
  gpu: number;
  pid: number | null;
  process: string;
  /** Container name, "(no container)", or "(unknown)" when it cannot be told from here. */
  container: string;
}

/** GPU processes the report may not show one by one: of containers outside the allowlist, the host's, or of unknown owner. */
export interface OtherGpuProcesses {
  gpu: number;
  count: number;
  used_memory_mib: number;
  /** Of these, how many run outside any container (on the host itself). */
  outside_containers: number;
}

export interface GpuReportData {
  source: string;
  note: string;
  driver_version: string | null;
  cuda_version: string | null;
  nvidia_runtime: boolean;
  gpus: Gpu[];
  holders: GpuHolder[];
  /** Processes of allowlisted containers, one by one. */
  processes: GpuProcessOwner[];
  /** Every other process, as counts and totals per GPU: deny by default reaches GPU processes too. */
  other_processes: OtherGpuProcesses[];
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
    const source = ctx.gpuSource ?? ctx.config.gpuSource;
    const { details, vanished } = await inspectPresent(ctx, containers, 'gpu_report');
    const holders = details.map(gpuRequests).filter((h): h is GpuHolder => h !== undefined);
    const info = await ctx.docker.info();
    const { xml, note } = await (ctx.gpuRead ?? readGpuXml(source, gpuReadTimeoutMs(ctx.config.dockerTimeoutMs), ctx.signal));
    // The XML parser is loaded only when there is XML to read.
    const report = xml ? (await import('./parse-nvidia-smi.js')).parseNvidiaSmiXml(xml) : null;
    const gpus = report?.gpus ?? [];
    const t = thresholdsFrom(ctx.directive.spec.thresholds);
    const findings: Finding[] = vanished.map((name) => ({ severity: 'info' as const, message: vanishedMessage(name) }));

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

    // Which container runs each GPU process: through /proc for the local source only. Only the
    // processes of containers this job may read are shown; the rest are counted per GPU.
    const owners: GpuProcessOwner[] = [];
    const others: OtherGpuProcesses[] = [];
    const allowedById = new Map(containers.map((c) => [c.id, c.name]));
    for (const g of gpus) {
      const other: OtherGpuProcesses = { gpu: g.index, count: 0, used_memory_mib: 0, outside_containers: 0 };
      const shown: typeof g.processes = [];
      for (const p of g.processes) {
        const id = isLocal(source) && p.pid !== null ? await containerOfPid(p.pid) : undefined;
        const name = id ? allowedById.get(id) : undefined;
        if (name !== undefined) {
          owners.push({ gpu: g.index, pid: p.pid, process: p.name, container: name });
          shown.push(p);
          continue;
        }
        other.count++;
        other.used_memory_mib += p.used_memory_mib ?? 0;
        if (id === null) other.outside_containers++;
      }
      g.processes = shown;
      if (other.count > 0) others.push(other);
      if (other.outside_containers > 0) {
        findings.push({ severity: 'warning', message: `GPU ${g.index}: ${other.outside_containers} process${other.outside_containers === 1 ? '' : 'es'} outside any container use${other.outside_containers === 1 ? 's' : ''} the GPU` });
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
      other_processes: others,
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
    for (const p of d.processes) out.push(`- GPU ${p.gpu}: ${inline(p.process || String(p.pid))} (pid ${p.pid}) in ${inline(p.container)}`);
    for (const o of d.other_processes ?? []) out.push(`- GPU ${o.gpu}: ${o.count} other process${o.count === 1 ? '' : 'es'} (outside the allowlist, the host's or of unknown owner) using ${o.used_memory_mib} MiB`);
    for (const f of outcome.findings) out.push(`- ${f.severity}: ${inline(f.message)}`);
    return out.join('\n');
  },
};
