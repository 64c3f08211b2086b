import { inspect } from 'node:util';
import { ToolError } from '../errors.js';
import { redactText } from '../redact/scrub.js';

/**
 * Turns a dockerode/socket failure into an error the model can act on. Raw upstream text is
 * redacted and never carries request metadata.
 */
export function translateDockerError(err: unknown, what: string, endpoint: string): ToolError {
  if (err instanceof ToolError) return err;
  const e = err as { code?: string; statusCode?: number; reason?: string; message?: string; json?: { message?: string } };
  const code = e?.code;
  if (code === 'SSH_FAILED') {
    return new ToolError(
      'DOCKER_UNAVAILABLE',
      `The Docker engine at ${endpoint} is not reachable over ssh while trying to ${what}: ${redactText(String(e.message ?? '').slice(0, 300))}.`,
      'Check that `ssh HOST docker version` works from this machine without a prompt (key or agent, host key in known_hosts); other hosts keep working meanwhile.',
    );
  }
  if (typeof code === 'string' && /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO)/.test(code)) {
    return new ToolError(
      'DOCKER_UNAVAILABLE',
      `The Docker engine at ${endpoint} refused the TLS connection (${code}) while trying to ${what}.`,
      'Check the host\'s TLS files: the CA must have signed the engine\'s certificate (for this address), and the engine must trust the client certificate.',
    );
  }
  if (code === 'ETIMEDOUT' || code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'EACCES' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENOTFOUND') {
    return new ToolError(
      'DOCKER_UNAVAILABLE',
      `The Docker engine is not reachable at ${endpoint} (${code}) while trying to ${what}.`,
      code === 'EACCES'
        ? 'The server lacks permission on the Docker socket: run it as a user in the docker group.'
        : 'Start the engine (e.g. `dockerd` or Docker Desktop) or point DOCKER_HOST (or the host\'s endpoint: `cyberbrain-mcp host add`) at a running one; other tools and hosts keep working meanwhile.',
    );
  }
  const upstream = redactText((e?.json?.message ?? e?.reason ?? e?.message ?? String(err)).slice(0, 300));
  if (e?.statusCode === 404) return new ToolError('NOT_FOUND', `Docker says not found while trying to ${what}: ${upstream}`, 'List containers with list_containers and use a current name or id.');
  return new ToolError('DOCKER_ERROR', `Docker failed to ${what}: ${upstream}`, 'Check the engine with `docker info`; retry once it is healthy.');
}

/** Every Docker call is bounded: past `ms` it fails with a TIMEOUT the model can explain. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, what: string, endpoint: string): Promise<T> {
  const controller = quietAbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ToolError('TIMEOUT', `The Docker engine at ${endpoint} did not answer within ${ms} ms while trying to ${what}.`, 'Check the engine with `docker info`, or raise CYBERBRAIN_DOCKER_TIMEOUT_MS.'));
    }, ms);
    timer.unref();
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } catch (err) {
    throw translateDockerError(err, what, endpoint);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An AbortController whose signal prints as one word. docker-modem formats every request's
 * options with util.inspect (showHidden, unlimited depth) for a debug line that is off, and a
 * signal's inspection walks its listeners: it cost more than some requests themselves.
 */
export function quietAbortController(): AbortController {
  const controller = new AbortController();
  Object.defineProperty(controller.signal, inspect.custom, { value: () => '[AbortSignal]' });
  return controller;
}
