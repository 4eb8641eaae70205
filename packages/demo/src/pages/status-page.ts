import { KHMER_REVIEW, LOCALES, type Locale } from '@papi/core';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { Html, html } from '../html.js';
import { COLLECTOR_URL, COMMUNE_PATH, KIOSK_PATH, WIDGETS_SCRIPT } from './commune-page.js';

/**
 * The residents' look-up of their feedback by receipt code: /tra-cuu-gop-y/ in Vietnamese, /en/… and /km/… in the
 * other languages. The feedback dialog and the kiosk's slip point here (status-url), the dialog with the code after #.
 */
export const STATUS_SLUG = 'tra-cuu-gop-y';
export const statusPath = (locale: Locale): string =>
  locale === 'vi' ? `/${STATUS_SLUG}/` : `/${locale}/${STATUS_SLUG}/`;
export const STATUS_PATH = statusPath('vi');

export function renderStatusPage(locale: Locale): string {
  const t = (k: DemoKey): string => translate(locale, k);
  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('status-page.title')} — ${t('app.name')}</title>
<link rel="stylesheet" href="/assets/demo.css">
${LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${statusPath(l)}">`)}
<script src="${WIDGETS_SCRIPT}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="site">
  <p class="brand">${t('app.name')}</p>
  <nav class="langs" aria-label="${t('nav.pages')}"><ul><li><a href="${locale === 'vi' ? '/' : `/${locale}/`}">${t('nav.plan')}</a></li><li><a href="${COMMUNE_PATH}" hreflang="vi">${t('nav.commune')}</a></li><li><a href="${statusPath(locale)}" aria-current="page">${t('nav.status')}</a></li><li><a href="${KIOSK_PATH}" hreflang="vi">${t('nav.kiosk')}</a></li></ul></nav>
  <nav class="langs" aria-label="${t('lang.label')}"><ul>${LOCALES.map(
    (l) =>
      html`<li><a href="${statusPath(l)}" hreflang="${l}" lang="${l}" ${l === locale ? new Html('aria-current="page"') : ''}>${translate(l, `lang.${l}` as DemoKey)}</a></li>`,
  )}</ul></nav>
</header>
<main id="main">
  <h1>${t('status-page.title')}</h1>
  <p class="lead">${t('status-page.intro')}</p>
  ${locale === 'km' ? html`<p class="review" data-review="${KHMER_REVIEW.status}">${t('khmer.review')}</p>` : ''}
  <papi-feedback-status id="status" endpoint="${COLLECTOR_URL}"></papi-feedback-status>
  <p>${t('status-page.try')}</p>
</main>
</body>
</html>
`;
  return page.value;
}
