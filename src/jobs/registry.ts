import type { JobName } from '../domain/jobs.js';
import { gpuReportJob } from './gpu-report/index.js';
import { inventoryJob } from './inventory/index.js';
import { logTriageJob } from './log-triage/index.js';
import { serviceMapJob } from './service-map/index.js';
import type { JobDefinition } from './types.js';

/** Every job this build can run. A directive naming another records it as skipped, with why. */
export const JOBS: Partial<Record<JobName, JobDefinition>> = {
  inventory: inventoryJob,
  log_triage: logTriageJob,
  service_map: serviceMapJob,
  gpu_report: gpuReportJob,
};

export const NOT_BUILT_REASON = (job: JobName): string => `the ${job} job is not available in this version of cyberbrain-mcp`;
