// Packages the bundled server loads from node_modules at run time instead of carrying inside
// dist/: native code (better-sqlite3) and packages that start worker threads or load files by path.
export const EXTERNAL = ['better-sqlite3', 'dockerode', 'pino-pretty'];
