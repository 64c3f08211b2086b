/** How the HTTP transport listens and whom it lets in. */
export interface HttpOptions {
  host: string;
  port: number;
  /** Authentication off: accepted on a loopback address only, with a warning at every start. */
  insecureNoAuth: boolean;
  /** Host header values accepted (DNS-rebinding protection); loopback names and the bind host by default. */
  allowedHosts: string[];
  /** Origins accepted from browsers; a request with any other Origin is refused (403). */
  allowedOrigins: string[];
  /** Origins given CORS headers; none by default (CORS off). */
  corsOrigins: string[];
  /** Requests per minute per caller, then 429 with Retry-After. */
  rateLimitPerMinute: number;
  /** Largest request body in bytes, then 413. */
  bodyLimitBytes: number;
  /** Sessions idle this long are closed and their resources released. */
  idleSessionMs: number;
  /** Open sessions (Streamable HTTP and SSE) per caller, then 429 with Retry-After; not applied with insecureNoAuth (one anonymous caller). */
  maxSessionsPerCaller: number;
  /** Open sessions in total, then 503 with Retry-After. */
  maxSessions: number;
  /** Serve the deprecated HTTP+SSE transport at /sse and /messages (off with --no-legacy-sse). */
  legacySse: boolean;
  /** OAuth 2.1 resource-server mode: JWT access tokens checked against the issuer's JWKS. */
  oauth?: { issuer: string; audience: string; jwksUrl: string };
}

export { isLoopback } from '../../domain/loopback.js';
