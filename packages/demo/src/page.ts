import { LOCALES, type Locale } from '@papi/core';
import { t as translate, type DemoKey } from './i18n/translate.js';
import { Html, html } from './html.js';

/**
 * What every demo page starts with. The pages are served under a CSP of default-src 'self': styles and scripts are
 * files of the site (deferred scripts, no inline ones), never markup in the page.
 */
export interface PageStart {
  readonly lang: Locale;
  readonly title: string;
  /** Style sheets of the site, in order. */
  readonly styles: readonly string[];
  /** Scripts of the site, run deferred, in order. */
  readonly scripts?: readonly string[];
  /** The page's address in each locale, for pages that have one in every locale (hreflang alternates). */
  readonly alternate?: (locale: Locale) => string;
  readonly bodyClass?: string;
}

/** The page from its doctype to its opening <body>. */
export function pageStart(page: PageStart): Html {
  const { alternate } = page;
  const lines = [
    ...page.styles.map((href) => html`<link rel="stylesheet" href="${href}">`),
    ...(alternate
      ? [html`${LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${alternate(l)}">`)}`]
      : []),
    ...(page.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`),
  ];
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
${lines.map((line) => html`${line}\n`)}</head>
<body${page.bodyClass ? html` class="${page.bodyClass}"` : ''}>`;
}

export interface NavLink {
  readonly href: string;
  readonly text: Html | string;
  /** This page (aria-current). */
  readonly current?: boolean;
  /** The linked page's language, where it is not this page's (a Vietnamese-only page). */
  readonly hreflang?: Locale;
}

/** A page of the demo's own site (not the commune's portal nor the kiosk's screen): demo.css and the site's header. */
export interface SitePage {
  readonly locale: Locale;
  /** The page's own title; the demo's name follows it. */
  readonly title: string;
  /** The page's address in each locale, for a page offered in every locale: its alternates and the choice of language. */
  readonly path?: (locale: Locale) => string;
  /** Style sheets besides demo.css. */
  readonly styles?: readonly string[];
  readonly scripts?: readonly string[];
  /** The demo's pages this page links to. */
  readonly links: readonly NavLink[];
  /** The pages' menu's name for screen readers (default: the demo's pages). */
  readonly navLabel?: string;
}

/** A demo page from its doctype to the end of the site's header: the skip link, the demo's name, its pages, its languages. */
export function sitePageStart(page: SitePage): Html {
  const t = (k: DemoKey): string => translate(page.locale, k);
  const { path } = page;
  const links = page.links.map(
    (l) =>
      html`<li><a href="${l.href}"${l.hreflang ? html` hreflang="${l.hreflang}"` : ''}${l.current ? new Html(' aria-current="page"') : ''}>${l.text}</a></li>`,
  );
  const choice = path
    ? html`  <nav class="langs" aria-label="${t('lang.label')}"><ul>${LOCALES.map(
        (l) =>
          html`<li><a href="${path(l)}" hreflang="${l}" lang="${l}" ${l === page.locale ? new Html('aria-current="page"') : ''}>${translate(l, `lang.${l}` as DemoKey)}</a></li>`,
      )}</ul></nav>\n`
    : '';
  return html`${pageStart({
    lang: page.locale,
    title: `${page.title} — ${t('app.name')}`,
    styles: ['/assets/demo.css', ...(page.styles ?? [])],
    scripts: page.scripts,
    alternate: path,
  })}
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="site">
  <p class="brand">${t('app.name')}</p>
  <nav class="langs" aria-label="${page.navLabel ?? t('nav.pages')}"><ul>${links}</ul></nav>
${choice}</header>`;
}
