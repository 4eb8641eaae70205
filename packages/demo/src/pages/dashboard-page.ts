import { KHMER_REVIEW, LOCALES, type Locale } from '@papi/core';
import { demoKm } from '../i18n/km.js';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { Html, html } from '../html.js';
import { COLLECTOR_URL, WIDGETS_SCRIPT } from './commune-page.js';
import { sampleNote } from './sample-note.js';

/** The home-affairs office's dashboard: /bang-dieu-khien/ in Vietnamese, /en/… and /km/… in the other languages. */
export const DASHBOARD_SLUG = 'bang-dieu-khien';
export const dashboardPath = (locale: Locale): string =>
  locale === 'vi' ? `/${DASHBOARD_SLUG}/` : `/${locale}/${DASHBOARD_SLUG}/`;
export const DASHBOARD_PATH = dashboardPath('vi');

export function renderDashboardPage(locale: Locale): string {
  const t = (k: DemoKey): string => translate(locale, k);
  /** Text that has no Khmer yet is shown in Vietnamese, marked as such for screen readers. */
  const x = (k: DemoKey): Html | string =>
    locale === 'km' && !(k in demoKm) ? html`<span lang="vi">${t(k)}</span>` : t(k);
  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('dashboard.title')} — ${t('app.name')}</title>
<link rel="stylesheet" href="/assets/demo.css">
${LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${dashboardPath(l)}">`)}
<script src="${WIDGETS_SCRIPT}" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="site">
  <p class="brand">${t('app.name')}</p>
  <nav class="langs" aria-label="${t('nav.pages')}"><ul><li><a href="${locale === 'vi' ? '/' : `/${locale}/`}">${x('nav.plan')}</a></li><li><a href="/xa-lai-hoa/" hreflang="vi">${x('nav.commune')}</a></li><li><a href="/cau-hinh/" hreflang="vi">${x('nav.configurator')}</a></li><li><a href="${dashboardPath(locale)}" aria-current="page">${x('nav.dashboard')}</a></li></ul></nav>
  <nav class="langs" aria-label="${t('lang.label')}"><ul>${LOCALES.map(
    (l) =>
      html`<li><a href="${dashboardPath(l)}" hreflang="${l}" lang="${l}" ${l === locale ? new Html('aria-current="page"') : ''}>${translate(l, `lang.${l}` as DemoKey)}</a></li>`,
  )}</ul></nav>
</header>
<main id="main">
  <h1>${x('dashboard.title')}</h1>
  <p class="lead">${x('dashboard.intro')}</p>
  ${locale === 'km' ? html`<p class="review" data-review="${KHMER_REVIEW.status}">${t('khmer.review')}</p>` : ''}
  ${sampleNote(locale)}
  <papi-feedback-summary id="summary" endpoint="${COLLECTOR_URL}"></papi-feedback-summary>
  <p>${x('dashboard.note')}</p>
</main>
</body>
</html>
`;
  return page.value;
}
