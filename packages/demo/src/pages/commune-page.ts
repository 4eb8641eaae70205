import { type DisclosureRegister, todayIso, addDays, validateDisclosureRegister } from '@papi/core';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { Html, html } from '../html.js';
import { pageStart } from '../page.js';
import { sampleNote } from './sample-note.js';

/** Where the widgets and the collector are, as a commune portal would write them. */
export const WIDGETS_SCRIPT = '/widgets/papi-widgets.js';
/**
 * The collector: `pnpm start` answers its API on the demo's own origin (the pages' CSP allows no other), so the
 * widgets take the site's base URL and add api/reports and api/feedback.
 */
export const COLLECTOR_URL = '/';
export const COMMUNE_PATH = '/xa-lai-hoa/';
export const COMMUNE_UNIT = 'xa-lai-hoa-2025';
/** The counter's kiosk page (kiosk-page.ts), a tablet at this commune's one-stop counter. */
export const KIOSK_PATH = '/quay-mot-cua/';

/** JSON placed inside a <script type="application/json">: `<` is escaped so that no text can end the script. */
export function scriptJson(value: unknown): Html {
  return new Html(JSON.stringify(value, null, 2).replace(/</g, '\\u003c'));
}

/** An example register for the current half-year, dated from the build day so that the badges show live statuses. */
export function exampleRegister(today: string = todayIso()): DisclosureRegister {
  const half = Number(today.slice(5, 7)) <= 6 ? ['01-01', '06-30'] : ['07-01', '12-31'];
  const year = today.slice(0, 4);
  const register: DisclosureRegister = {
    unit: COMMUNE_UNIT,
    period: { from: `${year}-${half[0]}`, to: `${year}-${half[1]}` },
    entries: [
      {
        category: 'ho-ngheo',
        title: `Danh sách hộ nghèo, hộ cận nghèo năm ${year} (kết quả rà soát)`,
        posted: addDays(today, -11),
        href: '/plans/vinh-chau-papi-2023.json',
        location: 'Nhà văn hóa ấp Lai Hòa',
      },
      {
        category: 'ngan-sach-xa',
        title: `Công khai tình hình thực hiện dự toán ngân sách xã quý III năm ${year}`,
        posted: addDays(today, -40),
        location: 'Trụ sở UBND xã Lai Hòa',
      },
      {
        category: 'quy-hoach-su-dung-dat',
        title: `Kế hoạch sử dụng đất năm ${Number(year) + 1} (dự thảo lấy ý kiến)`,
        posted: addDays(today, 3),
        location: 'Trụ sở UBND xã và nhà văn hóa các ấp',
      },
    ].filter((e) => e.posted >= `${year}-${half[0]}`),
  };
  const check = validateDisclosureRegister(register);
  if (!check.ok) throw new Error(`example register: ${JSON.stringify(check.issues)}`);
  return register;
}

