import type { ErrorCode } from '../../src/bridge/contract.js';

/**
 * A refusal a service means to give: its code and plain-English message go back to the window
 * as `{ ok: false, error }`. Anything else thrown is a bug and is answered as `internal`.
 */
export class ServiceError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError;
}
