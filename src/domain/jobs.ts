import { z } from 'zod';

/** Every job a directive may name. A job not yet built is recorded as skipped, with the reason. */
export const JOB_NAMES = ['inventory', 'log_triage', 'service_map', 'gpu_report'] as const;
export type JobName = (typeof JOB_NAMES)[number];
export const JobNameSchema = z.enum(JOB_NAMES);
