import {
  type ApiErrorCode,
  type ApiTextIssue,
  type Issue,
  type Locale,
  type MessageParams,
  formatApiError,
  formatApiIssue,
} from '@papi/core';

/** Codes of the collector's own answers (core's issue codes cover the fields of a record); their texts are core's. */
export type ErrorCode = ApiErrorCode;

/** A problem in a body field that core's schema does not describe (text that is valid JSON but not acceptable). */
export type ExtraIssue = ApiTextIssue;

export interface ApiIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly issues?: readonly ApiIssue[] };
}

/**
 * Error messages are English unless the client prefers Vietnamese or Khmer (in Khmer, the validator's issue texts are
 * Vietnamese: see core's km catalogue).
 */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { primary } of ranked) if (primary === 'en' || primary === 'vi' || primary === 'km') return primary;
  return 'en';
}

/** An answer other than success, carried to the error handler, which writes it as `{ error: … }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly issues: readonly (Issue | ExtraIssue)[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }

  body(locale: Locale): ErrorBody {
    const issues = this.issues.map((i): ApiIssue => ({
      path: i.path,
      code: i.code,
      message: formatApiIssue(i, locale),
    }));
    const text = formatApiError(
      this.code,
      locale,
      this.params,
      issues.map((i) => i.message),
    );
    return { error: { code: this.code, message: text, ...(issues.length > 0 ? { issues } : {}) } };
  }
}
