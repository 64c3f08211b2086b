import type { JobName } from '../domain/jobs.js';
import { gpuReportJob } from './gpu-report/index.js';
import { inventoryJob } from './inventory/index.js';
import { logTriageJob } from './log-triage/index.js';
import { serviceMapJob } from './service-map/index.js';
import type { JobDefinition } from './types.js';

/** Every job, by name: complete, so a job named in a directive always has its definition. */
export const JOBS: Readonly<Record<JobName, JobDefinition>> = {
  inventory: inventoryJob,
  log_triage: logTriageJob,
  service_map: serviceMapJob,
  gpu_report: gpuReportJob,
};
