import type { IDBPDatabase } from 'idb';
import { StoreConnection } from './idb.js';

/**
 * A unit's token for the collector, kept on the officer's device in IndexedDB, per collector and unit: entered once
 * in the checklist, then sent by the outbox with every report of that unit to that collector. It is never put in the
 * page's HTML nor in an attribute, and never leaves the device except in the Authorization header of those requests.
 * Any script of the portal's own origin can read IndexedDB: the token is as safe as the portal's pages are.
 */
export interface StoredUnitToken {
  token: string;
  unit: string;
  /** The collector's base address (origin and path before /api/). */
  collector: string;
  savedAt: number;
}

const DB_NAME = 'papi-unit-tokens';
const STORE = 'tokens';
/** Tells the page's other tabs that a token was saved or removed (message: its scope). */
export const UNIT_TOKEN_CHANNEL = 'papi-unit-tokens';

/**
 * The collector's base address from one of its route addresses ("https://gopy.example.gov.vn/api/reports" →
 * "https://gopy.example.gov.vn/"), so that every route of one collector shares a token.
 */
export function collectorBase(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname.replace(/\/api(\/.*)?$/, '/')}`;
  } catch {
    return endpoint;
  }
}

/** The key a unit's token for a collector is kept under. */
export const tokenScope = (endpoint: string, unit: string): string => `${collectorBase(endpoint)}|${unit}`;

const connection = new StoreConnection(DB_NAME, STORE);
const open = (): Promise<IDBPDatabase> => connection.open();

/** The token kept for this scope, or undefined (none, or storage refused). */
export async function getUnitToken(scope: string): Promise<StoredUnitToken | undefined> {
  try {
    return (await (await open()).get(STORE, scope)) as StoredUnitToken | undefined;
  } catch {
    return undefined;
  }
}

function announce(scope: string): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(UNIT_TOKEN_CHANNEL);
  channel.postMessage(scope);
  channel.close();
}

/** Keeps the token for this scope (replacing any earlier one); throws when the browser refuses storage. */
export async function saveUnitToken(scope: string, token: string): Promise<void> {
  const cut = scope.lastIndexOf('|');
  const record: StoredUnitToken = {
    token,
    unit: scope.slice(cut + 1),
    collector: scope.slice(0, cut),
    savedAt: Date.now(),
  };
  await (await open()).put(STORE, record, scope);
  announce(scope);
}

/** Removes the token kept for this scope (a shared computer, an officer who leaves). */
export async function forgetUnitToken(scope: string): Promise<void> {
  await (await open()).delete(STORE, scope);
  announce(scope);
}

/** For tests: closes the connection so that a fresh IndexedDB can take its place. */
export function closeUnitTokens(): void {
  connection.close();
}
