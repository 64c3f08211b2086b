import type { ContainerState } from '../../store/inventory.js';
import type { Finding } from '../types.js';

/**
 * What changed for one container since its previous snapshot, and what is wrong now.
 * Pure: the job feeds it two states and thresholds, tests feed it anything.
 */
export function compareStates(now: ContainerState, before: ContainerState | undefined, thresholds: Record<string, number>): Finding[] {
  const findings: Finding[] = [];
  const restartLimit = thresholds.restart_count ?? 3;

  if (now.oom_killed) findings.push({ severity: 'critical', message: 'was killed for running out of memory (OOMKilled)' });
  if (now.health === 'unhealthy') findings.push({ severity: 'critical', message: 'health check reports unhealthy' });
  if (now.status === 'restarting') findings.push({ severity: 'critical', message: 'is in a restart loop (restarting)' });
  if (now.status === 'exited' && now.exit_code !== null && now.exit_code !== 0) {
    findings.push({ severity: 'warning', message: `exited with code ${now.exit_code}${exitCodeMeaning(now.exit_code)}` });
  }
  if (now.status === 'dead') findings.push({ severity: 'critical', message: 'is dead (the engine could not stop or remove it cleanly)' });

  if (before) {
    const sameContainer = before.container_id === now.container_id;
    const restarts = sameContainer ? now.restart_count - before.restart_count : now.restart_count;
    if (restarts > 0) {
      findings.push({ severity: restarts >= restartLimit ? 'warning' : 'info', message: `restarted ${restarts} time${restarts === 1 ? '' : 's'} since the last run` });
    }
    if (!sameContainer) findings.push({ severity: 'info', message: 'was recreated since the last run (new container id)' });
    if (before.image_id !== now.image_id) findings.push({ severity: 'info', message: `image changed since the last run (${before.image} → ${now.image})` });
    if (before.status !== now.status) findings.push({ severity: now.status === 'running' ? 'info' : 'warning', message: `state changed from ${before.status} to ${now.status}` });
  } else if (now.restart_count >= restartLimit) {
    findings.push({ severity: 'warning', message: `has restarted ${now.restart_count === 1 ? 'once' : `${now.restart_count} times`}` });
  }
  return findings;
}

function exitCodeMeaning(code: number): string {
  if (code === 137) return ' (killed: SIGKILL, often the OOM killer or docker kill)';
  if (code === 143) return ' (terminated: SIGTERM)';
  if (code === 139) return ' (segmentation fault)';
  if (code === 126 || code === 127) return ' (command not executable or not found)';
  return '';
}

export function describeUptime(seconds: number | null): string {
  if (seconds === null) return 'not running';
  if (seconds < 120) return `up ${seconds}s`;
  if (seconds < 7200) return `up ${Math.round(seconds / 60)}m`;
  if (seconds < 172800) return `up ${Math.round(seconds / 3600)}h`;
  return `up ${Math.round(seconds / 86400)}d`;
}
