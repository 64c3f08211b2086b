import { readFile } from 'node:fs/promises';
import type { ContainerDetails } from '../../docker/guarded-client.js';
import type { Gpu } from './parse-nvidia-smi.js';

/** A container that asks for GPUs, and how: device requests, the nvidia runtime, NVIDIA_VISIBLE_DEVICES. */
export interface GpuHolder {
  container: string;
  /** 'all', or GPU indexes / UUIDs as requested. */
  gpus: 'all' | string[];
  via: string[];
}

export function gpuRequests(c: ContainerDetails): GpuHolder | undefined {
  const via: string[] = [];
  let gpus: 'all' | string[] = [];
  for (const r of c.device_requests) {
    const isGpu = r.driver === 'nvidia' || r.capabilities.some((set) => set.includes('gpu'));
    if (!isGpu) continue;
    via.push(r.count === -1 ? 'device request (all GPUs)' : r.device_ids.length ? `device request (${r.device_ids.join(',')})` : `device request (${r.count} GPU${r.count === 1 ? '' : 's'})`);
    if (r.count === -1) gpus = 'all';
    else if (gpus !== 'all') gpus = [...gpus, ...r.device_ids];
  }
  if (c.runtime === 'nvidia') via.push('nvidia runtime');
  const visible = c.env.find((e) => e.startsWith('NVIDIA_VISIBLE_DEVICES='))?.slice('NVIDIA_VISIBLE_DEVICES='.length);
  if (visible && !/^(?:void|none|)$/i.test(visible)) {
    via.push(`NVIDIA_VISIBLE_DEVICES=${visible}`);
    if (visible === 'all') gpus = 'all';
    else if (gpus !== 'all') gpus = [...gpus, ...visible.split(',').map((v) => v.trim())];
  }
  return via.length ? { container: c.name, gpus, via } : undefined;
}

/** Does this holder's request cover that GPU (by index, UUID or "all")? */
export function holds(h: GpuHolder, gpu: Gpu): boolean {
  if (h.gpus === 'all') return true;
  return h.gpus.some((g) => g === String(gpu.index) || (gpu.uuid !== null && gpu.uuid.startsWith(g)));
}

const CONTAINER_ID = /(?:docker[-/]|\/)([0-9a-f]{64})(?:\.scope)?/;

/**
 * The container a host process runs in, from /proc/<pid>/cgroup (cgroup v1 "/docker/<id>" or v2
 * "docker-<id>.scope"); null when it runs in none, undefined when /proc does not have the pid.
 */
export async function containerOfPid(pid: number, procRoot = '/proc'): Promise<string | null | undefined> {
  try {
    const text = await readFile(`${procRoot}/${pid}/cgroup`, 'utf8');
    return CONTAINER_ID.exec(text)?.[1] ?? null;
  } catch {
    return undefined;
  }
}
