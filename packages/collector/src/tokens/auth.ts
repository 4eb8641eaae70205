import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseUnitToken } from '@papi/core';
import { ApiError } from '../errors.js';
import { hashSecret, secretMatches } from './issue.js';
import type { TokenStore } from './types.js';

/** The unit token a request came with, once checked. */
export interface VerifiedUnitToken {
  readonly id: string;
  readonly unit: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by UnitAuth.authenticate on the routes that require a unit's token. */
    unitToken: VerifiedUnitToken | null;
  }
}

export interface UnitAuth {
  /**
   * An onRequest hook: 401 `token-required` without a bearer token, 401 `token-invalid` for a token that is unknown,
   * revoked, malformed or (on a collector started by papi-collector) the demo's. Runs before the body is read.
   */
  authenticate(request: FastifyRequest): Promise<void>;
  /** 403 `token-wrong-unit` unless the request's token is this unit's (call after authenticate). */
  requireUnit(request: FastifyRequest, unit: string): void;
}

/** Compared against when the id is unknown, so that an unknown id costs the same hashing as a known one. */
const NO_HASH = hashSecret('no such token');

/** Bearer authentication with unit tokens, for every route that acts in a unit's name (POST /api/reports). */
export function registerUnitAuth(
  app: FastifyInstance,
  store: TokenStore,
  options: { readonly acceptDemo: boolean },
): UnitAuth {
  // Once per app, however many routes register their checks.
  if (!app.hasRequestDecorator('unitToken')) app.decorateRequest('unitToken', null);
  return {
    async authenticate(request) {
      const header = request.headers.authorization;
      const bearer = header === undefined ? undefined : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1];
      if (bearer === undefined) throw new ApiError(401, 'token-required');
      const parts = parseUnitToken(bearer);
      const stored = parts ? await store.findToken(parts.id) : undefined;
      const matches = secretMatches(parts?.secret ?? '', stored?.secretHash ?? NO_HASH);
      if (!parts || !stored || !matches || stored.revokedAt !== null || (stored.demo && !options.acceptDemo)) {
        throw new ApiError(401, 'token-invalid');
      }
      request.unitToken = { id: stored.id, unit: stored.unit };
    },
    requireUnit(request, unit) {
      const token = request.unitToken;
      if (!token) throw new ApiError(401, 'token-required');
      if (token.unit !== unit)
        throw new ApiError(403, 'token-wrong-unit', { tokenUnit: token.unit, unit: unit.slice(0, 100) });
    },
  };
}
