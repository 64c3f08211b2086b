import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ToolError } from '../errors.js';

/** SQLite and file-system failures that mean "the disk", not "a bug". */
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'EROFS', 'EACCES', 'EPERM']);

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const isDiskFull = (err: unknown): boolean => DISK_FULL.has(codeOf(err) ?? '');

/** Free space on the filesystem holding `path`, for messages; undefined when it cannot be told. */
export function freeBytes(path: string): number | undefined {
  try {
    const s = statfsSync(dirname(path));
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return undefined;
  }
}

const human = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GiB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MiB` : `${Math.round(bytes / 1024)} KiB`;

/**
 * A storage failure explained: which file, how much space is left, and what to do. Undefined when
 * `err` is not a storage failure (then it is a fault, handled as one).
 */
export function explainStorageError(err: unknown, path: string): ToolError | undefined {
  const code = codeOf(err);
  if (!code) return undefined;
  if (DISK_FULL.has(code)) {
    const free = freeBytes(path);
    return new ToolError(
      'STORAGE_FULL',
      `The disk holding ${path} is full${free === undefined ? '' : ` (${human(free)} free)`}: nothing could be written.`,
      'Free space on that filesystem (or prune old runs with `cyberbrain-mcp prune`); reads keep working meanwhile, and the write can be retried.',
    );
  }
  if (NOT_WRITABLE.has(code)) {
    return new ToolError('STORAGE_UNAVAILABLE', `Cannot write ${path} (${code}).`, 'Check that the file and its folder exist and are writable by this user, or point CYBERBRAIN_DB elsewhere.');
  }
  return undefined;
}
