import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuFindings, thresholdsFrom } from '../../src/jobs/gpu-report/findings.js';
import { parseNvidiaSmiXml } from '../../src/jobs/gpu-report/parse-nvidia-smi.js';
import { ROOT } from '../helpers/client.js';

const dir = join(ROOT, 'test/fixtures/nvidia-smi');
const load = (f: string) => parseNvidiaSmiXml(readFileSync(join(dir, f), 'utf8'));
const t = thresholdsFrom({});

// GPU count, first model, first GPU's memory (used/total MiB) and the findings it must yield, per file.
const expected: Record<string, { gpus: number; model: string; memory: [number | null, number | null]; findings: RegExp[]; none?: RegExp[] }> = {
  'pai__nvidia_smi_sample.xml': { gpus: 6, model: 'GeForce GTX 1070', memory: [2466, 8112], findings: [] },
  'pai__nvidia_smi_outdated_gpu.xml': { gpus: 1, model: 'GeForce GT 730', memory: [null, null], findings: [] },
  'pai__nvidia_smi_sample_ecc_unsupported.xml': { gpus: 2, model: 'GeForce RTX 2080 Ti', memory: [0, 10989], findings: [] },
  'pai__nvidia_smi_retired_pages.xml': {
    gpus: 1,
    model: 'Tesla V100-SXM3-32GB',
    memory: [0, 32480],
    findings: [/1 uncorrectable ECC error since the driver loaded/, /7627 uncorrectable ECC errors in its lifetime/, /retired 2 memory pages/, /page retirement pending/],
  },
  'pai__nvidia_smi_out_of_order.xml': { gpus: 4, model: 'Tesla K80', memory: [587, 11441], findings: [/7 uncorrectable ECC errors in its lifetime/, /retired 2 memory pages/], none: [/pending/] },
  'telegraf__gtx-1070-ti.xml': { gpus: 1, model: 'GeForce GTX 1070 Ti', memory: [42, 4096], findings: [] },
  'telegraf__quadro-p400.xml': { gpus: 1, model: 'Quadro P400', memory: [0, 1998], findings: [] },
  'telegraf__gtx-1660-ti.xml': { gpus: 1, model: 'Graphics Device', memory: [0, 5912], findings: [] },
  'telegraf__tesla-t4.xml': { gpus: 1, model: 'Tesla T4', memory: [1032, 15360], findings: [] },
  'telegraf__a10g.xml': { gpus: 1, model: 'NVIDIA A10G', memory: [22, 23028], findings: [] },
  'telegraf__quadro-p2000-v12.xml': { gpus: 1, model: 'Quadro P2000', memory: [1, 5120], findings: [] },
  'telegraf__rtx-3090-v12.xml': { gpus: 1, model: 'NVIDIA GeForce RTX 3090', memory: [1, 24576], findings: [] },
  'telegraf__a100-sxm4-v12.xml': { gpus: 1, model: 'NVIDIA A100-SXM4-80GB', memory: [50, 81920], findings: [] },
  'telegraf__rtx-3080-v12.xml': { gpus: 1, model: 'NVIDIA GeForce RTX 3080', memory: [1128, 10240], findings: [] },
  'telegraf__rtx-3060-v12.xml': { gpus: 1, model: 'NVIDIA GeForce RTX 3060', memory: [116, 12288], findings: [] },
  'telegraf__rtx-3080-v13.xml': { gpus: 1, model: 'NVIDIA GeForce RTX 3080', memory: [9184, 10240], findings: [] },
  'telegraf__rtx-4000-sff-ada-v13.xml': { gpus: 1, model: 'NVIDIA RTX 4000 SFF Ada Generation', memory: [3534, 20475], findings: [] },
};

