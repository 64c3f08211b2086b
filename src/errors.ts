/**
 * Expected, fixable failures. A tool that throws a ToolError gives the client an `isError` result
 * saying what was wrong and what to do next; anything else is treated as a fault.
 */
export type ToolErrorCode =
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'INVALID'
  | 'CONFLICT'
  | 'TIMEOUT'
  | 'DOCKER_UNAVAILABLE'
  | 'DOCKER_ERROR'
  | 'STORAGE_FULL'
  | 'STORAGE_UNAVAILABLE'
  | 'APPROVAL_REQUIRED'
  | 'DECLINED';

export class ToolError extends Error {
  constructor(
    readonly code: ToolErrorCode,
    message: string,
    /** The next step: what to call or change to get past this. */
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export const notFound = (what: string, key: string, hint: string): never => {
  throw new ToolError('NOT_FOUND', `No ${what} "${key}".`, hint);
};

/**
 * Thrown where a 2026-07-28 call needs the client's input first (an elicitation, a sampling
 * request): the call answers `input_required` with `result`, and the client calls again with the
 * answer. Never caught as a failure on the way out.
 */
export class NeedsClientInput {
  constructor(readonly result: unknown) {}
}
