import { accessSync, constants } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { checkHostSpec, HostNameSchema, type HostSpec } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { parseGpuSource } from '../jobs/gpu-report/source.js';
import { defineTool } from './_define.js';
import { HostView } from './list-hosts.js';

const PathSchema = (what: string) => z.string().min(1).max(4096).optional().describe(what);

/** A file the server will read later must exist and be readable now: a typo is said at once. */
function mustBeReadable(path: string, what: string): void {
  if (!isAbsolute(path)) throw new ToolError('INVALID', `The ${what} path "${path}" is not absolute.`, 'Give the full path, e.g. /home/me/.docker/ca.pem.');
  try {
    accessSync(path, constants.R_OK);
  } catch (err) {
    throw new ToolError('INVALID', `The ${what} file ${path} cannot be read by this server (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}).`, 'Check the path and its permissions.');
  }
}

export const addHost = defineTool({
  name: 'add_host',
  title: 'Add host',
  description:
    'Adds a Docker engine (host) runs can read, or replaces one of that name: unix:///path, tcp://HOST:PORT with TLS client files (paths only; keys are never stored), or ssh://[USER@]HOST[:PORT] (the system ssh client, as Docker does: keys, agent and known_hosts apply). Nothing on it is readable until allowlisted for that host (set_allowlist with "host"). Audited.',
  input: {
    name: HostNameSchema,
    docker_host: z.string().min(1).max(512).describe('unix:///var/run/docker.sock, tcp://nas.lan:2376 or ssh://me@nas.lan'),
    tls_ca: PathSchema('CA certificate (PEM) that signed the engine\'s certificate; tcp:// only, with tls_cert and tls_key'),
    tls_cert: PathSchema('Client certificate (PEM) the engine trusts'),
    tls_key: PathSchema('Client key (PEM): its path is stored, never its contents'),
    ssh_config: PathSchema('An OpenSSH client config file to use (ssh -F) instead of your own; ssh:// only'),
    gpu_source: z.string().min(1).max(1_000).optional().describe('Where gpu_report reads this host\'s GPUs: "command:<cmd>", "file:<path>" or "none"; by default nvidia-smi over the same ssh connection for ssh:// hosts, none otherwise'),
    replace: z.boolean().default(false).describe('Replace a host of the same name'),
  },
  output: { host: HostView },
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async handler(args, { deps, actor }) {
    const tlsGiven = [args.tls_ca, args.tls_cert, args.tls_key].filter((p) => p !== undefined).length;
    if (tlsGiven !== 0 && tlsGiven !== 3) throw new ToolError('INVALID', 'TLS needs all three files: tls_ca, tls_cert and tls_key.', 'Pass the CA, the client certificate and the client key (as `docker --tlsverify` does).');
    let spec: HostSpec;
    try {
      if (args.gpu_source !== undefined && args.gpu_source !== 'nvidia-smi') parseGpuSource(args.gpu_source);
      spec = checkHostSpec({
        name: args.name,
        docker_host: args.docker_host,
        tls: tlsGiven === 3 ? { ca: args.tls_ca!, cert: args.tls_cert!, key: args.tls_key! } : null,
        ssh_config: args.ssh_config ?? null,
        gpu_source: args.gpu_source ?? null,
      });
    } catch (err) {
      throw new ToolError('INVALID', `Host "${args.name}": ${(err as Error).message}.`, 'See `cyberbrain-mcp host add --help` for the forms that work.');
    }
    if (spec.tls) for (const [what, path] of [['tls_ca', spec.tls.ca], ['tls_cert', spec.tls.cert], ['tls_key', spec.tls.key]] as const) mustBeReadable(path, what);
    if (spec.ssh_config) mustBeReadable(spec.ssh_config, 'ssh_config');
    deps.store.write(() => {
      if (!args.replace && deps.store.hosts.find(spec.name)) {
        throw new ToolError('CONFLICT', `A host named "${spec.name}" exists already.`, 'Pass replace=true (CLI: --replace) to change it, or pick another name.');
      }
      deps.store.hosts.put(spec);
      // Paths and the endpoint only: there is nothing secret in a host row.
      deps.store.audit.record(actor, args.replace ? 'host.replace' : 'host.add', spec.name, spec);
    });
    deps.log.info({ actor: actor.name, host: spec.name }, 'host added');
    let reachable = false;
    let version: string | null = null;
    let error: string | null = null;
    try {
      version = (await deps.fleet.get(spec.name).version()).version;
      reachable = true;
    } catch (err) {
      error = err instanceof ToolError ? `${err.message} ${err.hint}` : String(err);
    }
    return { host: { name: spec.name, docker_host: spec.docker_host, tls: spec.tls !== null, allowlist_entries: 0, reachable, engine_version: version, error } };
  },
});
