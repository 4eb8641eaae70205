import { KHMER_REVIEW, type Locale } from '@papi/core';
import { demoKm } from '../i18n/km.js';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { type Html, html } from '../html.js';
import { sitePageStart } from '../page.js';
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
  const page = html`${sitePageStart({
    locale,
    title: t('dashboard.title'),
    path: dashboardPath,
    scripts: [WIDGETS_SCRIPT],
    links: [
      { href: locale === 'vi' ? '/' : `/${locale}/`, text: x('nav.plan') },
      { href: '/xa-lai-hoa/', text: x('nav.commune'), hreflang: 'vi' },
      { href: '/cau-hinh/', text: x('nav.configurator'), hreflang: 'vi' },
      { href: dashboardPath(locale), text: x('nav.dashboard'), current: true },
    ],
  })}
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
