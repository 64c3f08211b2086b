// Seeds a database with N runs (and their container rows) as fast as SQLite allows.
import { openStore } from '../dist/store/index.js';

export function seedRuns(dbPath, count) {
  const store = openStore(dbPath);
  const db = store.db;
  const have = db.prepare('SELECT count(*) AS n FROM runs').get().n;
  if (have >= count) {
    store.close();
    return have;
  }
  const snapshot = JSON.stringify(store.directives.get('D1'));
  const insertRun = db.prepare(
    `INSERT INTO runs (id, directive_id, directive_version, directive_snapshot, status, owner_id, heartbeat_at, transport, created_at, started_at, finished_at, summary)
     VALUES (?, ?, 1, ?, ?, 'bench', ?, 'stdio', ?, ?, ?, ?)`,
  );
  const insertContainer = db.prepare('INSERT INTO run_containers (run_id, container_id, container_name) VALUES (?, ?, ?)');
  const statuses = ['succeeded', 'succeeded', 'succeeded', 'partial', 'failed', 'skipped', 'cancelled'];
  const directives = ['D1', 'D2', 'D3', 'D4'];
  const start = Date.now() - count * 1000;
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const idFor = (ms, i) => {
    let t = '';
    for (let x = ms, k = 0; k < 10; k++, x = Math.floor(x / 32)) t = ALPHABET[x % 32] + t;
    let r = '';
    for (let x = i, k = 0; k < 16; k++, x = Math.floor(x / 32)) r = ALPHABET[x % 32] + r;
    return `run_${t}${r}`;
  };
  const batch = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const t = start + i * 1000;
      const id = idFor(t, i);
      insertRun.run(id, directives[i % 4], snapshot, statuses[i % statuses.length], t, t, t, t + 1500, '3 succeeded, 0 failed, 1 skipped of 4 job rows');
      insertContainer.run(id, (i % 50).toString(16).padStart(64, '0'), `svc-${i % 50}`);
    }
  });
  for (let i = have; i < count; i += 50_000) batch(i, Math.min(count, i + 50_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  store.close();
  return count;
}