export function renderCommunePage(today: string = todayIso()): string {
  const t = (k: DemoKey): string => translate('vi', k);
  const register = exampleRegister(today);
  const page = html`${pageStart({
    lang: 'vi',
    title: t('commune.title'),
    styles: ['/assets/cms.css'],
    scripts: [WIDGETS_SCRIPT, '/assets/demo-token.js'],
    bodyClass: 'cms-body',
  })}
<a class="skip" href="#main">${t('nav.skip')}</a>
<header class="cms-header">
  <div class="cms-banner">
    <p class="cms-site-name">${t('commune.title')}</p>
    <p class="cms-site-sub">${t('commune.subtitle')}</p>
  </div>
  <nav aria-label="${t('commune.menu')}" class="cms-menu">
    <ul>
      <li><a href="${COMMUNE_PATH}" aria-current="page">${t('commune.menu.home')}</a></li>
      <li><a href="#tin-tuc">${t('commune.menu.news')}</a></li>
      <li><a href="#cong-khai">${t('commune.menu.disclosure')}</a></li>
      <li><a href="/">${t('nav.plan')}</a></li>
      <li><a href="/cau-hinh/">${t('nav.configurator')}</a></li>
      <li><a href="/bang-dieu-khien/">${t('nav.dashboard')}</a></li>
      <li><a href="/tra-cuu-gop-y/">${t('nav.status')}</a></li>
      <li><a href="/quay-mot-cua/">${t('nav.kiosk')}</a></li>
      <li><a href="/hop-thu-gop-y/">${t('nav.inbox')}</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="cms-main">
  <h1>${t('commune.title')}</h1>
  <p class="cms-note">${t('commune.demo-note')}</p>
  ${sampleNote('vi', 'cms-note')}
  <div class="cms-row">
    <section class="cms-col" aria-labelledby="tin-tuc">
      <h2 id="tin-tuc">${t('commune.news.title')}</h2>
      <div class="cms-news"><ul><li><a href="#tin-tuc">${t('commune.news.1')}</a></li><li><a href="#cong-khai">${t('commune.news.2')}</a></li></ul></div>
    </section>
    <section class="cms-col" aria-labelledby="gop-y">
      <h2 id="gop-y">${t('commune.feedback.title')}</h2>
      <p>${t('commune.feedback.intro')}</p>
      <div class="cms-widget"><papi-feedback-button id="feedback" endpoint="${COLLECTOR_URL}" unit="${COMMUNE_UNIT}" service="khai-sinh" status-url="/tra-cuu-gop-y/"></papi-feedback-button></div>
    </section>
  </div>

  <section aria-labelledby="nhiem-vu">
    <h2 id="nhiem-vu">${t('commune.checklist.title')}</h2>
    <p>${t('commune.checklist.intro')}</p>
    <div class="cms-widget"><papi-checklist id="checklist-unit" unit="${COMMUNE_UNIT}" endpoint="${COLLECTOR_URL}" heading-level="3"></papi-checklist></div>
  </section>

  <section aria-labelledby="cong-khai">
    <h2 id="cong-khai">${t('commune.register.title')}</h2>
    <div class="cms-widget"><papi-disclosure-register id="register" heading-level="3"><script type="application/json">${scriptJson(register)}</script></papi-disclosure-register></div>
    <h3>${t('commune.badges.title')}</h3>
    <ul class="cms-badges">
      ${register.entries.map(
        (e) =>
          html`<li><papi-disclosure-badge category="${e.category}" posted="${e.posted}" ${e.href ? html`href="${e.href}"` : ''} ${e.location ? html`location="${e.location}"` : ''}></papi-disclosure-badge></li>`,
      )}
    </ul>
  </section>

  <section aria-labelledby="tu-danh-gia">
    <h2 id="tu-danh-gia">${t('commune.assess.title')}</h2>
    <p>${t('commune.assess.intro')}</p>
    <div class="cms-note demo-token" id="demo-token-box" data-unit="${COMMUNE_UNIT}" data-unavailable="${t('commune.token.unavailable')}" data-copied="${t('commune.token.copied')}" data-copy-failed="${t('commune.token.copy-failed')}">
      <h3>${t('commune.token.title')}</h3>
      <p>${t('commune.token.intro')}</p>
      <p>${t('commune.token.label')} <code id="demo-token">${t('commune.token.loading')}</code> <button type="button" id="demo-token-copy" hidden>${t('commune.token.copy')}</button> <span id="demo-token-status" role="status"></span></p>
    </div>
    <div class="cms-widget"><papi-checklist id="self-assessment" mode="self-assessment" unit="${COMMUNE_UNIT}" endpoint="${COLLECTOR_URL}" heading-level="3"></papi-checklist></div>
  </section>

  <section aria-labelledby="toan-bo">
    <h2 id="toan-bo">${t('commune.all.title')}</h2>
    <div class="cms-widget"><papi-checklist id="checklist-all" heading-level="3"></papi-checklist></div>
  </section>
</main>
<footer class="cms-footer"><p>${t('commune.footer')}</p></footer>
</body>
</html>
`;
  return page.value;
}
