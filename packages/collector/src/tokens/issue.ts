import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type ExtraUnit,
  UNIT_FACTS,
  type UnitFacts,
  formatUnitToken,
  membersOf,
  newUnitToken,
  parseUnitToken,
  parseUnitTokenId,
  unitById,
} from '@papi/core';
import type { TokenStore, UnitTokenInfo } from './types.js';

/** SHA-256 of a token's secret, as stored. The secret carries 260 random bits: no slow hash is needed to protect it. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('base64url');

/** Whether a secret is the one whose hash is stored, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = createHash('sha256').update(secret, 'utf8').digest();
  const stored = Buffer.from(storedHash, 'base64url');
  return stored.length === given.length && timingSafeEqual(given, stored);
}

export const NOTE_MAX = 200;

/** Why a token cannot be issued or revoked: a sentence naming the problem, which the command prints. */
export class TokenCommandError extends Error {
  override readonly name = 'TokenCommandError';
  constructor(
    readonly code: 'unknown-unit' | 'group-unit' | 'bad-note' | 'bad-token-id' | 'no-such-token',
    message: string,
  ) {
    super(message);
  }
}

/** Units that can hold a token: the registry's units that are one body, not a group such as "UBND xã, phường". */
export const tokenUnits = (): readonly UnitFacts[] => UNIT_FACTS.filter((u) => u.kind !== 'group');

/**
 * The unit a token is to be issued for (its id), or a TokenCommandError that says what is wrong with the id. The
 * collector's PAPI_UNITS units (extraUnits) hold tokens as the registry's do.
 */
export function tokenUnit(id: string, extraUnits: readonly ExtraUnit[] = []): Pick<UnitFacts, 'id'> {
  const extra = extraUnits.find((u) => u.id === id.trim());
  if (extra) return extra;
  const unit = unitById(id.trim());
  if (!unit) {
    const near = closest(id.trim(), [...tokenUnits().map((u) => u.id), ...extraUnits.map((u) => u.id)]);
    throw new TokenCommandError(
      'unknown-unit',
      `there is no unit "${id}" in the units registry${extraUnits.length ? ' nor in PAPI_UNITS' : ''}${near ? ` (did you mean ${near}?)` : ''}; papi-collector token --units lists the units`,
    );
  }
  if (unit.kind === 'group') {
    const members = membersOf(unit.id).map((m) => m.id);
    throw new TokenCommandError(
      'group-unit',
      `"${unit.id}" (${unit.name.vi}) is a group of units, not one unit: issue a token to each unit that reports${members.length ? `, e.g. ${members.slice(0, 3).join(', ')}` : ''}`,
    );
  }
  return unit;
}

/**
 * Issues a token for a unit: draws it, stores its hash and returns the token, which exists nowhere else from then
 * on. The demo marks its own (demo: true); a collector started by papi-collector refuses those.
 */
export async function issueUnitToken(
  store: TokenStore,
  unitId: string,
  options: {
    readonly note?: string;
    readonly demo?: boolean;
    readonly now?: Date;
    /** The collector's PAPI_UNITS units, which may hold tokens too. */
    readonly extraUnits?: readonly ExtraUnit[];
  } = {},
): Promise<{ token: string; info: UnitTokenInfo }> {
  const unit = tokenUnit(unitId, options.extraUnits);
  const note = options.note?.trim();
  // eslint-disable-next-line no-control-regex -- a note is one line of text: control characters are what it must not hold
  if (note !== undefined && (note.length > NOTE_MAX || /[\u0000-\u001f\u007f]/.test(note))) {
    throw new TokenCommandError('bad-note', `the note must be one line of at most ${NOTE_MAX} characters`);
  }
  const createdAt = (options.now ?? new Date()).toISOString();
  // Ids carry 50 random bits: a clash is all but impossible, and is simply drawn again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const parts = newUnitToken((n) => randomBytes(n));
    if (await store.findToken(parts.id)) continue;
    await store.createToken({
      id: parts.id,
      unit: unit.id,
      secretHash: hashSecret(parts.secret),
      createdAt,
      ...(note ? { note } : {}),
      ...(options.demo ? { demo: true } : {}),
    });
    return {
      token: formatUnitToken(parts),
      info: {
        id: parts.id,
        unit: unit.id,
        note: note || null,
        demo: !!options.demo,
        createdAt,
        revokedAt: null,
        lastUsedAt: null,
      },
    };
  }
  throw new Error('could not draw an unused token id');
}

/** Ends a token, named by its id (papi_…, as --list shows it) or given whole. Revoking twice keeps the first date. */
export async function revokeUnitToken(
  store: TokenStore,
  idOrToken: string,
  now: Date = new Date(),
): Promise<{ info: UnitTokenInfo; already: boolean }> {
  const id = parseUnitToken(idOrToken)?.id ?? parseUnitTokenId(idOrToken);
  if (!id)
    throw new TokenCommandError(
      'bad-token-id',
      `"${idOrToken.slice(0, 80)}" is neither a token id (papi_ and 10 letters or digits, as --list shows) nor a token`,
    );
  const before = await store.findToken(id);
  if (!before) throw new TokenCommandError('no-such-token', `there is no token papi_${id}`);
  const info = await store.revokeToken(id, now.toISOString());
  return { info: info!, already: before.revokedAt !== null };
}

/** The nearest id by edit distance, when it is near enough to be a slip of the keyboard. */
function closest(id: string, ids: readonly string[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const candidate of ids) {
    const d = distance(id, candidate);
    if (!best || d < best.d) best = { id: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
