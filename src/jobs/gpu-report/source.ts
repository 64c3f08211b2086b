import { readFile } from 'node:fs/promises';
import { LOCAL_HOST, parseEndpoint, type HostSpec } from '../../domain/host.js';
import { sshArgs } from '../../docker/ssh-args.js';

/**
 * Where GPU facts come from. By default the host's own `nvidia-smi -q -x`; a configured command
 * (e.g. `ssh gpu-host nvidia-smi -q -x`) or a file lets a GPU host be diagnosed from elsewhere.
 * CYBERBRAIN_GPU_SOURCE: "nvidia-smi" | "command:<shell command>" | "file:<path>" | "none".
 */
export type GpuSource =
  | { kind: 'nvidia-smi' }
  | { kind: 'command'; command: string }
  | { kind: 'file'; path: string }
  | { kind: 'none' }
  /** A program with its arguments, no shell: nvidia-smi on an ssh:// host over the same ssh. */
  | { kind: 'exec'; file: string; args: string[]; label: string };

/**
 * Where one host's GPUs are read: the local host uses CYBERBRAIN_GPU_SOURCE; another host its own
 * `gpu_source`, else for an ssh:// host nvidia-smi over the same ssh connection settings, else none.
 */
export function gpuSourceFor(host: HostSpec, localSource: GpuSource): GpuSource {
  if (host.name === LOCAL_HOST) return localSource;
  if (host.gpu_source) {
    const source = parseGpuSource(host.gpu_source);
    // This machine's nvidia-smi says nothing about another host's GPUs (add_host refuses it too).
    return source.kind === 'nvidia-smi' ? { kind: 'none' } : source;
  }
  const e = parseEndpoint(host.docker_host);
  if (e.kind === 'ssh') return { kind: 'exec', file: 'ssh', args: sshArgs(e, host.ssh_config, ['nvidia-smi', '-q', '-x']), label: `nvidia-smi on host ${host.name} over ssh` };
  return { kind: 'none' };
}

export function parseGpuSource(raw: string | undefined): GpuSource {
  if (!raw || raw === 'nvidia-smi') return { kind: 'nvidia-smi' };
  if (raw === 'none') return { kind: 'none' };
  if (raw.startsWith('command:') && raw.length > 8) return { kind: 'command', command: raw.slice(8) };
  if (raw.startsWith('file:') && raw.length > 5) return { kind: 'file', path: raw.slice(5) };
  throw new Error(`CYBERBRAIN_GPU_SOURCE must be "nvidia-smi", "command:<command>", "file:<path>" or "none"; got "${raw}"`);
}

export const describeSource = (s: GpuSource): string =>
  s.kind === 'nvidia-smi' ? 'nvidia-smi on this host' : s.kind === 'command' ? 'a configured command' : s.kind === 'file' ? `file ${s.path}` : s.kind === 'exec' ? s.label : 'none (disabled)';

/** Processes of the local source can be mapped to containers through /proc; remote ones cannot. */
export const isLocal = (s: GpuSource): boolean => s.kind === 'nvidia-smi';

const MAX_OUTPUT = 32 * 1024 * 1024;

export interface GpuRead {
  xml: string | null;
  note: string;
}

/** How long the GPU source may take: nvidia-smi on a busy multi-GPU host takes seconds. */
export const gpuReadTimeoutMs = (dockerTimeoutMs: number): number => Math.max(dockerTimeoutMs, 30_000);

/**
 * Starts reading the GPU source now, for a gpu_report that runs later in the same host's work. The
 * read is a process of its own (nvidia-smi, or ssh to the host: a new connection, a few hundred
 * milliseconds before nvidia-smi even starts), which waits on nothing the other jobs do: begun
 * with the host's work, it overlaps them instead of adding its whole time at the end. A failure
 * is the job's to report when it takes the answer; until then it is not an unhandled rejection.
 */
export function startGpuRead(source: GpuSource, timeoutMs: number, signal: AbortSignal): Promise<GpuRead> {
  const read = readGpuXml(source, timeoutMs, signal);
  read.catch(() => undefined);
  return read;
}

/** The XML, or null when there is no NVIDIA tooling (nvidia-smi not installed, or no driver). */
export async function readGpuXml(source: GpuSource, timeoutMs: number, signal: AbortSignal): Promise<GpuRead> {
  switch (source.kind) {
    case 'none':
      return { xml: null, note: 'GPU source disabled (CYBERBRAIN_GPU_SOURCE=none)' };
    case 'file':
      return { xml: await readFile(source.path, 'utf8'), note: `read from ${source.path}` };
    case 'nvidia-smi':
      return run('nvidia-smi', ['-q', '-x'], timeoutMs, signal);
    case 'command':
      return run('/bin/sh', ['-c', source.command], timeoutMs, signal);
    case 'exec':
      return run(source.file, source.args, timeoutMs, signal);
  }
}

async function run(file: string, args: string[], timeoutMs: number, signal: AbortSignal): Promise<GpuRead> {
  // Loaded here, not at start-up: only a gpu_report run spawns anything.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: MAX_OUTPUT, signal, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (!err) return resolve({ xml: stdout, note: `${file === 'nvidia-smi' ? 'nvidia-smi' : 'command'} answered` });
      const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
      if (e.code === 'ENOENT') return resolve({ xml: null, note: 'nvidia-smi is not installed on this host' });
      // 127: the shell (or the remote side of ssh) found no such command.
      if ((e.code as unknown) === 127) return resolve({ xml: null, note: 'nvidia-smi is not installed on that host' });
      if (e.killed) return reject(new Error(`the GPU source did not answer within ${timeoutMs} ms`));
      // nvidia-smi exits non-zero when no driver is loaded or no device is present.
      const why = (stderr || e.message).split('\n')[0]!.slice(0, 200);
      if (file === 'nvidia-smi') return resolve({ xml: null, note: `nvidia-smi failed: ${why}` });
      reject(new Error(`the GPU source command failed: ${why}`));
    });
  });
}
