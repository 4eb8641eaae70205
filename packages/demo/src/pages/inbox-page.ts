import { t as translate, type DemoKey } from '../i18n/translate.js';
import { html } from '../html.js';
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
  const page = html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('inbox-page.title')} — ${t('app.name')}</title>
<link rel="stylesheet" href="/assets/demo.css">
<script src="${WIDGETS_SCRIPT}" defer></script>
<script src="/assets/demo-token.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="site">
  <p class="brand">${t('app.name')}</p>
  <nav class="langs" aria-label="${t('nav.pages')}"><ul><li><a href="/">${t('nav.plan')}</a></li><li><a href="${COMMUNE_PATH}">${t('nav.commune')}</a></li><li><a href="${STATUS_PATH}">${t('nav.status')}</a></li><li><a href="${INBOX_PATH}" aria-current="page">${t('nav.inbox')}</a></li><li><a href="${KIOSK_PATH}">${t('nav.kiosk')}</a></li></ul></nav>
</header>
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
