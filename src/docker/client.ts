import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';

/**
 * The raw engine client. Private to src/docker: only guarded-client.ts may import it, and it
 * calls nothing but read-only endpoints. dockerode reads DOCKER_HOST, DOCKER_TLS_VERIFY and
 * DOCKER_CERT_PATH itself (unix socket, tcp, tcp with TLS). It is loaded on first use: its
 * dependency tree (ssh2, gRPC) costs a fifth of a second at start-up, paid only when Docker is called.
 */
export async function createRawDocker(timeoutMs: number): Promise<Dockerode> {
  const { default: DockerodeClass } = await import('dockerode');
  return new DockerodeClass({ timeout: timeoutMs });
}
export type RawDocker = Dockerode;

export interface LogQuery {
  since: number;
  until?: number;
  tail?: number;
}

/**
 * GET /containers/{id}/logs as a stream without `follow`. dockerode buffers the whole body unless
 * follow is set, and follow never ends on a quiet running container, so we dial the same
 * read-only endpoint ourselves with streaming on: logs are never held whole in memory.
 */
export function openLogStream(docker: Dockerode, id: string, q: LogQuery, abortSignal: AbortSignal): Promise<Readable> {
  const options: Record<string, unknown> = { stdout: true, stderr: true, timestamps: true, follow: false, since: q.since.toFixed(3) };
  if (q.until !== undefined) options.until = q.until.toFixed(3);
  if (q.tail !== undefined) options.tail = q.tail;
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: `/containers/${encodeURIComponent(id)}/logs?`,
        method: 'GET',
        isStream: true,
        abortSignal,
        statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
        options,
      },
      (err: unknown, stream: unknown) => (err ? reject(err) : resolve(stream as Readable)),
    );
  });
}
