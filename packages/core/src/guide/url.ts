/**
 * URL patterns of guide steps: `host/path` with `*` for one path segment's worth of characters (no "/") and `**`
 * for anything, optionally followed by `?name&other` to require those query parameters (any value; `a|b` takes
 * either). The scheme, the port and the fragment are ignored; the host may be `*`. Examples:
 * `dichvucong.gov.vn/nop-ho-so?formalityCaseId`, `dichvucong.gov.vn/thu-tuc-hanh-chinh/*`, `sso.dancuquocgia.gov.vn/**`.
 */
export interface ParsedPattern {
  readonly host: string;
  readonly path: RegExp;
  readonly params: readonly string[];
}

const PATTERN_SHAPE = /^[a-z0-9.*-]+(\/[^\s?#]*)?(\?[A-Za-z0-9_&|-]+)?$/;

export function isUrlPattern(pattern: string): boolean {
  return PATTERN_SHAPE.test(pattern);
}

const cache = new Map<string, ParsedPattern>();

export function parseUrlPattern(pattern: string): ParsedPattern {
  let parsed = cache.get(pattern);
  if (parsed) return parsed;
  const q = pattern.indexOf('?');
  const main = q < 0 ? pattern : pattern.slice(0, q);
  const params =
    q < 0
      ? []
      : pattern
          .slice(q + 1)
          .split('&')
          .filter(Boolean);
  const slash = main.indexOf('/');
  const host = (slash < 0 ? main : main.slice(0, slash)).toLowerCase();
  let path = slash < 0 ? '/' : main.slice(slash);
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const source = path
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  parsed = { host, path: new RegExp(`^${source}/?$`), params };
  cache.set(pattern, parsed);
  return parsed;
}

/** Splits a URL without needing the URL class to accept it (relative or odd URLs simply do not match). */
function parts(url: string): { host: string; path: string; query: URLSearchParams } | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!m) return undefined;
  return {
    host: (m[1] ?? '').toLowerCase().replace(/:\d+$/, ''),
    path: m[2] || '/',
    query: new URLSearchParams(m[3] ?? ''),
  };
}

export function matchUrlPattern(pattern: string, url: string): boolean {
  const u = parts(url);
  if (!u) return false;
  const p = parseUrlPattern(pattern);
  if (p.host !== '*' && p.host !== u.host) return false;
  let path = u.path;
  try {
    path = decodeURI(path);
  } catch {
    /* keep it encoded */
  }
  if (!p.path.test(path)) return false;
  // "a|b" in a parameter list means either name will do (the e-form takes formalityCaseId or formalityId).
  return p.params.every((name) => name.split('|').some((n) => u.query.has(n)));
}

export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => matchUrlPattern(p, url));
}

/** The `papi-guide=<id>` value of a URL's fragment, for deep links; undefined when there is none. */
export function guideIdFromHash(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const id = new URLSearchParams(url.slice(hash + 1)).get('papi-guide');
  return id && /^[a-z0-9-]{1,60}$/.test(id) ? id : undefined;
}
