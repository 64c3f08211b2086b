import { XMLParser } from 'fast-xml-parser';

/**
 * `nvidia-smi -q -x` parsed into what a diagnosis needs. Drivers 384 to 595 disagree on names and
 * layout (throttle vs event reasons, power readings, ECC layouts, retired pages, MIG, processes),
 * so elements are detected, never switched on the DTD version. Values that are not numbers
 * (N/A, [Not Supported], deprecated, REDACTED) become null.
 */
export interface GpuProcess {
  pid: number | null;
  type: string | null;
  name: string;
  used_memory_mib: number | null;
  gpu_instance_id: number | null;
  compute_instance_id: number | null;
}

export interface MigDevice {
  gpu_instance_id: number | null;
  compute_instance_id: number | null;
  memory_total_mib: number | null;
  memory_used_mib: number | null;
}

export interface Gpu {
  index: number;
  bus_id: string | null;
  uuid: string | null;
  minor_number: number | null;
  name: string;
  brand: string | null;
  architecture: string | null;
  performance_state: string | null;
  fan_percent: number | null;
  memory: { total_mib: number | null; used_mib: number | null; free_mib: number | null; reserved_mib: number | null };
  utilization: { gpu_percent: number | null; memory_percent: number | null };
  temperature: {
    gpu_c: number | null;
    slowdown_c: number | null;
    shutdown_c: number | null;
    max_operating_c: number | null;
    /** Ada and later: degrees left before T.Limit ("gpu_temp_tlimit"), and the slowdown offset from it (negative). */
    tlimit_headroom_c: number | null;
    tlimit_slowdown_c: number | null;
  };
  power: { draw_w: number | null; limit_w: number | null };
  /** Active clock throttle/event reasons, without their prefix: "sw_power_cap", "hw_thermal_slowdown", … */
  throttle_reasons: string[];
  ecc: {
    mode: string | null;
    volatile_correctable: number | null;
    volatile_uncorrectable: number | null;
    aggregate_correctable: number | null;
    aggregate_uncorrectable: number | null;
  };
  retired_pages: { single_bit: number | null; double_bit: number | null; pending: boolean };
  remapped_rows: { uncorrectable: number | null; pending: boolean; failure: boolean } | null;
  mig: { enabled: boolean; devices: MigDevice[] };
  processes: GpuProcess[];
}

export interface NvidiaSmiReport {
  driver_version: string | null;
  cuda_version: string | null;
  /** What the file says; the GPUs actually listed can be fewer (count `gpus`). */
  attached_gpus_reported: number | null;
  gpus: Gpu[];
}

type Node = Record<string, unknown> | string | undefined;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => ['gpu', 'process_info', 'mig_device', 'retired_page'].includes(name),
});

const NOT_A_VALUE = /^\[?(?:N\/A|Not Supported|Unknown Error|Not Found|Requested functionality has been deprecated|REDACTED|Insufficient Permissions|GPU requires reset|Not Available)\]?$/i;

const child = (n: Node, key: string): Node => (n && typeof n === 'object' ? (n[key] as Node) : undefined);
const path = (n: Node, ...keys: string[]): Node => keys.reduce<Node>((acc, k) => child(acc, k), n);

function text(n: Node): string | null {
  if (n === undefined || n === null) return null;
  if (typeof n === 'object') {
    const t = (n as Record<string, unknown>)['#text'];
    return typeof t === 'string' ? text(t) : null;
  }
  const s = String(n).trim();
  return s === '' || NOT_A_VALUE.test(s) ? null : s;
}

/** "15360 MiB", "45 %", "-5 C", "70.00 W", "1500 MHz" → the number. */
function num(n: Node): number | null {
  const s = text(n);
  if (s === null) return null;
  const m = /^(-?\d+(?:\.\d+)?)/.exec(s);
  return m ? Number(m[1]) : null;
}

const first = (...values: (number | null)[]): number | null => values.find((v) => v !== null) ?? null;

