import type { FastifyPluginAsync } from 'fastify';
import { periodOf, todayIso, validateFeedback } from '@papi/core';
import { ApiError } from '../errors.js';
import { checked } from '../input.js';
import type { RouteDeps } from './deps.js';

/** POST /api/feedback: a resident's rating, from any page in PAPI_ALLOWED_ORIGINS, stored once per id. */
export const feedbackRoutes: FastifyPluginAsync<RouteDeps> = async (app, { config, clock, units }) => {
  const { store } = app;
  app.post(
    '/api/feedback',
    {
      bodyLimit: config.bodyLimits.feedback,
      onRequest: app.checkOrigin,
      config: app.ownLimit(config.feedbackRateLimit),
    },
    async (request, reply) => {
      const record = checked(request.body, (value) => {
        const v = validateFeedback(value, { units });
        return v.ok ? { ok: true, value: v.record } : v;
      });
      // The period the resident rated in, in the town's calendar, not the server's.
      const period = periodOf(todayIso(new Date(record.createdAt)), 'six-monthly');
      const result = await store.putFeedback(record, { receivedAt: clock().toISOString(), period });
      if (result.kind === 'conflict') throw new ApiError(409, 'id-conflict', { id: result.ack.id });
      void reply.status(result.kind === 'created' ? 201 : 200).header('Cache-Control', 'no-store');
      return result.ack;
    },
  );
};
