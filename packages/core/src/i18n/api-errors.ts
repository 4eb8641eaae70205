import { formatIssue } from '../validation/format.js';
import type { Issue } from '../validation/schema.js';
import { apiEn } from './en.js';
import { apiKm } from './km.js';
import type { Locale } from './locale.js';
import { type MessageParams, createTranslator } from './messages.js';
import { type ApiMessageKey, apiVi } from './vi.js';

export type { ApiMessageKey } from './vi.js';

/** The collector's error codes: an answer's `error.code`, each with its message in apiVi, apiEn and apiKm. */
export type ApiErrorCode = Exclude<ApiMessageKey, `issue.${string}`>;

/** Issue codes the collector adds to the validator's, for text that is well-formed JSON but not acceptable. */
export type ApiTextIssueCode = IssueCodeOf<ApiMessageKey>;
type IssueCodeOf<K> = K extends `issue.${infer C}` ? C : never;

/** A problem in a body field that the validator does not describe (text that is valid JSON but not acceptable). */
export interface ApiTextIssue {
  readonly path: string;
  readonly code: ApiTextIssueCode;
  readonly params?: MessageParams;
}

export const API_CATALOGUES = { vi: apiVi, en: apiEn, km: apiKm } as const;

/**
 * The collector's texts, with translate's fallback and placeholders. A translator of its own: a bundle that uses
 * `translate` (the widgets, the extension) does not carry these.
 */
export const translateApi: (locale: Locale, key: ApiMessageKey, params?: MessageParams) => string =
  /* @__PURE__ */ createTranslator<ApiMessageKey>(API_CATALOGUES);

/** Numbers in an error are limits and values quoted back as the configuration or the request has them: unformatted. */
function quoted(params: MessageParams | undefined): MessageParams {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)]));
}

/** One issue of a request as a plain sentence, `rating: value 7 is outside 1–5`: the validator's or the collector's. */
export function formatApiIssue(issue: Issue | ApiTextIssue, locale: Locale): string {
  if (issue.code !== 'control-character' && issue.code !== 'unpaired-surrogate')
    return formatIssue(issue as Issue, locale);
  const text = translateApi(locale, `issue.${issue.code}`, quoted(issue.params));
  return issue.path ? `${issue.path}: ${text}` : text;
}

/** Issues spelt out in an error's message; the rest are in its `issues` list. */
const LISTED = 5;

/**
 * The message of a collector error. A body or query with issues lists the first of them (formatApiIssue's texts)
 * in the message as well: a client that shows only the message still shows what to fix.
 */
export function formatApiError(
  code: ApiErrorCode,
  locale: Locale,
  params?: MessageParams,
  issueTexts: readonly string[] = [],
): string {
  if (issueTexts.length > 0 && (code === 'invalid-body' || code === 'invalid-query'))
    return translateApi(locale, code, {
      count: issueTexts.length,
      list: issueTexts.slice(0, LISTED).join('; ') + (issueTexts.length > LISTED ? '; …' : ''),
    });
  return translateApi(locale, code, quoted(params));
}
