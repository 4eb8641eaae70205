import type { Locator } from 'playwright-core';

/** The token the demo server issued for a unit at its start, as its commune page shows it (GET /demo/tokens.json). */
export async function demoToken(demoUrl: string, unit: string): Promise<string> {
  const res = await fetch(new URL('/demo/tokens.json', demoUrl));
  const body = (await res.json()) as { tokens?: Record<string, string> };
  const token = body.tokens?.[unit];
  if (!token) throw new Error(`the demo issued no token for ${unit}: ${JSON.stringify(body).slice(0, 200)}`);
  return token;
}

/** The Authorization header of a unit token. */
export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** Types a token into a checklist's token field, as the officer does, and saves it (Vietnamese or English page). */
export async function enterUnitToken(checklist: Locator, token: string): Promise<void> {
  await checklist.getByLabel(/^(Mã xác thực của|Token of) /).fill(token);
  await checklist.getByRole('button', { name: /^(Lưu mã|Save the token)/ }).click();
}