describe('nvidia-smi -q -x parser on real recorded outputs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));

  it('has an expectation for each of the 17 recorded files', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s: GPU count, model, memory and findings', (f) => {
    const r = load(f);
    const e = expected[f]!;
    expect(r.gpus).toHaveLength(e.gpus);
    expect(r.gpus[0]!.name).toBe(e.model);
    expect([r.gpus[0]!.memory.used_mib, r.gpus[0]!.memory.total_mib]).toEqual(e.memory);
    const messages = r.gpus.flatMap((g) => gpuFindings(g, t)).map((x) => x.message);
    for (const re of e.findings) expect(messages.some((m) => re.test(m)), `${re} in ${JSON.stringify(messages)}`).toBe(true);
    if (e.findings.length === 0) expect(messages.filter((m) => !/power-capped .* while idle/.test(m))).toEqual([]);
    for (const re of e.none ?? []) expect(messages.some((m) => re.test(m))).toBe(false);
  });

  it('counts the <gpu> elements, not attached_gpus', () => {
    const r = load('pai__nvidia_smi_retired_pages.xml');
    expect(r.attached_gpus_reported).toBe(16);
    expect(r.gpus).toHaveLength(1);
  });

  it('reads both clock-reason generations and both power layouts', () => {
    expect(load('pai__nvidia_smi_sample_ecc_unsupported.xml').gpus[1]!.throttle_reasons).toEqual(['sw_power_cap']);
    expect(load('pai__nvidia_smi_out_of_order.xml').gpus[0]!.throttle_reasons).toEqual(['applications_clocks_setting']);
    const v13 = load('telegraf__rtx-3080-v13.xml').gpus[0]!;
    expect(v13.power).toEqual({ draw_w: expect.any(Number), limit_w: 320 });
    expect(load('telegraf__rtx-3060-v12.xml').gpus[0]!.power.draw_w).toBeCloseTo(11.6, 1); // average_power_draw from 570
    expect(load('telegraf__a100-sxm4-v12.xml').gpus[0]!.power.limit_w).toBe(500); // gpu_power_readings from 535
  });

  it('reads Ada temperature limits as offsets from T.Limit, not as absolute temperatures', () => {
    const ada = load('telegraf__rtx-4000-sff-ada-v13.xml').gpus[0]!;
    expect(ada.temperature).toMatchObject({ gpu_c: 38, slowdown_c: null, tlimit_headroom_c: 49, tlimit_slowdown_c: -2 });
    const hot = { ...ada, temperature: { ...ada.temperature, tlimit_headroom_c: 1 } };
    expect(gpuFindings(hot, t).map((f) => f.message)).toContain('GPU 0 (NVIDIA RTX 4000 SFF Ada Generation) is 1 °C from its temperature limit and slows down at 2 °C');
  });

  it('reads MIG devices and the N/A utilisation under MIG', () => {
    const a100 = load('telegraf__a100-sxm4-v12.xml').gpus[0]!;
    expect(a100.mig.enabled).toBe(true);
    expect(a100.mig.devices).toHaveLength(4);
    expect(a100.mig.devices[0]).toMatchObject({ memory_total_mib: 19968 });
    expect(a100.utilization.gpu_percent).toBeNull();
  });

  it('reads processes of every kind', () => {
    const t4 = load('telegraf__tesla-t4.xml').gpus[0]!;
    expect(t4.processes.map((p) => p.type)).toEqual(['G', 'C']);
    expect(load('telegraf__rtx-4000-sff-ada-v13.xml').gpus[0]!.processes.map((p) => p.type)).toContain('C+G');
    expect(load('pai__nvidia_smi_sample.xml').gpus.reduce((n, g) => n + g.processes.length, 0)).toBe(8);
  });

  it('reads "Not Found" CUDA and the missing DOCTYPE', () => {
    expect(load('pai__nvidia_smi_out_of_order.xml').cuda_version).toBeNull();
    expect(load('telegraf__quadro-p400.xml').driver_version).toBe('418.43');
  });
});

describe('nvidia-smi parser on synthetic odd values', () => {
  const gpu = (inner: string) => `<?xml version="1.0" ?><nvidia_smi_log><driver_version>550.1</driver_version><gpu id="00000000:01:00.0"><product_name>Test GPU</product_name>${inner}</gpu></nvidia_smi_log>`;

  it('turns [Not Supported] and [Unknown Error] into nulls', () => {
    const g = parseNvidiaSmiXml(gpu('<fb_memory_usage><total>[Not Supported]</total><used>[Unknown Error]</used></fb_memory_usage><utilization><gpu_util>[N/A]</gpu_util></utilization>')).gpus[0]!;
    expect(g.memory).toMatchObject({ total_mib: null, used_mib: null });
    expect(g.utilization.gpu_percent).toBeNull();
  });

  it('flags near-full memory, heat and throttling, with negative thresholds parsed', () => {
    const g = parseNvidiaSmiXml(
      gpu(
        '<fb_memory_usage><total>1000 MiB</total><used>990 MiB</used></fb_memory_usage><utilization><gpu_util>99 %</gpu_util></utilization>' +
          '<temperature><gpu_temp>91 C</gpu_temp><gpu_temp_tlimit>1 C</gpu_temp_tlimit><gpu_temp_slow_tlimit_threshold>-5 C</gpu_temp_slow_tlimit_threshold></temperature>' +
          '<clocks_event_reasons><clocks_event_reason_hw_thermal_slowdown>Active</clocks_event_reason_hw_thermal_slowdown><clocks_event_reason_sw_power_cap>Active</clocks_event_reason_sw_power_cap></clocks_event_reasons>' +
          '<remapped_rows><remapped_row_pending>Yes</remapped_row_pending><remapped_row_failure>No</remapped_row_failure></remapped_rows>',
      ),
    ).gpus[0]!;
    expect(g.temperature).toMatchObject({ slowdown_c: null, tlimit_headroom_c: 1, tlimit_slowdown_c: -5 });
    const messages = gpuFindings(g, t).map((f) => f.message);
    expect(messages).toEqual([
      'GPU 0 (Test GPU) memory is 99% full (990 of 1000 MiB)',
      'GPU 0 (Test GPU) is throttled for heat (hw_thermal_slowdown)',
      'GPU 0 (Test GPU) is power-capped (sw_power_cap) while busy',
      'GPU 0 (Test GPU) runs at 91 °C (limit 85 °C)',
      'GPU 0 (Test GPU) has row remapping pending: reset the GPU to apply it',
    ]);
  });

  it('counts the 570 split ECC counters once', () => {
    const g = parseNvidiaSmiXml(
      gpu('<ecc_errors><volatile><sram_correctable>1</sram_correctable><sram_uncorrectable_parity>2</sram_uncorrectable_parity><sram_uncorrectable_secded>3</sram_uncorrectable_secded><dram_uncorrectable>4</dram_uncorrectable></volatile></ecc_errors>'),
    ).gpus[0]!;
    expect(g.ecc.volatile_uncorrectable).toBe(9);
    expect(g.ecc.volatile_correctable).toBe(1);
  });

  it('refuses what is not nvidia-smi XML, and reads an empty log as no GPU', () => {
    expect(() => parseNvidiaSmiXml('<html></html>')).toThrow(/nvidia_smi_log/);
    expect(parseNvidiaSmiXml('<nvidia_smi_log><attached_gpus>0</attached_gpus></nvidia_smi_log>').gpus).toEqual([]);
  });
});
