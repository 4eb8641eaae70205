import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the running collector looks for contacts past their time. */
export const RETENTION_EVERY_MS = 60 * 60 * 1000;

export interface ContactRetention {
  /** One pass now: erases every contact received more than the configured days ago; resolves with how many. */
  run(): Promise<number>;
  stop(): void;
}

/**
 * Keeps a resident's contact (personal data, given with consent) only for `days` after it was received: a pass at
 * start and one every `everyMs` erase the older ones, through the store's own writes. The ratings stay, so the
 * statistics do not change. A failing pass is logged and tried again at the next.
 */
export function contactRetention(
  store: Store,
  days: number,
  now: () => Date,
  log: FastifyBaseLogger,
  everyMs = RETENTION_EVERY_MS,
): ContactRetention {
  let running: Promise<number> | undefined;
  const run = (): Promise<number> =>
    (running ??= store
      .eraseContacts(new Date(now().getTime() - days * DAY_MS).toISOString())
      .then(
        (erased) => {
          if (erased > 0)
            log.info(
              { erased, retentionDays: days },
              `contact retention: erased the contact of ${erased} feedback record(s) older than ${days} days`,
            );
          return erased;
        },
        (error: Error & { code?: string }) => {
          log.error(
            { err: { type: error.name, code: error.code, message: error.message } },
            'contact retention failed; it runs again later',
          );
          return 0;
        },
      )
      .finally(() => (running = undefined)));
  const timer = setInterval(() => {
    run().catch(() => undefined); // run logs its own failure and resolves
  }, everyMs);
  // The collector's life is its server's; this timer alone must not keep the process up.
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
