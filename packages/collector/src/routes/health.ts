import type { FastifyPluginAsync } from 'fastify';
import { ApiError } from '../errors.js';

/** GET /api/health: reads from the database, so that a monitor sees a store that cannot serve. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/health', async () => {
    const health = await app.store.health();
    if (health.ok) return { status: 'ok' };
    if (health.code === 'storage-failed') throw app.storeFailed(health.detail);
    app.log.error({ code: health.code, detail: health.detail }, 'health: the database cannot be read');
    throw new ApiError(503, health.code, { detail: health.detail });
  });
};
