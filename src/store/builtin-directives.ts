import type { DirectiveSpec } from '../domain/directive.js';
import { DirectiveSpecSchema } from '../domain/directive.js';

/**
 * The four directives every database starts with. They can be versioned like any other but
 * never deleted, so scripts and people can always rely on D1..D4 existing.
 */
export const BUILTIN_DIRECTIVES: readonly { id: string; name: string; spec: DirectiveSpec }[] = [
  {
    id: 'D1',
    name: 'log-triage',
    spec: DirectiveSpecSchema.parse({
      title: 'Log Triage',
      description: 'What is wrong in the logs, and what is new since the last successful run.',
      jobs: ['inventory', 'log_triage'],
      window: { tail: 5000 },
      thresholds: { restart_count: 3 },
    }),
  },
  {
    id: 'D2',
    name: 'gpu-report',
    spec: DirectiveSpecSchema.parse({
      title: 'GPU Report',
      description: 'GPUs on the host, which containers hold them, and what is wrong with them.',
      jobs: ['inventory', 'gpu_report'],
      thresholds: { gpu_memory_percent: 95, gpu_temperature_c: 85, gpu_idle_percent: 5 },
    }),
  },
  {
    id: 'D3',
    name: 'service-map',
    spec: DirectiveSpecSchema.parse({
      title: 'Service Map',
      description: 'Who talks to whom, as a graph and a Mermaid picture, with broken dependencies called out.',
      jobs: ['inventory', 'service_map'],
    }),
  },
  {
    id: 'D4',
    name: 'custom',
    spec: DirectiveSpecSchema.parse({
      title: 'Custom (full sweep)',
      description: 'Every job over every allowlisted container. Copy it with create_directive and adapt it.',
      jobs: ['inventory', 'log_triage', 'service_map', 'gpu_report'],
      window: { since: '1h', tail: 5000 },
      thresholds: { restart_count: 3, gpu_memory_percent: 95, gpu_temperature_c: 85 },
      report_max_bytes: 16_384,
    }),
  },
];
