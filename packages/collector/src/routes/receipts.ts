import type { FastifyPluginAsync } from 'fastify';
import { parseReceipt, validateAnswer } from '@papi/core';
import { ApiError } from '../errors.js';
import { checked } from '../input.js';
import type { ReceiptInfo } from '../store.js';
import type { RouteDeps } from './deps.js';

/** What a receipt code tells its holder: where the feedback stands and the unit's answer, never anything personal. */
export interface PublicReceipt {
  readonly receipt: string;
  readonly status: ReceiptInfo['status'];
  readonly unit: string;
  readonly receivedAt: string;
  readonly updatedAt?: string;
  readonly answeredAt?: string;
  readonly answer?: string;
}

/** Field by field, so that nothing added to ReceiptInfo later reaches the public by accident. */
export const publicReceipt = (r: ReceiptInfo): PublicReceipt => ({
  receipt: r.receipt,
  status: r.status,
  unit: r.unit,
  receivedAt: r.receivedAt,
  ...(r.updatedAt === undefined ? {} : { updatedAt: r.updatedAt }),
  ...(r.answeredAt === undefined ? {} : { answeredAt: r.answeredAt }),
  ...(r.answer === undefined ? {} : { answer: r.answer }),
});

function codeOf(raw: string): string {
  const code = parseReceipt(raw);
  if (code === null) throw new ApiError(400, 'invalid-receipt');
  return code;
}

/** Receipt codes (#13 parts 2 and 3): the resident's look-up, and the unit's answer. */
export const receiptRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  const { config, clock } = deps;
  const { store, unitAuth, checkOrigin, ownLimit } = app;

  // Look-ups have their own limit per address, so that codes cannot be guessed by the thousand.
  app.get<{ Params: { code: string } }>(
    '/api/receipts/:code',
    { config: ownLimit(config.receiptRateLimit) },
    async (request, reply) => {
      const code = codeOf(request.params.code);
      const found = await store.receipt(code);
      if (!found) throw new ApiError(404, 'unknown-receipt', { receipt: code });
      void reply.header('Cache-Control', 'no-store');
      return publicReceipt(found);
    },
  );

  // An answer acts in the unit's name: its token first (before the body is read), counted per token, and the
  // feedback must be about the token's unit. Every change is appended to the history (the store's answerFeedback).
  app.post<{ Params: { code: string } }>(
    '/api/receipts/:code/answer',
    {
      bodyLimit: config.bodyLimits.answers,
      onRequest: [checkOrigin, unitAuth.authenticate],
      config: ownLimit(config.answerRateLimit, (request) => `token:${request.unitToken?.id ?? request.ip}`),
    },
    async (request, reply) => {
      const code = codeOf(request.params.code);
      const found = await store.receipt(code);
      if (!found) throw new ApiError(404, 'unknown-receipt', { receipt: code });
      unitAuth.requireUnit(request, found.unit);
      const change = checked(request.body, (value) => {
        const v = validateAnswer(value);
        return v.ok ? { ok: true, value: v.change } : v;
      });
      const after = await store.answerFeedback(code, change, {
        at: clock().toISOString(),
        by: request.unitToken!.id,
      });
      if (!after) throw new ApiError(404, 'unknown-receipt', { receipt: code });
      void reply.header('Cache-Control', 'no-store');
      return publicReceipt(after);
    },
  );
};
