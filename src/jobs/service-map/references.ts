/**
 * Where a container says it talks to another service: URLs and host[:port] values in its
 * environment and command line. Only the host and the port are kept, and they are read from
 * already-redacted text, so credentials never get here.
 */
export interface Reference {
  host: string;
  port: number | null;
  /** Where it was found, for the edge's evidence: "env DATABASE_URL", "command", … */
  source: string;
}

const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]*@)?(?<host>[A-Za-z0-9_.-]+)(?::(?<port>\d{1,5}))?/gi;
const HOST_KEY = /(?:^|_)(?:HOST|HOSTNAME|SERVER|ADDR|ADDRESS|URL|URI|ENDPOINT|BROKER|BROKERS|SERVICE)S?$/i;
const HOST_PORT = /^(?<host>[A-Za-z][A-Za-z0-9_.-]*)(?::(?<port>\d{1,5}))?$/;
const FLAG_VALUE = /^--?[A-Za-z0-9_.-]*(?:host|server|addr|address|url|uri|endpoint|broker|upstream)[A-Za-z0-9_.-]*=(?<value>.+)$/i;

/** Hosts that never name another container. */
const NOT_A_SERVICE = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|::1?|\[REDACTED:[a-z0-9_]+\])$/i;

function port(p: string | undefined): number | null {
  if (p === undefined) return null;
  const n = Number(p);
  return n > 0 && n < 65536 ? n : null;
}

function fromValue(value: string, source: string, out: Reference[], keyed: boolean): void {
  URL_RE.lastIndex = 0;
  let found = false;
  for (const m of value.matchAll(URL_RE)) {
    found = true;
    const host = m.groups!.host!;
    if (!NOT_A_SERVICE.test(host)) out.push({ host, port: port(m.groups!.port), source });
  }
  if (found || !keyed) return;
  // DB_HOST=db, KAFKA_BROKERS=kafka:9092,kafka2:9092
  for (const part of value.split(/[,\s]+/).filter(Boolean)) {
    const m = HOST_PORT.exec(part);
    if (m && !NOT_A_SERVICE.test(m.groups!.host!)) out.push({ host: m.groups!.host!, port: port(m.groups!.port), source });
  }
}

export function referencesIn(env: readonly string[], command: readonly string[]): Reference[] {
  const out: Reference[] = [];
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const key = entry.slice(0, eq);
    fromValue(entry.slice(eq + 1), `env ${key}`, out, HOST_KEY.test(key));
  }
  for (const arg of command) {
    const flag = FLAG_VALUE.exec(arg);
    if (flag) fromValue(flag.groups!.value!, 'command', out, true);
    else fromValue(arg, 'command', out, false);
  }
  return out;
}

/** Compose's depends_on label: "db:service_healthy:false,cache:service_started:true". */
export function composeDependsOn(labels: Readonly<Record<string, string>>): string[] {
  const raw = labels['com.docker.compose.depends_on'];
  if (!raw) return [];
  return raw
    .split(',')
    .map((d) => d.split(':')[0]!.trim())
    .filter(Boolean);
}
