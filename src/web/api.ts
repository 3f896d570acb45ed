// The one way the browser talks to the server: JSON, same-origin cookie, CSRF header on changes,
// errors as ApiError with the server's message (already in the user's language) and field paths.
import type { ErrorCode } from '../server/platform/messages.js';
import i18n from './i18n/index.js';

/** What went wrong: one of the server's codes, or 'offline' when the server could not be reached. */
export type ApiErrorCode = ErrorCode | 'offline';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', i18n.t('errors.offline'));
  }
  const isJson = response.headers.get('content-type')?.includes('application/json');
  const data = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const payload = (isJson ? data : {}) as { error?: ErrorCode; message?: string; fields?: FieldError[] };
    throw new ApiError(
      response.status,
      payload.error ?? 'server_error',
      payload.message ?? i18n.t('errors.generic'),
      payload.fields ?? [],
    );
  }
  return data as T;
}
