import { existsSync, readFileSync } from 'node:fs';

/**
 * The package version, from the package.json above this module: one level up from dist/ or src/,
 * two from the bundle's dist/chunks/.
 */
function readVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    const url = new URL(up, import.meta.url);
    if (existsSync(url)) return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

export const VERSION: string = readVersion();
export const SERVER_NAME = 'cyberbrain-mcp';
