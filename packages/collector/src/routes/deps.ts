import type { CollectorConfig } from '../config.js';

/**
 * What a route module (a fastify plugin, one per resource) is given by the server: the configuration and the clock.
 * The store and the checks are the plugins' decorators (plugins/store.ts, plugins/security.ts): app.store,
 * app.checkOrigin, app.unitAuth, app.exportAuth, app.ownLimit.
 */
export interface RouteDeps {
  readonly config: CollectorConfig;
  readonly clock: () => Date;
}
