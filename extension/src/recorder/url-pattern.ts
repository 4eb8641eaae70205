/**
 * A recorded page's URL as a step's URL pattern (core's `guide/url.ts` format), generalised so that nothing about a
 * citizen or a dossier survives: query values are dropped (only parameter names are kept), and a path segment that
 * holds a digit (a dossier code such as 000.00.30.H51-260127-0001, a personal number, a procedure's code), a UUID or
 * hex token, an e-mail or anything long or odd becomes `*`.
 */
import { isUrlPattern, matchUrlPattern } from '@papi/core';

const WORD_SEGMENT = /^[\p{L}._~-]{1,40}$/u;
const PARAM_NAME = /^[A-Za-z_-]{1,40}$/;

/** Whether a path segment could be data (a code, a number, an id) rather than the name of a page. */
export function looksLikeData(segment: string): boolean {
  return !WORD_SEGMENT.test(segment);
}

/**
 * The step's URL pattern for a page, or undefined for a URL that is not http(s). `known` are patterns already in
 * use (the shipped guides'): one with the same path that takes the same parameters (`?formalityCaseId|formalityId`)
 * is returned instead, so a recorded step reads like the guides' own.
 */
export function urlPattern(url: string, known: readonly string[] = []): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase();
  let segments: string[];
  try {
    segments = u.pathname.split('/').map((s) => decodeURIComponent(s));
  } catch {
    segments = u.pathname.split('/');
  }
  const path = segments.map((s, i) => (i === 0 || s === '' ? s : looksLikeData(s) ? '*' : s)).join('/') || '/';
  const params = [...new Set(u.searchParams.keys())].filter((name) => PARAM_NAME.test(name));
  const pattern = `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
  if (!isUrlPattern(pattern) || !matchUrlPattern(pattern, url)) return undefined;
  const main = pattern.split('?')[0];
  const same = known.find((k) => {
    const [kMain, kQuery = ''] = k.split('?');
    if (kMain !== main || !matchUrlPattern(k, url)) return false;
    const groups = kQuery.split('&').filter(Boolean);
    // Every parameter the page has is one the known pattern asks for (as a name or one of its alternatives).
    return groups.length === params.length && params.every((p) => groups.some((g) => g.split('|').includes(p)));
  });
  return same ?? pattern;
}
