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
/** The token of a session the user ended on purpose: it is not taken up again. */
let signedOutToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  if (token !== null && token === signedOutToken) return;
  csrfToken = token;
  if (token !== null) signedOutToken = null;
};
/**
 * The user signed out: requests that fail because of it (a page refreshing its data on the way
 * out) must not ask them to sign in again. The next session's token ends this.
 */
export const signedOut = () => {
  signedOutToken = csrfToken;
  csrfToken = null;
};

/**
 * Asks the user to sign in again when their session ended (idle timeout) in the middle of their
 * work; resolves true once they have. Set by the sign-in dialog (features/identity/ReauthDialog):
 * the page stays as it is, with everything typed, and the request that failed is sent again.
 */
type Reauthenticate = () => Promise<boolean>;
let reauthenticate: Reauthenticate | null = null;
export const setReauthenticator = (fn: Reauthenticate | null) => {
  reauthenticate = fn;
};
const sessionEnded = (status: number, code: ApiErrorCode, url: string) =>
  status === 401 && (code === 'session_expired' || code === 'not_signed_in') && !url.startsWith('/api/auth/');

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  try {
    return await send<T>(method, url, body);
  } catch (error) {
    // Signed out mid-sentence: sign in again in place, then send what the user meant to save.
    if (
      error instanceof ApiError &&
      sessionEnded(error.status, error.code, url) &&
      reauthenticate &&
      signedOutToken === null
    ) {
      if (await reauthenticate()) return send<T>(method, url, body);
    }
    throw error;
  }
}

async function send<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<T> {
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
