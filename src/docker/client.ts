import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';

/**
 * The raw engine client. Private to src/docker: only guarded-client.ts may import it, and it
 * calls nothing but read-only endpoints. One client per host, made from that host's endpoint
 * (connection.ts). dockerode is loaded on first use: its dependency tree costs a fifth of a
 * second at start-up, paid only when an engine is called.
 */
export async function createRawDocker(options: Dockerode.DockerOptions): Promise<Dockerode> {
  const { default: DockerodeClass } = await import('dockerode');
  return new DockerodeClass(options);
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
