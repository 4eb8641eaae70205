/** The longest wait a Retry-After is honoured for (a day); anything longer is taken as that. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now(), max = MAX_RETRY_AFTER_MS): number | undefined {
  if (!header) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), max) : undefined;
}
