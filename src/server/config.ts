import path from 'node:path';

export interface Config {
  host: string;
  port: number;
  /** Set: use this PostgreSQL server. Unset: embedded PGlite in dataDir. */
  databaseUrl: string | null;
  /** Connections to PostgreSQL per Kring process (PGlite always uses exactly one). */
  databasePoolSize: number;
  dataDir: string;
  /** Base address printed in links (setup, invitation, reset). */
  publicUrl: string;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies get the Secure flag. */
  trustProxy: boolean;
  /** Login, two-factor and one-time-link attempts per IP address per minute. */
  authRateLimitPerMinute: number;
  logLevel: string;
  /** KRING_LOG_REQUESTS=1: log each request (its route pattern, never its address or data). */
  logRequests: boolean;
  /** Built web app (vite build). Not served when absent (API tests). */
  webDir: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in an env file) counts as not set.
  const port = Number.parseInt(env.PORT || '3000', 10);
  const host = env.HOST ?? '127.0.0.1';
  return {
    host,
    port,
    databaseUrl: env.DATABASE_URL || null,
    databasePoolSize: Number.parseInt(env.KRING_DB_POOL_SIZE ?? '10', 10),
    dataDir: path.resolve(env.KRING_DATA_DIR ?? 'data'),
    publicUrl: (env.KRING_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    trustProxy: env.KRING_TRUST_PROXY === '1' || env.KRING_TRUST_PROXY === 'true',
    authRateLimitPerMinute: Number.parseInt(env.KRING_AUTH_RATE_LIMIT ?? '20', 10),
    logLevel: env.LOG_LEVEL ?? 'info',
    logRequests: env.KRING_LOG_REQUESTS === '1',
    webDir: path.resolve('dist/web'),
  };
}
