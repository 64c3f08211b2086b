import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `path` whole or not at all: a temporary file beside it, then a rename. When the write
 * fails (a full disk, say) the temporary file is removed, so no empty or half file is left behind
 * and the previous version of `path`, if any, stays as it was.
 */
export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
