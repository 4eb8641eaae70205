import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { todayIso } from '@papi/core';
import { feedbackCsv, reportsCsv } from '../csv.js';
import type { RouteDeps } from './deps.js';

/** The CSV exports for Phòng Nội vụ, with the export token: every feedback record and every report task, streamed. */
export const exportRoutes: FastifyPluginAsync<RouteDeps> = async (app, { clock }) => {
  const { store } = app;
  const sendCsv = (reply: FastifyReply, name: string, chunks: AsyncIterable<string>): FastifyReply =>
    reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="papi-${name}-${todayIso(clock())}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(chunks));

  app.get('/api/export/feedback.csv', { onRequest: app.exportAuth }, async (_request, reply) =>
    sendCsv(reply, 'feedback', feedbackCsv(store.feedbackRows())),
  );
  app.get('/api/export/reports.csv', { onRequest: app.exportAuth }, async (_request, reply) =>
    sendCsv(reply, 'reports', reportsCsv(store.reportTaskRows())),
  );
};
