import type { AuditEntry } from './audit.js';
import type { ErrorCode } from './messages.js';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * An error with an HTTP status and a message code from platform/messages.ts.
 * `audit` rows are written after the request's transaction has rolled back, so that a denied
 * attempt is on record even though the request failed.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly options: {
      fields?: FieldError[];
      audit?: AuditEntry[];
      params?: Record<string, string>;
      /** Commit what the request wrote before failing (e.g. a failed-attempt counter). */
      keepChanges?: boolean;
    } = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export const notFound = (audit?: AuditEntry[]) => new HttpError(404, 'not_found', { audit });
export const forbidden = () => new HttpError(403, 'forbidden');
export const conflict = (code: ErrorCode) => new HttpError(409, code);
export const invalid = (fields: FieldError[]) => new HttpError(400, 'validation', { fields });

/** A 400 for one field, whose message is a code from messages.ts (filled with `params`). */
export const fieldError = (code: ErrorCode, path: string, params?: Record<string, string>) =>
  new HttpError(400, code, { fields: [{ path, message: code }], params });

/** PostgreSQL refused a row that a unique index already holds (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
