import { readDockerContext } from '../docker/contexts.js';
import { addHost } from '../tools/add-host.js';
import { listHosts } from '../tools/list-hosts.js';
import { removeHost } from '../tools/remove-host.js';
import { parse, UsageError } from './args.js';
import { callTool } from './call.js';
import { HOST_HELP } from './help.js';
import { note, print, table, withApp } from './output.js';

/** `host add|ls|rm`: the Docker engines runs can read besides "local". */
export async function hostCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') return print(HOST_HELP), sub === undefined ? 2 : 0;
  if (!['ls', 'add', 'rm'].includes(sub)) throw new UsageError(`unknown host command "${sub}"; use ls, add or rm`);
  const { values, positionals } = parse(
    rest,
    {
      'docker-host': { type: 'string' },
      'from-context': { type: 'string' },
      'tls-ca': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'ssh-config': { type: 'string' },
      'gpu-source': { type: 'string' },
      replace: { type: 'boolean' },
      'no-check': { type: 'boolean' },
      json: { type: 'boolean' },
      db: { type: 'string' },
      'read-only': { type: 'boolean' },
    },
    sub !== 'ls',
  );
  if (values.help) return print(HOST_HELP), 0;
  return withApp({ db: values.db as string | undefined, readOnly: values['read-only'] as boolean | undefined }, async ({ deps }) => {
    if (sub === 'ls') {
      const { hosts } = await callTool(listHosts, { check: values['no-check'] !== true }, deps);
      if (values.json) return print(JSON.stringify(hosts, null, 2)), 0;
      const state = (h: (typeof hosts)[number]) => (h.reachable === null ? 'not checked' : h.reachable ? `yes (Docker ${h.engine_version})` : `no: ${h.error}`);
      print(table(['HOST', 'ENDPOINT', 'TLS', 'ENTRIES', 'REACHABLE'], hosts.map((h) => [h.name, h.docker_host, h.tls ? 'yes' : 'no', String(h.allowlist_entries), state(h)])));
      return 0;
    }
    if (deps.config.readOnly) throw new UsageError(`read-only mode (CYBERBRAIN_READ_ONLY or --read-only) does not change hosts; "host ${sub}" refused`);
    const [name, ...extra] = positionals;
    if (!name || extra.length > 0) throw new UsageError(`host ${sub} needs one host NAME (e.g. host ${sub} nas)`);
    if (sub === 'rm') {
      await callTool(removeHost, { name }, deps);
      print(`Removed host ${name}.`);
      return 0;
    }
    let dockerHost = values['docker-host'] as string | undefined;
    let tls = values['tls-ca'] || values['tls-cert'] || values['tls-key'] ? { tls_ca: values['tls-ca'], tls_cert: values['tls-cert'], tls_key: values['tls-key'] } : {};
    if (values['from-context'] !== undefined) {
      if (dockerHost) throw new UsageError('give --docker-host or --from-context, not both');
      let ctx;
      try {
        ctx = readDockerContext(values['from-context'] as string);
      } catch (err) {
        throw new UsageError(`--from-context: ${(err as Error).message}`);
      }
      dockerHost = ctx.docker_host;
      if (ctx.tls && !values['tls-ca']) tls = { tls_ca: ctx.tls.ca, tls_cert: ctx.tls.cert, tls_key: ctx.tls.key };
    }
    if (!dockerHost) throw new UsageError('host add needs --docker-host unix:///…|tcp://HOST:PORT|ssh://USER@HOST, or --from-context NAME');
    const { host } = await callTool(
      addHost,
      { name, docker_host: dockerHost, ...tls, ssh_config: values['ssh-config'], gpu_source: values['gpu-source'], replace: values.replace === true },
      deps,
    );
    if (values.json) return print(JSON.stringify(host, null, 2)), 0;
    print(`Added host ${host.name} (${host.docker_host}${host.tls ? ', TLS' : ''}).`);
    if (host.reachable) note(`It answers: Docker ${host.engine_version}. Allow its containers with: cyberbrain-mcp allowlist add NAME --host ${host.name}`);
    else note(`note: it does not answer now: ${host.error}`);
    return 0;
  });
}
