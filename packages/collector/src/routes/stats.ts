import type { FastifyPluginAsync } from 'fastify';
import { createHash } from 'node:crypto';
import { overdueCutoff, todayIso } from '@papi/core';
import { accountabilityByUnit, computeStats } from '../stats.js';
import type { RouteDeps } from './deps.js';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag.replace(/^W\//, '') === etag;
  });
}

/** GET /api/stats: the public aggregates for the dashboard, cached by the store's version and revalidated by ETag. */
export const statsRoutes: FastifyPluginAsync<RouteDeps> = async (app, { config, clock, plans }) => {
  const { store } = app;
  let cached: { key: string; etag: string; body: string } | undefined;
  app.get('/api/stats', async (request, reply) => {
    const now = clock();
    const today = todayIso(now);
    // Feedback becomes overdue at any moment, not only at midnight: the figures are computed again each minute at most.
    const key = `${await store.version()} ${today} ${Math.floor(now.getTime() / 60_000)}`;
    if (cached?.key !== key) {
      const overdueBefore = overdueCutoff(now, config.answerDays);
      const answers = accountabilityByUnit(await store.answerFigures(overdueBefore), overdueBefore);
      const body = JSON.stringify(
        computeStats(
          await store.feedbackTally(),
          await store.latestReports(),
          plans,
          today,
          config.extraUnits,
          answers,
          { days: config.answerDays, confirmed: config.answerDaysConfirmed },
        ),
      );
      cached = { key, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    }
    void reply.header('Cache-Control', 'public, max-age=60').header('ETag', cached.etag).header('Vary', 'Origin');
    if (etagMatches(request.headers['if-none-match'], cached.etag)) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(cached.body);
  });
};
