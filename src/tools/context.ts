import type { ResultCache } from './result-cache.js';
import type { Config } from '../config.js';
import type { Fleet } from '../docker/fleet.js';
import type { RunEngine } from '../jobs/runner.js';
import type { Summarizer } from '../jobs/summary.js';
import type { Logger } from '../log.js';
import type { Actor } from '../store/audit.js';
import type { Store } from '../store/index.js';

/** Long-lived things every tool may use. Tools get them passed in, never import them. */
export interface ToolDeps {
  store: Store;
  /** Every host's guarded Docker client; `fleet.localClient` is this machine's engine. */
  fleet: Fleet;
  engine: RunEngine;
  config: Config;
  log: Logger;
  /** Answers of cacheable read tools while the database is unchanged (absent: nothing cached). */
  results?: ResultCache;
}

export type ApprovalAnswer = 'accept' | 'decline' | 'cancel' | 'unsupported';

/** What one call knows about its caller and the connection it came over. */
export interface CallContext {
  deps: ToolDeps;
  actor: Actor;
  signal: AbortSignal;
  /** Sends a progress notification when the client asked for them (gave a progressToken); no-op otherwise. */
  progress(progress: number, total: number | undefined, message: string): Promise<void>;
  /** Asks the person to approve, through MCP elicitation, when the client supports it. */
  askApproval(message: string): Promise<ApprovalAnswer>;
  /** The client's model through MCP sampling; undefined when the client cannot sample. */
  summarizer?: Summarizer;
  /** Why there is no summarizer (said in the report of a run that asked for a summary). */
  summaryUnavailable?: string;
  /**
   * The client's model, asked within this call only (2026-07-28: through input_required; 2025: a
   * pushed sampling request); undefined when the client cannot sample.
   */
  askModelNow?: Summarizer;
  /** Told the id of a run this call launched (an MCP task uses it to cancel the run with the task). */
  onRunLaunched?: (runId: string) => void;
}
