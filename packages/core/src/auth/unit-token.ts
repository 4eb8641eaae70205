/**
 * A unit's credential for the collector: what Phòng Nội vụ issues to a unit (`papi-collector token <unit>`) and the
 * unit's officer enters once in the self-assessment checklist. The collector stores only a hash of the secret.
 *
 * Shape: `papi_` + a 10-character id + `_` + a 52-character secret, both in lower-case base32 (a–z, 2–7), e.g.
 * `papi_k7mq3xpdab_…`. Letters, digits and underscores only, so that a double-click selects the whole token and no
 * URL or header needs it escaped. The id (50 random bits) names the token in lists and revocations and is how the
 * collector finds its hash; the secret carries 260 random bits.
 */
export const UNIT_TOKEN_PREFIX = 'papi_';
export const UNIT_TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const UNIT_TOKEN_ID_LENGTH = 10;
export const UNIT_TOKEN_SECRET_LENGTH = 52;
/** The whole token's length: 68 characters. */
export const UNIT_TOKEN_LENGTH = UNIT_TOKEN_PREFIX.length + UNIT_TOKEN_ID_LENGTH + 1 + UNIT_TOKEN_SECRET_LENGTH;

export interface UnitTokenParts {
  /** The token's public name, without the prefix (what `--list` shows after `papi_`). */
  readonly id: string;
  readonly secret: string;
}

const TOKEN = /* @__PURE__ */ new RegExp(
  `^${UNIT_TOKEN_PREFIX}([a-z2-7]{${UNIT_TOKEN_ID_LENGTH}})_([a-z2-7]{${UNIT_TOKEN_SECRET_LENGTH}})$`,
);
const ID = /* @__PURE__ */ new RegExp(`^(?:${UNIT_TOKEN_PREFIX})?([a-z2-7]{${UNIT_TOKEN_ID_LENGTH}})$`);

/**
 * The id and secret of a token as typed or pasted: spaces around it are ignored and capitals read as small letters
 * (base32 has no case). Anything else gives undefined.
 */
export function parseUnitToken(text: string): UnitTokenParts | undefined {
  const m = TOKEN.exec(text.trim().toLowerCase());
  return m ? { id: m[1]!, secret: m[2]! } : undefined;
}

/** A token id as the lists show it (`papi_k7mq3xpdab`) or without its prefix; undefined when it is neither. */
export function parseUnitTokenId(text: string): string | undefined {
  return ID.exec(text.trim().toLowerCase())?.[1];
}

export function formatUnitToken(parts: UnitTokenParts): string {
  return `${UNIT_TOKEN_PREFIX}${parts.id}_${parts.secret}`;
}

/** How a token id is shown: with its prefix, never with the secret. */
export const unitTokenLabel = (id: string): string => `${UNIT_TOKEN_PREFIX}${id}`;

/**
 * A new token from a source of random bytes (node:crypto's randomBytes, or crypto.getRandomValues). Each byte gives
 * one character through its low 5 bits: 256 is a multiple of 32, so every character is equally likely.
 */
export function newUnitToken(randomBytes: (count: number) => Uint8Array): UnitTokenParts {
  const chars = (count: number): string => {
    const bytes = randomBytes(count);
    if (bytes.length !== count)
      throw new Error(`newUnitToken: the random source gave ${bytes.length} bytes, not ${count}`);
    return Array.from(bytes, (b) => UNIT_TOKEN_ALPHABET[b & 31]).join('');
  };
  return { id: chars(UNIT_TOKEN_ID_LENGTH), secret: chars(UNIT_TOKEN_SECRET_LENGTH) };
}
