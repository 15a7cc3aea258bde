import { type ErrorCode, errorMessages, errorStatus } from '@vinhdanh/contracts';

/** A command that cannot proceed. The code is stable; the message is the Vietnamese default unless given. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, details?: unknown, message?: string) {
    super(message ?? errorMessages[code]);
    this.code = code;
    this.status = errorStatus[code];
    this.details = details;
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what ? { entity: what } : undefined);
