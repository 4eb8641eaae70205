import { t as translate, type DemoKey } from '../i18n/translate.js';
import { html } from '../html.js';
import { pageStart } from '../page.js';
import { COLLECTOR_URL, COMMUNE_UNIT, KIOSK_PATH, WIDGETS_SCRIPT } from './commune-page.js';
import { STATUS_PATH } from './status-page.js';

export { KIOSK_PATH };

/** The counter's tablet: the kiosk alone on the screen, as the one-stop counter of Lai Hòa would show it. */
export function renderKioskPage(): string {
  const t = (k: DemoKey): string => translate('vi', k);
  // heading-level 1: the kiosk's question is the page's heading. dimension d5: the counter is about administrative
  // procedures (PAPI's "Thủ tục hành chính công").
  const page = html`${pageStart({
    lang: 'vi',
    title: t('kiosk-page.title'),
    styles: ['/assets/demo.css'],
    scripts: [WIDGETS_SCRIPT],
    bodyClass: 'kiosk-page',
  })}
<header class="kiosk-bar"><p>${t('kiosk-page.note')} <a href="/">${t('kiosk-page.back')}</a></p></header>
<main id="main" class="kiosk-main">
  <papi-feedback-button id="kiosk" mode="kiosk" heading-level="1" endpoint="${COLLECTOR_URL}" unit="${COMMUNE_UNIT}" dimension="d5" status-url="${STATUS_PATH}"></papi-feedback-button>
</main>
</body>
</html>
`;
  return page.value;
}
