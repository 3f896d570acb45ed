import fs from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import { auditRoutes } from './modules/audit/routes.js';
import { privacyRoutes } from './modules/privacy/routes.js';
import { type SecretBox, throwawaySecretBox } from './platform/secret-box.js';
import { databaseRateStore } from './platform/rate-store.js';
import { accountRoutes } from './modules/identity/account.routes.js';
import { authRoutes } from './modules/identity/auth.routes.js';
import { homeRoutes } from './modules/identity/home.routes.js';
import { organisationRoutes } from './modules/identity/organisation.routes.js';
import { userRoutes } from './modules/identity/users.routes.js';
import { networkRoutes } from './modules/network/routes.js';
import { coachingRoutes } from './modules/coaching/routes.js';
import { groupRoutes } from './modules/groups/routes.js';
import { socialMapRoutes } from './modules/socialmap/routes.js';
import { peopleRoutes } from './modules/people/routes.js';
import { reportingRoutes } from './modules/reporting/routes.js';
import { encodings } from './platform/compression.js';
import { HttpError } from './platform/errors.js';
import { hasMessage, type Locale, message, pickLocale } from './platform/messages.js';
import { mountRoutes, type RouteDef } from './platform/route.js';

export interface AppOptions {
  db: Kysely<DB>;
  publicUrl: string;
  trustProxy?: boolean;
  authRateLimitPerMinute?: number;
  webDir?: string | null;
  logger?: boolean | { level: string };
  /** Log every request (route pattern only); off by default so the start-up messages stay in view. */
  logRequests?: boolean;
  /**
   * The keys for secrets at rest (D38). main.ts passes the installation's; without one (tests,
   * benchmarks) the process makes up a key of its own, which nothing outlives.
   */
  secrets?: SecretBox;
}

/** Every endpoint of the product; the access-matrix test walks this list. */
export const allRoutes: RouteDef[] = [
  ...authRoutes,
  ...accountRoutes,
  ...userRoutes,
  ...organisationRoutes,
  ...homeRoutes,
  ...peopleRoutes,
  ...reportingRoutes,
  ...networkRoutes,
  ...coachingRoutes,
  ...groupRoutes,
  ...socialMapRoutes,
  ...auditRoutes,
  ...privacyRoutes,
];

// Only static files from our own origin; no inline script or style; no framing.
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: 256 * 1024,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    trustProxy: options.trustProxy ?? false,
    logger: options.logger
      ? {
          ...(typeof options.logger === 'object' ? options.logger : {}),
          // Log the route pattern, never the concrete URL or headers: no personal data in logs.
          serializers: {
            req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unknown' }),
          },
        }
      : false,
  });

  await app.register(helmet, {
    contentSecurityPolicy,
    strictTransportSecurity: options.trustProxy ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  // Answers of 1 kB and more are compressed when the browser accepts it: it matters on a tablet's
  // mobile connection (D31). The built web files are compressed once at build time and sent as they
  // are (preCompressed below). Every buffered answer is compressed inline (syncThreshold): on two
  // cores the plugin's stream path cost more than the compression itself (D31). The map read
  // compresses its own, once per content tag (platform/compression.ts).
  await app.register(compress, {
    global: true,
    threshold: 1024,
    syncThreshold: 1024 * 1024,
    encodings: [...encodings],
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // Counted in the database, so that every instance shares one limit (issue 13).
    store: databaseRateStore(options.db),
    max: options.authRateLimitPerMinute ?? 20,
    timeWindow: '1 minute',
    errorResponseBuilder: (request, context) => {
      const locale = pickLocale(request.headers['accept-language']);
      return { statusCode: context.statusCode, error: 'rate_limited', message: message('rate_limited', locale) };
    },
  });

  app.addHook('onSend', async (_request, reply) => {
    // Personal data must not linger in shared caches or the browser's back-forward cache.
    if (!reply.getHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error, request, reply) => {
    const locale: Locale = pickLocale(request.headers['accept-language']);
    if (error instanceof HttpError) {
      // Field messages are either already in words (zod) or one of our message codes.
      const fields = error.options.fields?.map((f) => ({
        path: f.path,
        message: hasMessage(f.message) ? message(f.message, locale, error.options.params) : f.message,
      }));
      return reply.status(error.status).send({
        error: error.code,
        message: message(error.code, locale, error.options.params),
        ...(fields ? { fields } : {}),
      });
    }
    const err = error as { statusCode?: number; code?: string };
    if (err.statusCode === 429)
      return reply.status(429).send({ error: 'rate_limited', message: message('rate_limited', locale) });
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.status(413).send({ error: 'too_large', message: message('too_large', locale) });
    // A reference the database refuses (a record that was removed meanwhile, or one of another
    // organisation, migration 008) is the request's fault, not the server's.
    if (err.code === '23503')
      return reply.status(400).send({ error: 'reference_invalid', message: message('reference_invalid', locale) });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: 'bad_request', message: message('bad_request', locale) });
    }
    request.log.error(
      { err: { type: (error as Error).name, message: (error as Error).message, stack: (error as Error).stack } },
      'request failed',
    );
    return reply.status(500).send({ error: 'server_error', message: message('server_error', locale) });
  });

  const secrets = options.secrets ?? throwawaySecretBox();
  mountRoutes(app, { db: options.db, publicUrl: options.publicUrl, secrets }, allRoutes);
  app.get('/api/health', { config: { access: 'public' } }, async () => ({ ok: true }));

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    // Client-side routes: any other GET outside /api returns the app.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      const locale = pickLocale(request.headers['accept-language']);
      return reply.status(404).send({ error: 'not_found', message: message('not_found', locale) });
    });
  } else {
    app.setNotFoundHandler((request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      return reply.status(404).send({ error: 'not_found', message: message('not_found', locale) });
    });
  }
  return app;
}
