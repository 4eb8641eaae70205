import { KHMER_REVIEW, type Locale } from '@papi/core';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { html } from '../html.js';
import { sitePageStart } from '../page.js';
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
  const page = html`${sitePageStart({
    locale,
    title: t('status-page.title'),
    path: statusPath,
    scripts: [WIDGETS_SCRIPT],
    links: [
      { href: locale === 'vi' ? '/' : `/${locale}/`, text: t('nav.plan') },
      { href: COMMUNE_PATH, text: t('nav.commune'), hreflang: 'vi' },
      { href: statusPath(locale), text: t('nav.status'), current: true },
      { href: KIOSK_PATH, text: t('nav.kiosk'), hreflang: 'vi' },
    ],
  })}
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