function sumNumbers(n: Node, pick: (key: string) => boolean): number | null {
  if (!n || typeof n !== 'object') return null;
  let total: number | null = null;
  for (const [k, v] of Object.entries(n)) {
    if (!pick(k)) continue;
    const x = num(v as Node);
    if (x !== null) total = (total ?? 0) + x;
  }
  return total;
}

/** Both ECC layouts: single_bit/double_bit with a total (Kepler–Volta) or flat sram_/dram_ counters (Turing+). */
function eccCounts(scope: Node): { correctable: number | null; uncorrectable: number | null } {
  if (!scope || typeof scope !== 'object') return { correctable: null, uncorrectable: null };
  if (child(scope, 'single_bit') !== undefined || child(scope, 'double_bit') !== undefined) {
    const total = (bit: string) => first(num(path(scope, bit, 'total')), sumNumbers(child(scope, bit), (k) => k !== 'total'));
    return { correctable: total('single_bit'), uncorrectable: total('double_bit') };
  }
  // From 570 sram_uncorrectable splits into parity and secded: count the split, not both.
  const split = child(scope, 'sram_uncorrectable_parity') !== undefined || child(scope, 'sram_uncorrectable_secded') !== undefined;
  return {
    correctable: sumNumbers(scope, (k) => /_correctable$/.test(k)),
    uncorrectable: sumNumbers(scope, (k) => /uncorrectable/.test(k) && !k.includes('sources') && !(split && k === 'sram_uncorrectable')),
  };
}

function retiredCount(n: Node): number | null {
  const count = num(child(n, 'retired_count'));
  if (count !== null) return count;
  const list = path(n, 'retired_pagelist', 'retired_page');
  return Array.isArray(list) ? list.length : null;
}

const yes = (n: Node) => /^yes$/i.test(text(n) ?? '');

function throttleReasons(gpu: Node): string[] {
  const active: string[] = [];
  for (const group of ['clocks_throttle_reasons', 'clocks_event_reasons']) {
    const g = child(gpu, group);
    if (!g || typeof g !== 'object') continue;
    for (const [k, v] of Object.entries(g)) {
      if (/^active$/i.test(text(v as Node) ?? '')) active.push(k.replace(/^clocks_(?:throttle|event)_reason_/, ''));
    }
  }
  return [...new Set(active)];
}

function processes(gpu: Node): GpuProcess[] {
  const list = path(gpu, 'processes', 'process_info');
  if (!Array.isArray(list)) return [];
  return list.map((p: Node) => ({
    pid: num(child(p, 'pid')),
    type: text(child(p, 'type')),
    name: text(child(p, 'process_name')) ?? '',
    used_memory_mib: num(child(p, 'used_memory')),
    gpu_instance_id: num(child(p, 'gpu_instance_id')),
    compute_instance_id: num(child(p, 'compute_instance_id')),
  }));
}

function migDevices(gpu: Node): MigDevice[] {
  const list = path(gpu, 'mig_devices', 'mig_device');
  if (!Array.isArray(list)) return [];
  return list.map((d: Node) => ({
    gpu_instance_id: num(child(d, 'gpu_instance_id')),
    compute_instance_id: num(child(d, 'compute_instance_id')),
    memory_total_mib: num(path(d, 'fb_memory_usage', 'total')),
    memory_used_mib: num(path(d, 'fb_memory_usage', 'used')),
  }));
}

