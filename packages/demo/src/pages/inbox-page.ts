import { t as translate, type DemoKey } from '../i18n/translate.js';
import { html } from '../html.js';
import { sitePageStart } from '../page.js';
import { COLLECTOR_URL, COMMUNE_PATH, COMMUNE_UNIT, KIOSK_PATH, WIDGETS_SCRIPT } from './commune-page.js';
import { STATUS_PATH } from './status-page.js';

/**
 * The commune's feedback inbox (#13): a page of Lai Hòa's own intranet, where its officer reads and answers the
 * residents' feedback. Vietnamese only, as a commune's staff pages are. The demo shows its trial token beside it
 * (demo-token.js), where a real unit's officer would type the token the home-affairs office issued.
 */
export const INBOX_PATH = '/hop-thu-gop-y/';

export function renderInboxPage(): string {
  const t = (k: DemoKey): string => translate('vi', k);
  const page = html`${sitePageStart({
    locale: 'vi',
    title: t('inbox-page.title'),
    scripts: [WIDGETS_SCRIPT, '/assets/demo-token.js'],
    links: [
      { href: '/', text: t('nav.plan') },
      { href: COMMUNE_PATH, text: t('nav.commune') },
      { href: STATUS_PATH, text: t('nav.status') },
      { href: INBOX_PATH, text: t('nav.inbox'), current: true },
      { href: KIOSK_PATH, text: t('nav.kiosk') },
    ],
  })}
<main id="main">
  <h1>${t('inbox-page.title')}</h1>
  <p class="lead">${t('inbox-page.intro')}</p>
  <section class="review demo-token" id="demo-token-box" aria-labelledby="token-title" data-unit="${COMMUNE_UNIT}" data-unavailable="${t('commune.token.unavailable')}" data-copied="${t('commune.token.copied')}" data-copy-failed="${t('commune.token.copy-failed')}">
    <h2 id="token-title">${t('inbox-page.token.title')}</h2>
    <p>${t('inbox-page.token.real')} <code>pnpm --silent collector token ${COMMUNE_UNIT}</code></p>
    <p>${t('inbox-page.token.demo')}</p>
    <p>${t('commune.token.label')} <code id="demo-token">${t('commune.token.loading')}</code> <button type="button" id="demo-token-copy" hidden>${t('commune.token.copy')}</button> <span id="demo-token-status" role="status"></span></p>
  </section>
  <papi-feedback-inbox id="inbox" unit="${COMMUNE_UNIT}" endpoint="${COLLECTOR_URL}"></papi-feedback-inbox>
  <p>${t('inbox-page.resident')} <a href="${STATUS_PATH}">${t('nav.status')}</a></p>
</main>
</body>
</html>
`;
  return page.value;
}
