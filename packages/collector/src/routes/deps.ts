import type { Plan } from '@papi/core';
import type { CollectorConfig } from '../config.js';

/**
 * What a route module (a fastify plugin, one per resource) is given by the server. The store and the checks are the
 * plugins' decorators (plugins/store.ts, plugins/security.ts): app.store, app.checkOrigin, app.unitAuth,
 * app.exportAuth, app.ownLimit.
 */
export interface RouteDeps {
  readonly config: CollectorConfig;
  readonly clock: () => Date;
  /** The units accepted: the registry's and PAPI_UNITS' (one set, so that core's validators build their schema once). */
  readonly units: ReadonlySet<string>;
  /** The plans reports may name, by id. */
  readonly plans: ReadonlyMap<string, Plan>;
}
