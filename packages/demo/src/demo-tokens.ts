// The demo's unit tokens: issued at each start into the demo's own database, marked as the demo's, and shown on the
// demo's pages, so that the checklist's token step can be tried end to end. Never into a deployment's database.
import type * as CollectorApi from '@papi/collector';
import { UNIT_FACTS } from '@papi/core';

/** The units the demo issues tokens for: the town's wards and communes since 1/7/2025. */
export const DEMO_TOKEN_UNITS: readonly string[] = UNIT_FACTS.filter(
  (u) => u.generation === '2025' && (u.kind === 'ward' || u.kind === 'commune'),
).map((u) => u.id);

export const DEMO_TOKEN_NOTE = 'pnpm start (demo)';

/**
 * Revokes the tokens an earlier start issued, then issues one per demo unit, and returns them by unit. Refuses a
 * database that holds any token issued otherwise (with papi-collector token): that is a deployment's database.
 */
export async function issueDemoTokens(
  api: Pick<typeof CollectorApi, 'issueUnitToken' | 'revokeUnitToken'>,
  store: CollectorApi.Store,
): Promise<Record<string, string>> {
  const existing = await store.listTokens();
  const foreign = existing.filter((t) => !t.demo);
  if (foreign.length > 0) {
    throw new Error(
      `${store.location} holds ${foreign.length} unit token(s) issued with papi-collector token: it looks like a deployment's database, and the demo issues no tokens into one. Set PAPI_DEMO_DB to a file of the demo's own.`,
    );
  }
  for (const t of existing) if (t.revokedAt === null) await api.revokeUnitToken(store, t.id);
  const tokens: Record<string, string> = {};
  for (const unit of DEMO_TOKEN_UNITS)
    tokens[unit] = (await api.issueUnitToken(store, unit, { demo: true, note: DEMO_TOKEN_NOTE })).token;
  return tokens;
}
