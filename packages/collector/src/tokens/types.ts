/**
 * Unit credentials as any store keeps them: the token's id, its unit and a hash of its secret, never the secret.
 * Every store implements TokenStore (the Store interface extends it), so that a PostgreSQL store keeps them too.
 */
export interface UnitTokenInfo {
  /** The token's id without its prefix (core's parseUnitToken): not secret, it names the token in lists. */
  readonly id: string;
  readonly unit: string;
  /** Phòng Nội vụ's note on the hand-over ("Chị Lan, văn phòng UBND xã"), if any. */
  readonly note: string | null;
  /** Issued by the demo (`pnpm start`) for its own database; a collector started by papi-collector refuses it. */
  readonly demo: boolean;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** When a report last came with it. */
  readonly lastUsedAt: string | null;
}

export interface StoredUnitToken extends UnitTokenInfo {
  /** SHA-256 of the secret, base64url. */
  readonly secretHash: string;
}

export interface NewUnitToken {
  readonly id: string;
  readonly unit: string;
  readonly secretHash: string;
  readonly note?: string;
  readonly demo?: boolean;
  readonly createdAt: string;
}

export interface TokenStore {
  /** Stores a new token, durably; throws if its id is taken (ids are random: the caller draws another). */
  createToken(token: NewUnitToken): Promise<void>;
  /** The token with this id, revoked or not; undefined when there is none. */
  findToken(id: string): Promise<StoredUnitToken | undefined>;
  /** Every token, oldest first, without hashes. */
  listTokens(): Promise<readonly UnitTokenInfo[]>;
  /** Ends a token from `at` on; a token revoked before keeps its first date. Undefined when there is no such id. */
  revokeToken(id: string, at: string): Promise<UnitTokenInfo | undefined>;
}
