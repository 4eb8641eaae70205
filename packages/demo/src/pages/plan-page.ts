import {
  CERTIFIED_COPY_RULE,
  DIMENSIONS,
  DISCLOSURE_CATEGORIES,
  KHMER_REVIEW,
  PROCEDURES,
  SATISFACTION_LEVELS,
  UNITS,
  VINH_CHAU_PLAN_2023 as plan,
  type Locale,
  type Plan,
  type PlanTask,
  formatDate,
  intlLocale,
  localize,
  unitById,
} from '@papi/core';
import { t as translate, type DemoKey as MessageKey } from '../i18n/translate.js';
import { type Html, html } from '../html.js';
import { sitePageStart } from '../page.js';
import { dashboardPath } from './dashboard-page.js';
import { KIOSK_PATH } from './kiosk-page.js';
import { statusPath } from './status-page.js';
import { INBOX_PATH } from './inbox-page.js';

/** Vietnamese source text inside a page in another language keeps its own lang, for screen readers. */
const vi = (text: string, locale: Locale): Html =>
  locale === 'vi' ? html`${text}` : html`<span lang="vi">${text}</span>`;

const unitName = (id: string, locale: Locale): string => (unitById(id) ? localize(unitById(id)!.name, locale) : id);

function timingText(task: PlanTask, locale: Locale): string {
  const t = task.timing;
  if (t.kind === 'due') return translate(locale, 'timing.due', { date: formatDate(t.due, locale) });
  return translate(locale, t.kind === 'ongoing' ? 'timing.ongoing' : 'timing.per-plan');
}

export const pagePath = (locale: Locale): string => (locale === 'vi' ? '/' : `/${locale}/`);

function appendixTable(p: Plan, locale: Locale, t: (k: MessageKey) => string): Html {
  const groups = p.groups ?? [];
  const rows = groups.map((g) => {
    const tasks = p.tasks.filter((task) => task.group === g.id);
    return html`<tbody>
      <tr class="group"><th scope="rowgroup" colspan="6">${g.number}. ${vi(localize(g.title, 'vi'), locale)}${
        g.intro ? html`<br><span class="intro">${vi(localize(g.intro, 'vi'), locale)}</span>` : ''
      }</th></tr>
      ${tasks.map(
        (task) => html`<tr id="task-${task.id}">
          <td>${task.number ?? '—'}</td>
          <td>${vi(localize(task.activity, 'vi'), locale)}</td>
          <td><ul class="units">${task.lead.map((u) => html`<li>${unitName(u, locale)}</li>`)}</ul></td>
          <td><ul class="units">${task.partners.map((u) => html`<li>${unitName(u, locale)}</li>`)}</ul></td>
          <td>${timingText(task, locale)}</td>
          <td>${task.dimensions.map((d) => html`<span class="dim">${d.toUpperCase()}</span> `)}</td>
        </tr>`,
      )}
    </tbody>`;
  });
  return html`<table class="appendix" aria-labelledby="appendix">
    <thead><tr><th scope="col">${t('col.number')}</th><th scope="col">${t('col.activity')}</th><th scope="col">${t('col.lead')}</th><th scope="col">${t('col.partners')}</th><th scope="col">${t('col.timing')}</th><th scope="col">${t('col.dimensions')}</th></tr></thead>
    ${rows}
  </table>`;
}

function unitsTable(locale: Locale, t: (k: MessageKey) => string): Html {
  const communes = UNITS.filter((u) => u.generation === '2023' && (u.kind === 'ward' || u.kind === 'commune'));
  return html`<table class="units-map">
    <caption>${t('units.title')}</caption>
    <thead><tr><th scope="col">${t('col.unit-2023')}</th><th scope="col">${t('col.unit-2025')}</th></tr></thead>
    <tbody>${communes.map(
      (u) =>
        html`<tr><th scope="row">${localize(u.name, locale)}</th><td>${u.successor ? unitName(u.successor, locale) : '—'}</td></tr>`,
    )}</tbody>
  </table>`;
}

