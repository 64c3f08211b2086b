import { ToolError } from '../errors.js';
import { redactText } from '../redact/scrub.js';

/** Where the engine is expected, for messages: DOCKER_HOST or the default socket. */
export const dockerEndpoint = (): string => process.env.DOCKER_HOST || 'unix:///var/run/docker.sock';

/**
 * Turns a dockerode/socket failure into an error the model can act on. Raw upstream text is
 * redacted and never carries request metadata.
 */
export function translateDockerError(err: unknown, what: string, endpoint = dockerEndpoint()): ToolError {
  if (err instanceof ToolError) return err;
  const e = err as { code?: string; statusCode?: number; reason?: string; message?: string; json?: { message?: string } };
  const code = e?.code;
  if (code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'EACCES' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENOTFOUND') {
    return new ToolError(
      'DOCKER_UNAVAILABLE',
      `The Docker engine is not reachable at ${endpoint} (${code}) while trying to ${what}.`,
      code === 'EACCES'
        ? 'The server lacks permission on the Docker socket: run it as a user in the docker group.'
        : 'Start the engine (e.g. `dockerd` or Docker Desktop) or point DOCKER_HOST at a running one; other tools keep working meanwhile.',
    );
  }
  const upstream = redactText((e?.json?.message ?? e?.reason ?? e?.message ?? String(err)).slice(0, 300));
  if (e?.statusCode === 404) return new ToolError('NOT_FOUND', `Docker says not found while trying to ${what}: ${upstream}`, 'List containers with list_containers and use a current name or id.');
  return new ToolError('DOCKER_ERROR', `Docker failed to ${what}: ${upstream}`, 'Check the engine with `docker info`; retry once it is healthy.');
}

/** Every Docker call is bounded: past `ms` it fails with a TIMEOUT the model can explain. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, what: string, endpoint?: string): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ToolError('TIMEOUT', `The Docker engine at ${endpoint ?? dockerEndpoint()} did not answer within ${ms} ms while trying to ${what}.`, 'Check the engine with `docker info`, or raise CYBERBRAIN_DOCKER_TIMEOUT_MS.'));
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
