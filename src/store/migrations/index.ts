import { sql as init } from './001_init.js';
import { sql as logTemplates } from './002_log_templates.js';
import { sql as modelSummary } from './003_model_summary.js';
import { sql as apiTokens } from './004_api_tokens.js';
import { sql as ownerHeartbeat } from './005_owner_heartbeat.js';
import { sql as retentionIndexes } from './006_retention_indexes.js';
import { sql as hosts } from './007_hosts.js';

/** Every migration, in order. A migration is never edited once released: add the next one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'log_templates', sql: logTemplates },
  { version: 3, name: 'model_summary', sql: modelSummary },
  { version: 4, name: 'api_tokens', sql: apiTokens },
  { version: 5, name: 'owner_heartbeat', sql: ownerHeartbeat },
  { version: 6, name: 'retention_indexes', sql: retentionIndexes },
  { version: 7, name: 'hosts', sql: hosts },
];
