import type { ToolDef } from './_define.js';
import { addHost } from './add-host.js';
import { cancelRun } from './cancel-run.js';
import { containerHistoryTool } from './container-history.js';
import { createDirective } from './create-directive.js';
import { getAllowlist } from './get-allowlist.js';
import { getDirective } from './get-directive.js';
import { getRunReport } from './get-run-report.js';
import { getRun } from './get-run.js';
import { launchRun } from './launch-run.js';
import { listContainers } from './list-containers.js';
import { listDirectives } from './list-directives.js';
import { listHosts } from './list-hosts.js';
import { listRuns } from './list-runs.js';
import { removeHost } from './remove-host.js';
import { setAllowlist } from './set-allowlist.js';
import { updateDirective } from './update-directive.js';

/** Every tool, the single source of truth for what the server can offer. */
export const ALL_TOOLS: readonly ToolDef[] = [
  launchRun,
  listRuns,
  getRun,
  getRunReport,
  containerHistoryTool,
  cancelRun,
  listDirectives,
  getDirective,
  createDirective,
  updateDirective,
  getAllowlist,
  setAllowlist,
  listContainers,
  listHosts,
  addHost,
  removeHost,
] as unknown as readonly ToolDef[];

/** Tools that change configuration; --read-only leaves them unregistered (not listed, not callable). */
export const isConfigWrite = (t: ToolDef): boolean => t.scope === 'admin';