function parseGpu(g: Node, index: number): Gpu {
  const power = child(g, 'gpu_power_readings') ?? child(g, 'power_readings');
  const temp = child(g, 'temperature');
  const ecc = child(g, 'ecc_errors');
  const retired = child(g, 'retired_pages');
  const remapped = child(g, 'remapped_rows');
  return {
    index,
    bus_id: typeof g === 'object' ? ((g as Record<string, unknown>)['@id'] as string | undefined) ?? text(path(g, 'pci', 'pci_bus_id')) : null,
    uuid: text(child(g, 'uuid')),
    minor_number: num(child(g, 'minor_number')),
    name: text(child(g, 'product_name')) ?? 'unknown GPU',
    brand: text(child(g, 'product_brand')),
    architecture: text(child(g, 'product_architecture')),
    performance_state: text(child(g, 'performance_state')),
    fan_percent: num(child(g, 'fan_speed')),
    memory: {
      total_mib: num(path(g, 'fb_memory_usage', 'total')),
      used_mib: num(path(g, 'fb_memory_usage', 'used')),
      free_mib: num(path(g, 'fb_memory_usage', 'free')),
      reserved_mib: num(path(g, 'fb_memory_usage', 'reserved')),
    },
    utilization: { gpu_percent: num(path(g, 'utilization', 'gpu_util')), memory_percent: num(path(g, 'utilization', 'memory_util')) },
    // Older drivers give absolute thresholds; Ada-era ones give offsets from T.Limit instead
    // (gpu_temp_*_tlimit_threshold, often negative): the two are never mixed.
    temperature: {
      gpu_c: num(child(temp, 'gpu_temp')),
      slowdown_c: num(child(temp, 'gpu_temp_slow_threshold')),
      shutdown_c: num(child(temp, 'gpu_temp_max_threshold')),
      max_operating_c: num(child(temp, 'gpu_temp_max_gpu_threshold')),
      tlimit_headroom_c: num(child(temp, 'gpu_temp_tlimit')),
      tlimit_slowdown_c: num(child(temp, 'gpu_temp_slow_tlimit_threshold')),
    },
    power: {
      draw_w: first(num(child(power, 'power_draw')), num(child(power, 'average_power_draw')), num(child(power, 'instant_power_draw'))),
      limit_w: first(num(child(power, 'current_power_limit')), num(child(power, 'enforced_power_limit')), num(child(power, 'power_limit'))),
    },
    throttle_reasons: throttleReasons(g),
    ecc: {
      mode: text(path(g, 'ecc_mode', 'current_ecc')),
      volatile_correctable: eccCounts(child(ecc, 'volatile')).correctable,
      volatile_uncorrectable: eccCounts(child(ecc, 'volatile')).uncorrectable,
      aggregate_correctable: eccCounts(child(ecc, 'aggregate')).correctable,
      aggregate_uncorrectable: eccCounts(child(ecc, 'aggregate')).uncorrectable,
    },
    retired_pages: {
      single_bit: retiredCount(child(retired, 'multiple_single_bit_retirement')),
      double_bit: retiredCount(child(retired, 'double_bit_retirement')),
      pending: yes(child(retired, 'pending_retirement')) || yes(child(retired, 'pending_blacklist')),
    },
    remapped_rows:
      remapped && typeof remapped === 'object'
        ? { uncorrectable: num(child(remapped, 'remapped_row_unc')), pending: yes(child(remapped, 'remapped_row_pending')), failure: yes(child(remapped, 'remapped_row_failure')) }
        : null,
    mig: { enabled: /^enabled$/i.test(text(path(g, 'mig_mode', 'current_mig')) ?? ''), devices: migDevices(g) },
    processes: processes(g),
  };
}

export function parseNvidiaSmiXml(xml: string): NvidiaSmiReport {
  // Nothing is fetched from or expanded by the DTD: the line is dropped.
  const doc = parser.parse(xml.replace(/<!DOCTYPE[^>]*>/i, '')) as Record<string, Node>;
  const root = doc.nvidia_smi_log;
  if (!root || typeof root !== 'object') throw new Error('not nvidia-smi -q -x output (no <nvidia_smi_log>)');
  const gpus = child(root, 'gpu');
  return {
    driver_version: text(child(root, 'driver_version')),
    cuda_version: text(child(root, 'cuda_version')),
    attached_gpus_reported: num(child(root, 'attached_gpus')),
    gpus: Array.isArray(gpus) ? gpus.map((g, i) => parseGpu(g as Node, i)) : [],
  };
}
