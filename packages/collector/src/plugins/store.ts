import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';
import type { Store } from '../store.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The collector's storage, shared by every route module. */
    readonly store: Store;
    /**
     * The 503 storage-failed answer to a failed sync, said once, loudly, in the log: from then on every write gets it
     * until a restart.
     */
    storeFailed(detail: string): ApiError;
  }
}

/** The store as a decorator, closed with the server (after the last request was answered). */
export const storePlugin = fp<{ readonly store: Store }>(
  async (app, { store }) => {
    let failureLogged = false;
    app.decorate('store', store);
    app.decorate('storeFailed', (detail: string): ApiError => {
      if (!failureLogged) {
        failureLogged = true;
        app.log.fatal(
          { code: 'storage-failed', detail },
          `a sync to disk failed (${detail}): the collector accepts no more records and /api/health answers 503. ` +
            'Check the disk (dmesg, free space), then restart the collector; see "When the disk fails" in packages/collector/README.md',
        );
      }
      return new ApiError(503, 'storage-failed');
    });
    app.addHook('onClose', async () => store.close());
  },
  { name: 'papi-store', fastify: '5.x' },
);
