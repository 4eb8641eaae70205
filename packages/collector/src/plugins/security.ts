import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest, RouteShorthandOptions, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CollectorConfig } from '../config.js';
import { ApiError } from '../errors.js';
import { type UnitAuth, registerUnitAuth } from '../tokens/auth.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Refuses a browser request from a page not in PAPI_ALLOWED_ORIGINS (an onRequest hook). */
    readonly checkOrigin: onRequestHookHandler;
    /** Unit-token authentication, for every route that acts in a unit's name or shows its residents' data. */
    readonly unitAuth: UnitAuth;
    /** The export token (PAPI_EXPORT_TOKEN) as a bearer token: 401 without it, 503 when none is configured. */
    exportAuth(request: FastifyRequest): Promise<void>;
    /** A route's own rate limit (per address, or per the key given); off for 0. */
    ownLimit(
      max: number,
      keyGenerator?: (request: FastifyRequest) => string,
    ): NonNullable<RouteShorthandOptions['config']>;
  }
}

export interface SecurityOptions {
  readonly config: CollectorConfig;
  /** Accept the tokens the demo issued for its own database (only `pnpm start` sets this). */
  readonly acceptDemoTokens: boolean;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Who may ask what: CORS for the allowed portals, the rate limits, the origin check on writes, unit tokens and the
 * export token. Needs the store (unit tokens live there).
 */
export const securityPlugin = fp<SecurityOptions>(
  async (app, { config, acceptDemoTokens }) => {
    const origins = new Set(config.allowedOrigins);

    await app.register(cors, {
      origin: (origin, cb) => cb(null, origin !== undefined && origins.has(origin)),
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Accept-Language', 'Authorization'],
      exposedHeaders: ['Retry-After', 'ETag', 'X-Papi-Truncated'],
      maxAge: 600,
    });

    // Separate counts, each in its own in-memory store: reads per address (every route without a limit of its own),
    // feedback posts and receipt look-ups per address, reports and answers per unit token. A burst of posts never
    // throttles the statistics the dashboard reads. An address is a key in RAM for one minute and is never written
    // anywhere.
    if (
      config.rateLimit > 0 ||
      config.feedbackRateLimit > 0 ||
      config.reportRateLimit > 0 ||
      config.receiptRateLimit > 0
    ) {
      await app.register(rateLimit, {
        global: config.rateLimit > 0,
        max: Math.max(config.rateLimit, 1),
        timeWindow: 60_000,
        errorResponseBuilder: (_request, context) =>
          new ApiError(429, 'rate-limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
      });
    }
    app.decorate('ownLimit', (max: number, keyGenerator?: (request: FastifyRequest) => string) =>
      max > 0
        ? { rateLimit: { max, timeWindow: 60_000, ...(keyGenerator ? { keyGenerator } : {}) } }
        : { rateLimit: false as const },
    );

    // Callback-style hooks: an async hook costs a promise on every request, the health check's included.
    app.addHook('onSend', (_request, reply, payload, done) => {
      void reply.header('X-Content-Type-Options', 'nosniff');
      done(null, payload);
    });

    // A browser POST from a page not on the list is refused outright, not merely left unreadable, so no other site
    // can post in residents' names.
    app.decorate(
      'checkOrigin',
      (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void => {
        const origin = request.headers.origin;
        done(
          origin !== undefined && !origins.has(origin)
            ? new ApiError(403, 'origin-not-allowed', { origin: origin.slice(0, 100) })
            : undefined,
        );
      },
    );

    app.decorate('unitAuth', registerUnitAuth(app, app.store, { acceptDemo: acceptDemoTokens }));

    const exportHash = config.exportToken === undefined ? undefined : sha256(config.exportToken);
    app.decorate('exportAuth', async (request: FastifyRequest): Promise<void> => {
      if (!exportHash) throw new ApiError(503, 'exports-disabled');
      const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
      if (!m || !timingSafeEqual(sha256(m[1]!), exportHash)) throw new ApiError(401, 'unauthorized');
    });
    if (!exportHash) app.log.warn('PAPI_EXPORT_TOKEN is not set: /api/export/*.csv answer 503 until it is');
  },
  { name: 'papi-security', fastify: '5.x', dependencies: ['papi-store'] },
);
