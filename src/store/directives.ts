import type Database from 'better-sqlite3';
import type { DirectiveSnapshot, DirectiveSpec } from '../domain/directive.js';
import { readStoredSpec, storableSpec } from './directive-spec.js';
import { BUILTIN_DIRECTIVES } from './builtin-directives.js';

export interface DirectiveSummary {
  id: string;
  name: string;
  title: string;
  builtin: boolean;
  current_version: number;
  jobs: string[];
  updated_at: number;
}

export interface DirectiveVersion {
  version: number;
  created_at: number;
  created_by: string;
}

interface HeadRow {
  id: string;
  name: string;
  builtin: number;
  current_version: number;
  updated_at: number;
  spec: string;
}

/** Named, versioned recipes. Every update appends a version; a run keeps the exact one it used. */
export class DirectivesRepo {
  private readonly heads;
  private readonly byKey;
  private readonly versionSpec;
  private readonly versions;
  private readonly insertHead;
  private readonly insertVersion;
  private readonly bumpHead;
  private readonly maxNumericId;

  constructor(private readonly db: Database.Database) {
    const head = `SELECT d.id, d.name, d.builtin, d.current_version, d.updated_at, v.spec
                  FROM directives d JOIN directive_versions v ON v.directive_id = d.id AND v.version = d.current_version`;
    this.heads = db.prepare<[], HeadRow>(`${head} ORDER BY d.builtin DESC, CAST(substr(d.id, 2) AS INTEGER)`);
    // An id wins over a name (databases from before names like "d6" were refused may hold one).
    this.byKey = db.prepare<{ key: string }, HeadRow>(`${head} WHERE d.id = upper(@key) OR d.name = @key ORDER BY d.id = upper(@key) DESC LIMIT 1`);
    this.versionSpec = db.prepare<[string, number], { spec: string }>('SELECT spec FROM directive_versions WHERE directive_id = ? AND version = ?');
    this.versions = db.prepare<[string], DirectiveVersion>('SELECT version, created_at, created_by FROM directive_versions WHERE directive_id = ? ORDER BY version DESC');
    this.insertHead = db.prepare('INSERT INTO directives (id, name, builtin, current_version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
    this.insertVersion = db.prepare('INSERT INTO directive_versions (directive_id, version, spec, created_at, created_by) VALUES (?, ?, ?, ?, ?)');
    this.bumpHead = db.prepare('UPDATE directives SET current_version = ?, updated_at = ? WHERE id = ?');
    this.maxNumericId = db.prepare<[], { n: number | null }>("SELECT max(CAST(substr(id, 2) AS INTEGER)) AS n FROM directives WHERE id GLOB 'D[0-9]*'");
  }

  /** Inserts the built-ins that are missing; never overwrites a version someone made. */
  seedBuiltins(): void {
    this.db.transaction(() => {
      for (const b of BUILTIN_DIRECTIVES) {
        if (this.byKey.get({ key: b.id }) || this.byKey.get({ key: b.name })) continue;
        const now = Date.now();
        this.insertHead.run(b.id, b.name, 1, now, now);
        this.insertVersion.run(b.id, 1, JSON.stringify(b.spec), now, 'builtin');
      }
    }).immediate();
  }

  list(): DirectiveSummary[] {
    return this.heads.all().map((r) => {
      const spec = JSON.parse(r.spec) as DirectiveSpec;
      return { id: r.id, name: r.name, title: spec.title, builtin: r.builtin === 1, current_version: r.current_version, jobs: spec.jobs, updated_at: r.updated_at };
    });
  }

  /** By id ("D1", case-insensitive) or by name ("log-triage"); a given version or the current one. */
  get(key: string, version?: number): (DirectiveSnapshot & { builtin: boolean; current_version: number; history: DirectiveVersion[] }) | undefined {
    const head = this.byKey.get({ key });
    if (!head) return undefined;
    const v = version ?? head.current_version;
    const row = v === head.current_version ? { spec: head.spec } : this.versionSpec.get(head.id, v);
    if (!row) return undefined;
    return {
      id: head.id,
      name: head.name,
      version: v,
      spec: readStoredSpec(row.spec),
      builtin: head.builtin === 1,
      current_version: head.current_version,
      history: this.versions.all(head.id),
    };
  }

  /** Caller holds the transaction (so the audit row lands with it). */
  create(name: string, spec: DirectiveSpec, createdBy: string): DirectiveSnapshot {
    const id = `D${(this.maxNumericId.get()?.n ?? 0) + 1}`;
    const now = Date.now();
    const stored = storableSpec(spec);
    this.insertHead.run(id, name, 0, now, now);
    this.insertVersion.run(id, 1, JSON.stringify(stored), now, createdBy);
    return { id, name, version: 1, spec: stored };
  }

  /** Appends a version and makes it current. Caller holds the transaction. */
  addVersion(id: string, currentVersion: number, spec: DirectiveSpec, createdBy: string): DirectiveSnapshot & { name: string } {
    const now = Date.now();
    const version = currentVersion + 1;
    const stored = storableSpec(spec);
    this.insertVersion.run(id, version, JSON.stringify(stored), now, createdBy);
    this.bumpHead.run(version, now, id);
    const head = this.byKey.get({ key: id })!;
    return { id, name: head.name, version, spec: stored };
  }
}
