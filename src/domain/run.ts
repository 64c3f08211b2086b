export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed', 'skipped', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const JOB_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export type Transport = 'stdio' | 'http' | 'cli';

/** Whether a run has ended (nothing more will be written to it by its engine). */
export const isFinished = (status: RunStatus): boolean => status !== 'queued' && status !== 'running';
