import type { FastifyPluginAsync } from 'fastify';
import { validateReport } from '@papi/core';
import { ApiError } from '../errors.js';
import { ParsedBody, checked } from '../input.js';
import type { RouteDeps } from './deps.js';

/**
 * POST /api/reports: a unit's self-assessment. Reports act in a unit's name: its token first (before the body is
 * read), the limit counted per token, and the report's unit must be the token's.
 */
export const reportRoutes: FastifyPluginAsync<RouteDeps> = async (app, { config, clock, units, plans }) => {
  const { store, unitAuth } = app;
  const planTaskIds = new Map([...plans].map(([id, p]) => [id, new Set(p.tasks.map((t) => t.id))]));
  const route = {
    bodyLimit: config.bodyLimits.reports,
    onRequest: [app.checkOrigin, unitAuth.authenticate],
    config: app.ownLimit(config.reportRateLimit, (request) => `token:${request.unitToken?.id ?? request.ip}`),
  };
  app.post('/api/reports', route, async (request, reply) => {
    // Another unit's report is refused as such, before whatever else may be wrong with it.
    const body = request.body instanceof ParsedBody ? request.body.value : request.body;
    const unit = typeof body === 'object' && body !== null ? (body as { unit?: unknown }).unit : undefined;
    if (typeof unit === 'string') unitAuth.requireUnit(request, unit);
    const report = checked(request.body, (value) => {
      const planId = typeof value === 'object' && value !== null ? (value as { planId?: unknown }).planId : undefined;
      // A report for a plan the collector holds may only name that plan's tasks.
      const taskIds = typeof planId === 'string' ? planTaskIds.get(planId) : undefined;
      const v = validateReport(value, { units, ...(taskIds ? { taskIds } : {}) });
      return v.ok ? { ok: true, value: v.report } : v;
    });
    unitAuth.requireUnit(request, report.unit);
    const result = await store.putReport(report, { receivedAt: clock().toISOString(), tokenId: request.unitToken!.id });
    if (result.kind === 'conflict') throw new ApiError(409, 'id-conflict', { id: result.ack.id });
    void reply.status(result.kind === 'created' ? 201 : 200).header('Cache-Control', 'no-store');
    return result.ack;
  });
};
