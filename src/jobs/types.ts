import type { Config } from '../config.js';
import type { GpuRead, GpuSource } from './gpu-report/source.js';
import type { DirectiveSnapshot } from '../domain/directive.js';
import type { JobName } from '../domain/jobs.js';
import type { GuardedDocker } from '../docker/guarded-client.js';
import type { ContainerIdentity } from '../docker/guard.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';

export type Severity = 'critical' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  message: string;
}

/** What one job produced for one container (or for the whole set, for fleet jobs). */
export interface JobOutcome {
  /** One line a person reads first. */
  summary: string;
  findings: Finding[];
  /** The full machine-readable result, kept in the JSON report. */
  data: unknown;
}

export interface JobContext {
  runId: string;
  config: Config;
  directive: DirectiveSnapshot;
  /** The host this job reads; `docker` is that host's engine, and the store is read per host. */
  host: string;
  docker: GuardedDocker;
  /** The other hosts of the run, by name and address (lowercase): what the service map counts as another host. */
  peers?: readonly string[];
  /** Where this host's GPUs are read (gpu_report); the configured source when absent. */
  gpuSource?: GpuSource;
  /**
   * The GPU source's answer, asked for when the host's work began (see startGpuRead): gpu_report
   * then waits only for what is left of it. Absent: gpu_report asks itself.
   */
  gpuRead?: Promise<GpuRead>;
  store: Store;
  signal: AbortSignal;
  log: Logger;
}

interface JobBase {
  name: JobName;
  title: string;
  /** Renders the markdown body of one outcome; the default lists summary and findings. */
  renderMarkdown?(outcome: JobOutcome): string;
}

/** Runs once per allowlisted container. */
export interface ContainerJob extends JobBase {
  scope: 'container';
  run(ctx: JobContext, container: ContainerIdentity): Promise<JobOutcome>;
}

/** Runs once over every selected container (a map or a host-wide report). */
export interface FleetJob extends JobBase {
  scope: 'fleet';
  run(ctx: JobContext, containers: ContainerIdentity[]): Promise<JobOutcome>;
}

export type JobDefinition = ContainerJob | FleetJob;
