import { daysBetween, isIsoDate } from '../dates/dates.js';
import type { Issue } from '../validation/schema.js';

/**
 * Where a posted notice stands. Day 1 is the posting day; `removed` is the first day it was no longer up.
 * - scheduled: the posting date is still ahead
 * - on-display: up, on day `day` of the required `of`
 * - completed: it stayed up the whole required period (and may still be up)
 * - taken-down-early: it came down before the period ended
 */
export type DisclosureStatus =
  | { readonly kind: 'scheduled'; readonly startsIn: number; readonly of: number }
  | { readonly kind: 'on-display'; readonly day: number; readonly of: number; readonly daysLeft: number }
  | { readonly kind: 'completed'; readonly of: number; readonly daysPosted: number; readonly stillPosted: boolean }
  | {
      readonly kind: 'taken-down-early';
      readonly of: number;
      readonly daysPosted: number;
      readonly daysMissing: number;
    };

export interface DisclosurePosting {
  /** Required posting period in days (a category's postingDays, or an editor's override). */
  readonly days: number;
  /** YYYY-MM-DD */
  readonly posted: string;
  /** YYYY-MM-DD, the day it came down; absent while it is up. */
  readonly removed?: string | undefined;
  /** YYYY-MM-DD */
  readonly today: string;
}

export type DisclosureResult =
  { readonly ok: true; readonly status: DisclosureStatus } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Turns (period, posted date, removed date, today) into a status, or explains why the dates make no sense. */
export function disclosureStatus(input: DisclosurePosting): DisclosureResult {
  const issues: Issue[] = [];
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 3650) {
    issues.push({ path: 'days', code: 'out-of-range', params: { value: String(input.days), min: 1, max: 3650 } });
  }
  for (const key of ['posted', 'today'] as const) {
    if (!isIsoDate(input[key])) issues.push({ path: key, code: 'invalid-date', params: { value: String(input[key]) } });
  }
  if (input.removed !== undefined && !isIsoDate(input.removed)) {
    issues.push({ path: 'removed', code: 'invalid-date', params: { value: String(input.removed) } });
  }
  if (issues.length === 0 && input.removed !== undefined && input.removed <= input.posted) {
    issues.push({ path: 'removed', code: 'date-order', params: { before: input.posted, value: input.removed } });
  }
  if (issues.length > 0) return { ok: false, issues };

  const { days: of, posted, removed, today } = input;
  const elapsed = daysBetween(posted, today);
  if (elapsed < 0) return { ok: true, status: { kind: 'scheduled', startsIn: -elapsed, of } };

  // A removal recorded in the future has not happened yet.
  const down = removed !== undefined && removed <= today ? removed : undefined;
  if (down !== undefined) {
    const daysPosted = daysBetween(posted, down);
    return {
      ok: true,
      status:
        daysPosted < of
          ? { kind: 'taken-down-early', of, daysPosted, daysMissing: of - daysPosted }
          : { kind: 'completed', of, daysPosted, stillPosted: false },
    };
  }
  const day = elapsed + 1;
  if (day <= of) return { ok: true, status: { kind: 'on-display', day, of, daysLeft: of - day } };
  return { ok: true, status: { kind: 'completed', of, daysPosted: day, stillPosted: true } };
}
