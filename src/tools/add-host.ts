import { accessSync, constants, statSync } from 'node:fs';
import { MAX_TLS_FILE_BYTES } from '../docker/connection.js';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { checkHostSpec, HostNameSchema, type HostSpec } from '../domain/host.js';
import { ToolError } from '../errors.js';
import { parseGpuSource } from '../jobs/gpu-report/source.js';
import { redactText } from '../redact/scrub.js';
import { defineTool } from './_define.js';
import { HostView, hostView } from './list-hosts.js';

const PathSchema = (what: string) => z.string().min(1).max(4096).optional().describe(what);

/**
 * A file the server will read later must be a readable regular file of PEM size now: a typo is
 * said at once, and a FIFO or /dev/zero never reaches a reader. The message does not say which
 * test failed, so the check tells a caller nothing more about the machine's files than "usable or not".
 */
function mustBeReadable(path: string, what: string): void {
  if (!isAbsolute(path)) throw new ToolError('INVALID', `The ${what} path "${path}" is not absolute.`, 'Give the full path, e.g. /home/me/.docker/ca.pem.');
  let usable = false;
  try {
    accessSync(path, constants.R_OK);
    const s = statSync(path);
    usable = s.isFile() && s.size <= MAX_TLS_FILE_BYTES;
  } catch {
    usable = false;
  }
  if (!usable) throw new ToolError('INVALID', `The ${what} file ${path} is not a readable PEM file for this server.`, 'Check the path and its permissions (a regular file of at most 1 MiB).');
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
    ssh_config: PathSchema('An OpenSSH client config file to use (ssh -F) instead of your own; ssh:// only; command line only (it can run commands)'),
    gpu_source: z.string().min(1).max(1_000).optional().describe('Where gpu_report reads this host\'s GPUs: "none" here; "command:<cmd>" and "file:<path>" from the command line only. By default nvidia-smi over the same ssh connection for ssh:// hosts, none otherwise'),
    replace: z.boolean().default(false).describe('Replace a host of the same name'),
  },
  output: { host: HostView },
  scope: 'admin',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  async handler(args, { deps, actor }) {
    // An ssh config file can run commands (ProxyCommand, LocalCommand), and a GPU source can be a
    // command or any file: settings a person types in a terminal, never ones a model (or a prompt
    // injected into it) may set through MCP, whatever its scope.
    const terminalOnly = [args.ssh_config !== undefined ? 'ssh_config' : '', args.gpu_source !== undefined && args.gpu_source !== 'none' ? 'gpu_source' : ''].filter(Boolean);
    if (terminalOnly.length > 0 && actor.transport !== 'cli') {
      throw new ToolError(
        'NOT_ALLOWED',
        `${terminalOnly.join(' and ')} can only be set from the command line: an ssh config file or a GPU source command runs programs on this machine.`,
        `Ask the person to run \`cyberbrain-mcp host add ${args.name} --docker-host ${args.docker_host}${args.ssh_config ? ' --ssh-config FILE' : ''}${args.gpu_source ? ' --gpu-source SOURCE' : ''}\` in a terminal.`,
      );
    }
    const tlsGiven = [args.tls_ca, args.tls_cert, args.tls_key].filter((p) => p !== undefined).length;
    if (tlsGiven !== 0 && tlsGiven !== 3) throw new ToolError('INVALID', 'TLS needs all three files: tls_ca, tls_cert and tls_key.', 'Pass the CA, the client certificate and the client key (as `docker --tlsverify` does).');
    let spec: HostSpec;
    try {
      if (args.gpu_source !== undefined) {
        // nvidia-smi here would read *this* machine's GPUs and present them as the host's.
        if (parseGpuSource(args.gpu_source).kind === 'nvidia-smi') throw new Error('gpu_source "nvidia-smi" reads this machine\'s GPUs; for another host give "command:ssh HOST nvidia-smi -q -x", "file:PATH" or "none"');
        // Stored as typed: a source holding a secret (a token in a command) is refused, never stored.
        if (redactText(args.gpu_source) !== args.gpu_source) throw new Error('gpu_source holds what reads as a secret; put the secret in the command\'s own config (e.g. ~/.ssh/config), not in the source');
      }
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
      const before = deps.store.hosts.find(spec.name);
      deps.store.hosts.put(spec);
      // Paths and the endpoint only: there is nothing secret in a host row. A replaced host keeps
      // its allowlist entries: the audit row says which engine they pointed at before.
      deps.store.audit.record(actor, before ? 'host.replace' : 'host.add', spec.name, before ? { ...spec, replaced: before, allowlist_entries: deps.store.allowlist.countForHost(spec.name) } : spec);
    });
    deps.log.info({ actor: actor.name, host: spec.name }, 'host added');
    return { host: await hostView(deps, spec, deps.store.allowlist.list(), true) };
  },
});
