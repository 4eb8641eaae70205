import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  CSV_BOM,
  DIMENSION_IDS,
  INBOX_FILTERS,
  INBOX_LIMIT,
  type InboxFilter,
  type InboxItem,
  IssueList,
  answerDueAt,
  answerState,
  csvLine,
  isAnswerOverdue,
  object,
  oneOf,
  optional,
  overdueCutoff,
  todayIso,
} from '@papi/core';
import { ApiError } from '../errors.js';
import type { InboxRow, Store } from '../store.js';
import type { RouteDeps } from './deps.js';

/** The most rows one CSV export holds (the inbox itself lists INBOX_LIMIT); more are said in X-Papi-Truncated. */
export const INBOX_CSV_LIMIT = 10_000;

const CSV_COLUMNS = [
  'receipt',
  'receivedAt',
  'dueAt',
  'overdue',
  'status',
  'answeredAt',
  'answer',
  'dimension',
  'service',
  'rating',
  'comment',
  'contact',
  'lang',
  // Last, so that a sheet made from the columns before dossier codes were stored reads on unchanged.
  'dossier',
] as const satisfies readonly (keyof InboxItem)[];

const queryCheck = object({
  status: optional(oneOf(INBOX_FILTERS)),
  dimension: optional(oneOf(DIMENSION_IDS, 'unknown-dimension')),
});

interface InboxFilters {
  readonly status?: InboxFilter;
  readonly dimension?: string;
}

/** The query's filters, or 400 invalid-query naming each bad or unknown parameter (a typo would show everything). */
function filtersOf(query: unknown): InboxFilters {
  const issues = new IssueList();
  queryCheck(query ?? {}, '', issues);
  if (issues.items.length > 0) throw new ApiError(400, 'invalid-query', {}, issues.items);
  return query as InboxFilters;
}

function itemOf(r: InboxRow, answerDays: number, now: Date): InboxItem {
  const state = answerState(r.history);
  // Who made each change (a token id) stays in the database: the unit's own page needs only what and when.
  const history = r.history.map((h) => ({
    status: h.status,
    ...(h.answer === undefined ? {} : { answer: h.answer }),
    at: h.at,
  }));
  const contact = r.consent === true && r.contact !== null && r.contact.trim() !== '' ? r.contact : undefined;
  return {
    receipt: r.receipt,
    receivedAt: r.receivedAt,
    ...(r.dimension === null ? {} : { dimension: r.dimension }),
    ...(r.service === null ? {} : { service: r.service }),
    rating: r.rating,
    ...(r.comment === null ? {} : { comment: r.comment }),
    ...(contact === undefined ? {} : { contact }),
    ...(r.dossier === null ? {} : { dossier: r.dossier }),
    lang: r.lang,
    status: state.status,
    ...(state.answer === undefined ? {} : { answer: state.answer }),
    ...(state.answeredAt === undefined ? {} : { answeredAt: state.answeredAt }),
    dueAt: answerDueAt(r.receivedAt, answerDays),
    overdue: isAnswerOverdue(state.status, r.receivedAt, answerDays, now),
    history,
  };
}

async function inbox(
  store: Store,
  unit: string,
  filters: InboxFilters,
  limit: number,
  answerDays: number,
  now: Date,
): Promise<{ items: InboxItem[]; truncated: boolean }> {
  const page = await store.unitFeedback(unit, {
    ...filters,
    ...(filters.status === 'overdue' ? { overdueBefore: overdueCutoff(now, answerDays) } : {}),
    limit,
  });
  return { items: page.rows.map((r) => itemOf(r, answerDays, now)), truncated: page.truncated };
}

/**
 * A unit's inbox (#13 part 3): its residents' feedback with the comment, the contact where the resident consented,
 * the dossier code given at the kiosk, where each stands and its history; for the unit's own token only. Personal
 * data: never cached.
 */
export const unitFeedbackRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { config, clock } = deps;
  const { store, unitAuth } = app;
  type Request = FastifyRequest<{ Params: { unit: string }; Querystring: unknown }>;
  const open = (request: Request): { unit: string; filters: InboxFilters } => {
    unitAuth.requireUnit(request, request.params.unit);
    return { unit: request.params.unit, filters: filtersOf(request.query) };
  };

  app.get<{ Params: { unit: string }; Querystring: unknown }>(
    '/api/units/:unit/feedback',
    { onRequest: unitAuth.authenticate },
    async (request, reply) => {
      const { unit, filters } = open(request);
      const { items, truncated } = await inbox(store, unit, filters, INBOX_LIMIT, config.answerDays, clock());
      void reply.header('Cache-Control', 'no-store');
      return { unit, answerDays: config.answerDays, answerDaysConfirmed: config.answerDaysConfirmed, items, truncated };
    },
  );

  app.get<{ Params: { unit: string }; Querystring: unknown }>(
    '/api/units/:unit/feedback.csv',
    { onRequest: unitAuth.authenticate },
    async (request, reply) => {
      const { unit, filters } = open(request);
      const now = clock();
      const { items, truncated } = await inbox(store, unit, filters, INBOX_CSV_LIMIT, config.answerDays, now);
      // Excel and LibreOffice read the diacritics right with the byte order mark; core's escaper defuses formulas.
      const lines = [CSV_BOM + csvLine(CSV_COLUMNS), ...items.map((i) => csvLine(CSV_COLUMNS.map((c) => i[c])))];
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="papi-feedback-${unit}-${todayIso(now)}.csv"`)
        .header('Cache-Control', 'no-store')
        .header('X-Papi-Truncated', truncated ? 'true' : 'false')
        .send(lines.join(''));
    },
  );
};
