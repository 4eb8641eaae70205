/** The portal's origins: the only pages the content script runs on and the only ones the background hears from. */
export const PORTAL_ORIGINS = ['https://dichvucong.gov.vn', 'https://sso.dancuquocgia.gov.vn'] as const;

/** The match patterns of those origins (host permissions, the content script's matches). */
export const PORTAL_MATCHES: string[] = PORTAL_ORIGINS.map((origin) => `${origin}/*`);

/** True for an address on one of the portal's origins (https only, default port). */
export function onPortal(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return (PORTAL_ORIGINS as readonly string[]).includes(new URL(url).origin);
  } catch {
    return false;
  }
}
