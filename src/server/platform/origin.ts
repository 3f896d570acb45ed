// A second line behind the CSRF token: a change that a browser sends on behalf of another site is
// refused. Browsers name the page that made a request in Origin and Sec-Fetch-Site; a request
// without either (a script, curl) still needs the token.

export interface RequestOrigin {
  origin?: string;
  fetchSite?: string;
  /** The Host the request was sent to. */
  host: string;
}

/** Whether a browser sent this request for a page of another site; publicOrigin as `new URL(publicUrl).origin`. */
export function isCrossSite({ origin, fetchSite, host }: RequestOrigin, publicOrigin: string): boolean {
  if (fetchSite === 'cross-site') return true;
  if (origin === undefined) return false;
  if (origin === 'null') return true; // a sandboxed frame or a file: never our own page
  try {
    const from = new URL(origin);
    return from.host !== host && from.origin !== publicOrigin;
  } catch {
    return true;
  }
}
