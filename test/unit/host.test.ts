import { describe, expect, it } from 'vitest';
import { checkHostSpec, describeEndpoint, parseEndpoint, type HostSpec } from '../../src/domain/host.js';
import { sshArgs } from '../../src/docker/ssh-args.js';

const spec = (docker_host: string, extra: Partial<HostSpec> = {}): HostSpec => ({ name: 'nas', docker_host, tls: null, ssh_config: null, gpu_source: null, ...extra });

describe('host endpoints', () => {
  it.each([
    ['unix:///var/run/docker.sock', 'unix:///var/run/docker.sock'],
    ['tcp://nas.lan:2376', 'tcp://nas.lan:2376'],
    ['tcp://[::1]:2375', 'tcp://[::1]:2375'],
    ['ssh://me@nas.lan', 'ssh://me@nas.lan'],
    ['ssh://nas.lan:2222', 'ssh://nas.lan:2222'],
  ])('reads %s as Docker writes it', (raw, described) => {
    expect(describeEndpoint(parseEndpoint(raw))).toBe(described);
  });

  it.each([
    ['http://nas:2375', /not supported/],
    ['unix://relative.sock', /absolute/],
    ['ssh://me:pw@nas', /password/],
    ['tcp://nas:2376/v1', /path/],
    // What a ProxyCommand's %h or %r would hand to a shell never gets in.
    ['ssh://a$(id)b@nas', /not a plain user name/],
    ['ssh://me@h`id`x', /not a DNS name|not a Docker endpoint/],
    ['ssh://me@h;rm', /not a DNS name|not a Docker endpoint/],
    ['ssh://-oProxyCommand=x', /not a DNS name|not a Docker endpoint/],
    ['ssh://%25@nas', /not a plain user name/],
    ['nas.lan', /not a Docker endpoint/],
  ])('refuses %s', (raw, why) => {
    expect(() => parseEndpoint(raw)).toThrow(why);
  });

  it('runs ssh with the host after "--", no prompt and nothing forwarded', () => {
    const e = parseEndpoint('ssh://me@nas.lan:2222');
    if (e.kind !== 'ssh') throw new Error('expected ssh');
    const args = sshArgs(e, '/etc/cb/ssh_config', ['docker', 'system', 'dial-stdio']);
    expect(args.slice(args.indexOf('--'))).toEqual(['--', 'nas.lan', 'docker', 'system', 'dial-stdio']);
    for (const opt of ['BatchMode=yes', 'ForwardAgent=no', 'ClearAllForwardings=yes', 'PermitLocalCommand=no']) expect(args).toContain(opt);
    expect(args).toEqual(expect.arrayContaining(['-F', '/etc/cb/ssh_config', '-p', '2222', '-l', 'me', '-a']));
  });

  it('checks a host as a whole: reserved names, TLS only with tcp, no plain tcp off loopback', () => {
    expect(() => checkHostSpec({ ...spec('unix:///x.sock'), name: 'local' })).toThrow(/needs no setup/);
    expect(() => checkHostSpec(spec('unix:///x.sock', { tls: { ca: '/a', cert: '/b', key: '/c' } }))).toThrow(/TLS files go with a tcp/);
    expect(() => checkHostSpec(spec('tcp://nas.lan:2375'))).toThrow(/without TLS/);
    expect(() => checkHostSpec(spec('tcp://127.0.0.1:2375'))).not.toThrow();
    expect(() => checkHostSpec(spec('ssh://nas.lan', { ssh_config: '/x' }))).not.toThrow();
    expect(() => checkHostSpec(spec('tcp://127.0.0.1:1', { ssh_config: '/x' }))).toThrow(/ssh config/);
  });
});