function proceduresTable(locale: Locale, t: (k: MessageKey) => string): Html {
  const online = (p: (typeof PROCEDURES)[number]): string =>
    p.onlineLevel
      ? translate(locale, `procedures.online.${p.onlineLevel}` as MessageKey) +
        (p.unconfirmed?.includes('onlineLevel') ? ` (${t('unconfirmed')})` : '')
      : '—';
  return html`<table class="procedures">
    <thead><tr><th scope="col">${t('col.name')}</th><th scope="col">${t('col.lists')}</th><th scope="col">${t('col.online')}</th><th scope="col">${t('col.handled-by')}</th><th scope="col">${t('col.time-limit')}</th><th scope="col">${t('col.fee')}</th></tr></thead>
    <tbody>${PROCEDURES.map(
      (p) => html`<tr id="procedure-${p.id}">
        <th scope="row">${localize(p.name, locale)}${p.complete ? '' : html` <span class="badge">${t('procedures.incomplete')}</span>`}</th>
        <td>${Object.entries(p.lists).map(([list, n]) => html`<span class="list">${list === 'qd06-2022' ? 'QĐ 06' : 'CT 24'} #${n}</span> `)}</td>
        <td>${online(p)}</td>
        <td>${p.handledBy ? localize(p.handledBy, locale) : '—'}</td>
        <td>${p.timeLimit ? localize(p.timeLimit, locale) : '—'}</td>
        <td>${p.fee ? localize(p.fee, locale) : '—'}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

function disclosureTable(locale: Locale, t: (k: MessageKey) => string): Html {
  return html`<table class="disclosure">
    <thead><tr><th scope="col">${t('col.category')}</th><th scope="col">${t('col.legal-basis')}</th><th scope="col">${t('col.period')}</th></tr></thead>
    <tbody>${DISCLOSURE_CATEGORIES.map(
      (c) => html`<tr id="disclosure-${c.id}">
        <th scope="row">${localize(c.name, locale)}</th>
        <td><ul>${c.legalBasis.map((b) => html`<li>${vi(b, locale)}</li>`)}</ul></td>
        <td>${translate(locale, 'disclosure.period', { days: c.postingDays })}${c.postingDaysConfirmed ? '' : html`<br><small>${t('disclosure.period-unconfirmed')}</small>`}</td>
      </tr>`,
    )}</tbody>
  </table>`;
}

export function renderPlanPage(locale: Locale): string {
  const t = (k: MessageKey): string => translate(locale, k);
  const title = localize(plan.title, 'vi');
  const reportingTo = plan.reporting ? unitName(plan.reporting.to, locale) : '';
  // "every six months and every year", joined the locale's way (Khmer: និង), so one sentence stays in one language.
  const frequencies = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(
    (plan.reporting?.frequencies ?? []).map((f) => translate(locale, `frequency.${f}`)),
  );
  const countFor = (d: string): number => plan.tasks.filter((task) => task.dimensions.some((x) => x === d)).length;

  const body = html`${sitePageStart({
    locale,
    title: title,
    path: pagePath,
    links: [
      { href: '/xa-lai-hoa/', text: t('nav.commune'), hreflang: 'vi' },
      { href: '/cau-hinh/', text: t('nav.configurator'), hreflang: 'vi' },
      { href: dashboardPath(locale), text: t('nav.dashboard') },
      { href: statusPath(locale), text: t('nav.status') },
      { href: INBOX_PATH, text: t('nav.inbox'), hreflang: 'vi' },
      { href: KIOSK_PATH, text: t('nav.kiosk'), hreflang: 'vi' },
    ],
  })}
<main id="main">
  <h1>${vi(title, locale)}</h1>
  <p class="lead">${t('demo.intro')}</p>
  ${locale === 'km' ? html`<p class="review" data-review="${KHMER_REVIEW.status}">${t('khmer.review')}</p>` : ''}

  <section aria-labelledby="goal">
    <h2 id="goal">${t('plan.goal')}</h2>
    <p>${vi(plan.goal?.objective ?? '', locale)}</p>
    <p><strong>${t('plan.target')}:</strong> ${vi(plan.goal?.target ?? '', locale)}</p>
    <h3>${t('plan.requirements')}</h3>
    <ul>${(plan.requirements ?? []).map((r) => html`<li>${vi(r, locale)}</li>`)}</ul>
    <h3>${t('plan.scope')}</h3>
    <p>${vi(plan.scope?.dimensionsText ?? '', locale)}</p>
    <ul class="inline">${(plan.scope?.units ?? []).map((u) => html`<li>${unitName(u, locale)}</li>`)}</ul>
    <h3>${t('plan.pilots')}</h3>
    <ul>${(plan.pilotPlaces ?? []).map((p) => html`<li>${p.name} (${unitName(p.unit, locale)})</li>`)}</ul>
    <h3>${t('plan.reporting')}</h3>
    <p>${translate(locale, 'plan.reporting-text', { frequencies, to: reportingTo })}</p>
  </section>

  <section aria-labelledby="dimensions">
    <h2 id="dimensions">${t('plan.dimensions')}</h2>
    <ol class="dimensions">${DIMENSIONS.map(
      (d) => html`<li id="${d.id}"><strong>${localize(d.name, locale)}</strong>
        <span class="count">${translate(locale, 'plan.tasks-in-dimension', { count: countFor(d.id) })}</span>
        ${d.subDimensions.length ? html`<ul>${d.subDimensions.map((s) => html`<li>${localize(s.name, locale)}</li>`)}</ul>` : ''}</li>`,
    )}</ol>
  </section>

  <section aria-labelledby="appendix">
    <h2 id="appendix">${t('plan.appendix')}</h2>
    <div class="scroll" tabindex="0" role="group" aria-labelledby="appendix">${appendixTable(plan, locale, t)}</div>
  </section>

  <section aria-labelledby="solutions">
    <h2 id="solutions">${t('plan.solutions')}</h2>
    ${(plan.solutions ?? []).map(
      (s) => html`<details id="solutions-${s.dimension}"><summary>${vi(s.heading, locale)}</summary>
        ${s.sections.map((sec) => html`${sec.heading ? html`<h3>${vi(sec.heading, locale)}</h3>` : ''}${sec.paragraphs.map((p) => html`<p>${vi(p, locale)}</p>`)}`)}
      </details>`,
    )}
  </section>

  <section aria-labelledby="duties">
    <h2 id="duties">${t('plan.duties')}</h2>
    ${(plan.duties ?? []).map(
      (d) =>
        html`<details><summary>${d.number}. ${vi(d.bodyText, locale)}</summary><ul>${d.duties.map((x) => html`<li>${vi(x, locale)}</li>`)}</ul></details>`,
    )}
  </section>

  <section aria-labelledby="units">
    <h2 id="units">${t('units.title')}</h2>
    ${unitsTable(locale, t)}
  </section>

  <section aria-labelledby="procedures">
    <h2 id="procedures">${t('procedures.title')}</h2>
    <p>${localize(CERTIFIED_COPY_RULE.text, locale)}</p>
    <div class="scroll" tabindex="0" role="group" aria-labelledby="procedures">${proceduresTable(locale, t)}</div>
  </section>

  <section aria-labelledby="disclosure">
    <h2 id="disclosure">${t('disclosure.title')}</h2>
    <div class="scroll" tabindex="0" role="group" aria-labelledby="disclosure">${disclosureTable(locale, t)}</div>
  </section>

  <section aria-labelledby="satisfaction">
    <h2 id="satisfaction">${t('satisfaction.title')}</h2>
    <ol class="scale" reversed>${[...SATISFACTION_LEVELS].sort((a, b) => b.value - a.value).map((l) => html`<li value="${l.value}">${localize(l.name, locale)}</li>`)}</ol>
  </section>
</main>
<footer class="site"><p>${t('plan.source')}: ${vi(plan.source ?? '', locale)}</p></footer>
</body>
</html>
`;
  return body.value;
}
