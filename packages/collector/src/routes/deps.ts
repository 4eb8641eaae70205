import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { CollectorConfig } from '../config.js';
import type { Store } from '../store.js';
import type { UnitAuth } from '../tokens/auth.js';

/**
 * What a route module (a fastify plugin, one per resource) is given by the server: the store, the configuration,
 * the clock, and the server's shared checks, so that a module never makes a second copy of one.
 */
export interface RouteDeps {
  readonly store: Store;
  readonly config: CollectorConfig;
  readonly clock: () => Date;
  /** Unit-token authentication, the same as POST /api/reports's. */
  readonly unitAuth: UnitAuth;
  /** Refuses a browser request from a page not in PAPI_ALLOWED_ORIGINS. */
  readonly checkOrigin: (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => void;
  /** A route's own rate limit (per address, or per the key given); off for 0. */
  readonly ownLimit: (
    max: number,
    keyGenerator?: (request: FastifyRequest) => string,
  ) => NonNullable<RouteShorthandOptions['config']>;
}
