import { type Locale, FEEDBACK_LIMITS, UNIT_IDS, formatIssue, preview, validateFeedback } from '@papi/core';
import { feedbackText as t } from '../i18n/translate.js';
import { collectorUrl, endpointExample } from '../shared/data-controller.js';
import { type OutboxItem, newId } from '../shared/outbox.js';
import { safeHref } from '../shared/safe-url.js';

/*
 * What the feedback dialog and the counter's kiosk share: where feedback goes, what a record holds, what the editors
 * got wrong, and what to tell the resident about a kept item.
 */

/**
 * What the dialog says after send: the truth about the resident's feedback. The "-unsaved" ones and "unsaved" are
 * for a device that cannot keep it (storage blocked, refused or full): sent directly, and offered again if it failed.
 */
export type FeedbackStatus =
  | 'sending'
  | 'sent'
  | 'queued'
  | 'retrying'
  | 'rejected'
  | 'thanks'
  | 'sending-unsaved'
  | 'unsaved'
  | 'rejected-unsaved';

/**
 * The collector URL feedback is POSTed to: `endpoint` as given when its path ends in /api/feedback, else with
 * api/feedback added to the collector's base URL (feedback to its /api/ address). Only an absolute http(s) URL or a
 * path starting with "/" is taken: a bare host name ("gopy.example.gov.vn") would be a path relative to the page,
 * where no collector is, so it gives none, as anything else (ftp:, javascript:) does.
 */
export const feedbackUrl = (endpoint: string | null | undefined): string | undefined =>
  collectorUrl(endpoint, 'feedback');

/**
 * What to tell the resident about a kept item. A failed attempt while offline is "will send when online"; while
 * online (the collector down, or refusing this portal) it is "not yet delivered, will retry", not blamed on the network.
 */
export function statusOf(item: OutboxItem, online = globalThis.navigator?.onLine ?? true): FeedbackStatus {
  if (item.state !== 'queued') return item.state;
  if (!item.attempts) return 'sending';
  return online ? 'retrying' : 'queued';
}

/** What the page's editors set on the element. */
export interface FeedbackSettings {
  readonly endpoint: string | undefined;
  readonly unit: string | undefined;
  readonly unitName: string | undefined;
  readonly dimension: string | undefined;
  readonly service: string | undefined;
}

/** The dimension and service the editors preset. */
export function presets(settings: FeedbackSettings): { dimension?: string; service?: string } {
  const dimension = settings.dimension?.trim();
  const service = settings.service?.trim();
  return { ...(dimension ? { dimension } : {}), ...(service ? { service } : {}) };
}

// One set per id, so that core builds its schema once for it and not on every render.
let named: { id: string; units: ReadonlySet<string> } | undefined;

/** The registry's units, with the unit attribute when unit-name names it: the units a button may send for. */
export function unitsOf(settings: FeedbackSettings): ReadonlySet<string> {
  const id = settings.unit?.trim();
  if (!id || !settings.unitName?.trim() || UNIT_IDS.has(id)) return UNIT_IDS;
  if (named?.id !== id) named = { id, units: new Set([...UNIT_IDS, id]) };
  return named.units;
}

/** What the page's editors got wrong (no endpoint, unknown unit or preset), in the reader's language. */
export function configProblems(settings: FeedbackSettings, locale: Locale): string[] {
  const problems: string[] = [];
  if (!settings.endpoint?.trim()) problems.push(t(locale, 'feedback.missing-endpoint'));
  else if (!feedbackUrl(settings.endpoint)) {
    const value = settings.endpoint.trim();
    problems.push(t(locale, 'feedback.bad-endpoint', { value: preview(value), example: endpointExample(value) }));
  }
  const unit = settings.unit?.trim();
  if (!unit) problems.push(t(locale, 'feedback.missing-unit'));
  const probe = {
    id: '00000000-0000-4000-8000-000000000000',
    unit: unit || 'x',
    rating: 5,
    lang: locale,
    createdAt: '2026-01-01T00:00:00Z',
    ...presets(settings),
  };
  const result = validateFeedback(probe, { units: unitsOf(settings) });
  if (!result.ok) {
    for (const issue of result.issues)
      if (unit || issue.path !== 'unit') {
        problems.push(formatIssue(issue, locale === 'en' ? 'en' : 'vi'));
        if (issue.code === 'unknown-unit') problems.push(t(locale, 'feedback.unit-name-hint'));
      }
  }
  return problems;
}

/** What the resident gave. */
export interface FeedbackInput {
  readonly rating: number | undefined;
  /** Chosen in the dialog when the editors preset neither a dimension nor a service. */
  readonly dimension?: string;
  readonly comment: string;
  /** Only with consent. */
  readonly contact?: string;
  readonly dossier?: string;
  readonly lang: Locale;
  /** The record's id: drawn once per feedback, so that a repeat is stored once. */
  readonly id?: string;
}

/** The record as it will be validated and queued. */
export function feedbackRecord(
  settings: FeedbackSettings,
  input: FeedbackInput,
): Record<string, unknown> & { id: string } {
  const comment = input.comment.trim();
  const contact = input.contact?.trim() ?? '';
  const dossier = input.dossier?.trim() ?? '';
  const page =
    typeof location !== 'undefined' && /^https?:$/.test(location.protocol)
      ? `${location.origin}${location.pathname}`
      : '';
  const preset = presets(settings);
  const dimension = preset.dimension ?? (preset.service ? '' : (input.dimension ?? ''));
  return {
    id: input.id ?? newId(),
    unit: settings.unit?.trim() ?? '',
    ...(preset.service ? { service: preset.service } : {}),
    ...(dimension ? { dimension } : {}),
    rating: input.rating as number,
    ...(comment ? { comment } : {}),
    ...(contact ? { contact, consent: true } : {}),
    ...(dossier ? { dossier } : {}),
    lang: input.lang,
    ...(page && page.length <= FEEDBACK_LIMITS.page ? { page } : {}),
    createdAt: new Date().toISOString(),
  };
}

/**
 * The status page's address for a code, from the editors' `status-url`: the code goes in the fragment
 * (`#receipt=K7MQ-3XPD`), which the browser never sends to a server nor in a Referer. None without a usable address.
 */
export function statusHref(statusUrl: string | null | undefined, code: string): string | undefined {
  const href = safeHref(statusUrl);
  if (!href || !statusUrl?.trim()) return undefined;
  const url = new URL(href);
  url.hash = `receipt=${code}`;
  return url.href;
}
