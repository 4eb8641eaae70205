import { DIMENSIONS, DISCLOSURE_CATEGORIES, UNITS, localize, todayIso } from '@papi/core';
import { t as translate, type DemoKey } from '../i18n/translate.js';
import { Html, html } from '../html.js';
import { sitePageStart } from '../page.js';
import { COLLECTOR_URL, COMMUNE_UNIT, WIDGETS_SCRIPT, exampleRegister } from './commune-page.js';

export const CONFIGURATOR_PATH = '/cau-hinh/';

type Field =
  | {
      attr: string;
      kind: 'text' | 'url' | 'date' | 'number';
      value?: string;
      placeholder?: string;
      /** Suggestions (value, label): the editor picks one or types another value. */
      list?: readonly (readonly [string, string])[];
    }
  | { attr: string; kind: 'select'; options: readonly (readonly [string, string])[]; value?: string }
  | { attr: 'json'; kind: 'json'; value: string };

/** The elements an editor may configure and the attributes the form offers for each. */
function elements(t: (k: DemoKey) => string): Record<string, readonly Field[]> {
  const any = ['', t('config.attr.any')] as const;
  const units = UNITS.filter((u) => u.kind === 'ward' || u.kind === 'commune' || u.kind === 'town-office')
    .sort((a, b) => Number(b.generation) - Number(a.generation))
    .map((u) => [u.id, `${localize(u.name, 'vi')}${u.generation === '2023' ? ' (2023)' : ''}`] as const);
  const langs = [any, ['vi', 'Tiếng Việt'], ['en', 'English'], ['km', 'ភាសាខ្មែរ']] as const;
  const categories = DISCLOSURE_CATEGORIES.map((c) => [c.id, localize(c.name, 'vi')] as const);
  const today = todayIso();
  return {
    'papi-checklist': [
      // A registry unit from the list, or another commune's id typed, with its name in unit-name.
      { attr: 'unit', kind: 'text', list: units, value: COMMUNE_UNIT },
      { attr: 'unit-name', kind: 'text', placeholder: 'Phường An Bình' },
      {
        attr: 'mode',
        kind: 'select',
        options: [
          ['', t('config.attr.mode.view')],
          ['self-assessment', t('config.attr.mode.self-assessment')],
        ],
      },
      { attr: 'endpoint', kind: 'url', placeholder: 'https://thu-nhan.example.gov.vn' },
      { attr: 'period', kind: 'text', placeholder: '2026-H2' },
      { attr: 'src', kind: 'url', placeholder: '/plans/vinh-chau-papi-2023.json' },
      { attr: 'today', kind: 'date' },
      { attr: 'heading-level', kind: 'number', placeholder: '2' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    'papi-disclosure-register': [
      { attr: 'json', kind: 'json', value: JSON.stringify(exampleRegister(today), null, 2) },
      { attr: 'src', kind: 'url' },
      { attr: 'today', kind: 'date' },
      { attr: 'heading-level', kind: 'number', placeholder: '2' },
      {
        attr: 'no-jsonld',
        kind: 'select',
        options: [
          ['', t('config.attr.no-jsonld.off')],
          ['true', t('config.attr.no-jsonld.on')],
        ],
      },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    'papi-disclosure-badge': [
      { attr: 'category', kind: 'select', options: categories, value: 'ho-ngheo' },
      { attr: 'posted', kind: 'date', value: today },
      { attr: 'removed', kind: 'date' },
      { attr: 'href', kind: 'url', placeholder: 'https://…/van-ban.pdf' },
      { attr: 'location', kind: 'text', value: 'Nhà văn hóa ấp Lai Hòa' },
      { attr: 'days', kind: 'number', placeholder: '30' },
      { attr: 'today', kind: 'date' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    'papi-feedback-button': [
      { attr: 'endpoint', kind: 'url', value: COLLECTOR_URL },
      { attr: 'unit', kind: 'text', list: units, value: COMMUNE_UNIT },
      { attr: 'unit-name', kind: 'text', placeholder: 'Phường An Bình' },
      {
        attr: 'dimension',
        kind: 'select',
        options: [any, ...DIMENSIONS.map((d) => [d.id, `${d.number}. ${localize(d.name, 'vi')}`] as const)],
      },
      { attr: 'service', kind: 'text', placeholder: 'khai-sinh' },
      { attr: 'label', kind: 'text' },
      { attr: 'status-url', kind: 'url', placeholder: '/tra-cuu-gop-y/' },
      {
        attr: 'mode',
        kind: 'select',
        options: [
          ['', t('config.attr.mode.button')],
          ['kiosk', t('config.attr.mode.kiosk')],
        ],
      },
      { attr: 'reset-after', kind: 'number', placeholder: '10' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    'papi-feedback-status': [
      { attr: 'endpoint', kind: 'url', value: COLLECTOR_URL },
      { attr: 'code', kind: 'text', placeholder: 'K7MQ-3XPD' },
      { attr: 'heading-level', kind: 'number', placeholder: '2' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    // The unit's inbox goes on the commune's intranet page: its officer types the unit's token there, never in the page.
    'papi-feedback-inbox': [
      { attr: 'unit', kind: 'text', list: units, value: COMMUNE_UNIT },
      { attr: 'unit-name', kind: 'text', placeholder: 'Phường An Bình' },
      { attr: 'endpoint', kind: 'url', value: COLLECTOR_URL },
      { attr: 'heading-level', kind: 'number', placeholder: '2' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
    'papi-feedback-summary': [
      { attr: 'endpoint', kind: 'url', value: COLLECTOR_URL },
      { attr: 'src', kind: 'url', placeholder: 'https://thu-nhan.example.gov.vn/api/stats' },
      { attr: 'refresh', kind: 'number', placeholder: '60' },
      { attr: 'lang', kind: 'select', options: langs },
    ],
  };
}

function field(tag: string, f: Field, t: (k: DemoKey) => string): Html {
  const id = `${tag}-${f.attr}`;
  const label = html`<label for="${id}">${t(`config.attr.${f.attr}` as DemoKey)}</label>`;
  if (f.kind === 'json')
    return html`<div class="field wide">${label}<textarea id="${id}" data-json rows="10" spellcheck="false">${f.value}</textarea></div>`;
  if (f.kind === 'select') {
    return html`<div class="field">${label}<select id="${id}" data-attr="${f.attr}">${f.options.map(
      ([value, text]) =>
        html`<option value="${value}" ${value === (f.value ?? '') ? new Html('selected') : ''}>${text}</option>`,
    )}</select></div>`;
  }
  if (f.list) {
    return html`<div class="field">${label}<input id="${id}" data-attr="${f.attr}" type="${f.kind}" value="${f.value ?? ''}" list="${id}-list" autocomplete="off" spellcheck="false"><datalist id="${id}-list">${f.list.map(
      ([value, text]) => html`<option value="${value}">${text}</option>`,
    )}</datalist></div>`;
  }
  return html`<div class="field">${label}<input id="${id}" data-attr="${f.attr}" type="${f.kind}" value="${f.value ?? ''}" placeholder="${f.placeholder ?? ''}"></div>`;
}

export function renderConfiguratorPage(): string {
  const t = (k: DemoKey): string => translate('vi', k);
  const all = elements(t);
  const page = html`${sitePageStart({
    locale: 'vi',
    title: t('config.title'),
    styles: ['/assets/configurator.css'],
    scripts: [WIDGETS_SCRIPT, '/assets/configurator.js'],
    navLabel: t('commune.menu'),
    links: [
      { href: '/', text: t('nav.plan') },
      { href: '/xa-lai-hoa/', text: t('nav.commune') },
      { href: CONFIGURATOR_PATH, text: t('nav.configurator'), current: true },
      { href: '/bang-dieu-khien/', text: t('nav.dashboard') },
      { href: '/tra-cuu-gop-y/', text: t('nav.status') },
      { href: '/quay-mot-cua/', text: t('nav.kiosk') },
    ],
  })}
<main id="main">
  <h1>${t('config.title')}</h1>
  <p class="lead">${t('config.intro')}</p>
  <form id="configurator" class="configurator" data-script="${WIDGETS_SCRIPT}">
    <div class="field">
      <label for="element">${t('config.element')}</label>
      <select id="element" name="element">${Object.keys(all).map((tag) => html`<option value="${tag}">${t(`config.el.${tag}` as DemoKey)} &lt;${tag}&gt;</option>`)}</select>
    </div>
    ${Object.entries(all).map(
      ([tag, fields], i) => html`<fieldset data-element="${tag}" ${i === 0 ? '' : new Html('hidden disabled')}>
        <legend>${t('config.attributes')}: &lt;${tag}&gt;</legend>
        <div class="fields">${fields.map((f) => field(tag, f, t))}</div>
      </fieldset>`,
    )}
  </form>
  <section>
    <h2 id="preview-title">${t('config.preview')}</h2>
    <div id="preview" class="preview" tabindex="0" role="region" aria-labelledby="preview-title"></div>
  </section>
  <section aria-labelledby="snippet-title">
    <h2 id="snippet-title">${t('config.snippet')}</h2>
    <p>${t('config.script-note')}</p>
    <p>${t('config.endpoint-note')}</p>
    <p>${t('config.unit-note')}</p>
    <textarea id="snippet" class="snippet" rows="8" readonly spellcheck="false" aria-labelledby="snippet-title"></textarea>
    <p><button type="button" id="copy" data-copied="${t('config.copied')}" data-manual="${t('config.copy-manual')}">${t('config.copy')}</button></p>
    <p id="copy-status" role="status"></p>
  </section>
</main>
</body>
</html>
`;
  return page.value;
}
