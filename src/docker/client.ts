import Dockerode from 'dockerode';

/**
 * The raw engine client. Private to src/docker: only guarded-client.ts may import it, and it
 * calls nothing but read-only endpoints. dockerode reads DOCKER_HOST, DOCKER_TLS_VERIFY and
 * DOCKER_CERT_PATH itself (unix socket, tcp, tcp with TLS).
 */
export function createRawDocker(timeoutMs: number): Dockerode {
  return new Dockerode({ timeout: timeoutMs });
}
export type RawDocker = Dockerode;
