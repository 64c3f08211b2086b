import { plural } from '../markdown.js';
import type { Finding } from '../types.js';
import type { Gpu } from './parse-nvidia-smi.js';

const THERMAL = new Set(['hw_slowdown', 'hw_thermal_slowdown', 'sw_thermal_slowdown']);
const POWER = new Set(['sw_power_cap', 'hw_power_brake_slowdown']);

export interface GpuThresholds {
  memoryPercent: number;
  temperatureC: number;
  idlePercent: number;
}

export function thresholdsFrom(t: Record<string, number>): GpuThresholds {
  return { memoryPercent: t.gpu_memory_percent ?? 95, temperatureC: t.gpu_temperature_c ?? 85, idlePercent: t.gpu_idle_percent ?? 5 };
}

/** What is wrong with one GPU on its own: memory, heat, power, ECC, retired or remapped memory. */
export function gpuFindings(g: Gpu, t: GpuThresholds): Finding[] {
  const f: Finding[] = [];
  const name = `GPU ${g.index} (${g.name})`;
  const { used_mib: used, total_mib: total } = g.memory;
  if (used !== null && total) {
    const pct = (used / total) * 100;
    if (pct >= t.memoryPercent) f.push({ severity: 'warning', message: `${name} memory is ${pct.toFixed(0)}% full (${used} of ${total} MiB)` });
  }
  const thermal = g.throttle_reasons.filter((r) => THERMAL.has(r));
  if (thermal.length) f.push({ severity: 'warning', message: `${name} is throttled for heat (${thermal.join(', ')})` });
  const power = g.throttle_reasons.filter((r) => POWER.has(r));
  if (power.length) {
    const busy = (g.utilization.gpu_percent ?? 0) >= 50;
    f.push({ severity: busy ? 'warning' : 'info', message: `${name} is power-capped (${power.join(', ')})${busy ? ' while busy' : ' while idle'}` });
  }
  const { gpu_c: temp, slowdown_c, tlimit_headroom_c: headroom, tlimit_slowdown_c: slowOffset } = g.temperature;
  const hot = Math.min(t.temperatureC, slowdown_c ?? Infinity);
  if (temp !== null && temp >= hot) f.push({ severity: 'warning', message: `${name} runs at ${temp} °C (limit ${hot} °C)` });
  else if (headroom !== null && slowOffset !== null && headroom <= -slowOffset) {
    f.push({ severity: 'warning', message: `${name} is ${headroom} °C from its temperature limit and slows down at ${-slowOffset} °C` });
  }
  if ((g.ecc.volatile_uncorrectable ?? 0) > 0) f.push({ severity: 'critical', message: `${name} has ${plural(g.ecc.volatile_uncorrectable ?? 0, 'uncorrectable ECC error')} since the driver loaded` });
  if ((g.ecc.aggregate_uncorrectable ?? 0) > 0) f.push({ severity: 'warning', message: `${name} has ${plural(g.ecc.aggregate_uncorrectable ?? 0, 'uncorrectable ECC error')} in its lifetime` });
  const retired = (g.retired_pages.single_bit ?? 0) + (g.retired_pages.double_bit ?? 0);
  if (retired > 0) f.push({ severity: 'warning', message: `${name} has retired ${retired} memory page${retired === 1 ? '' : 's'}` });
  if (g.retired_pages.pending) f.push({ severity: 'critical', message: `${name} has page retirement pending: reset the GPU or reboot to apply it` });
  if (g.remapped_rows?.pending) f.push({ severity: 'critical', message: `${name} has row remapping pending: reset the GPU to apply it` });
  if (g.remapped_rows?.failure) f.push({ severity: 'critical', message: `${name} failed to remap a memory row: the GPU should be replaced` });
  return f;
}
