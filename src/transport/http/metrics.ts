import client from 'prom-client';
import type { Store } from '../../store/index.js';

/** Prometheus metrics for /metrics: tool calls by name and outcome, their latency, runs by status, sessions. */
export class Metrics {
  readonly registry = new client.Registry();
  private readonly calls: client.Counter<'tool' | 'outcome'>;
  private readonly latency: client.Histogram<'tool'>;
  readonly sessions: client.Gauge<'transport'>;
  /** MCP servers alive: one per session and per initialize in flight, each holding an engine listener. */
  readonly servers: client.Gauge;

  constructor(store: Store) {
    this.calls = new client.Counter({ name: 'cyberbrain_tool_calls_total', help: 'Tool calls by tool and outcome', labelNames: ['tool', 'outcome'], registers: [this.registry] });
    this.latency = new client.Histogram({
      name: 'cyberbrain_tool_call_seconds',
      help: 'Tool call latency',
      labelNames: ['tool'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
      registers: [this.registry],
    });
    this.sessions = new client.Gauge({ name: 'cyberbrain_active_sessions', help: 'Open MCP sessions', labelNames: ['transport'], registers: [this.registry] });
    this.servers = new client.Gauge({
      name: 'cyberbrain_mcp_servers',
      help: 'MCP server instances alive (one per session or initialize in flight; each holds a run-engine listener)',
      registers: [this.registry],
    });
    this.servers.set(0);
    new client.Gauge({
      name: 'cyberbrain_runs',
      help: 'Runs by status',
      labelNames: ['status'],
      registers: [this.registry],
      collect() {
        const rows = store.runCountsByStatus();
        this.reset();
        for (const r of rows) this.set({ status: r.status }, r.n);
      },
    });
  }

  toolCall(tool: string, outcome: 'ok' | 'error', seconds: number): void {
    this.calls.inc({ tool, outcome });
    this.latency.observe({ tool }, seconds);
  }
}
