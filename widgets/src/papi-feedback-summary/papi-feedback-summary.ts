import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  type Accountability,
  DIMENSION_FACTS,
  compareAccountability,
  type Locale,
  type ProgressCount,
  SATISFACTION_LEVELS,
  formatDate,
  intlLocale,
  localize,
  preview,
  unitById,
} from '@papi/core';
import { summaryText as t } from '../i18n/translate.js';
import { DataController, endpointExample } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { editorsLang, renderDataError } from '../shared/error-view.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { baseStyles } from '../shared/styles.js';
import { summaryStyles } from './papi-feedback-summary.styles.js';
import { type Satisfaction, type Stats, type UnitProgress, statsUrl, validateStats } from './stats.js';

export { statsUrl, validateStats } from './stats.js';
export type { Stats } from './stats.js';

export interface SummaryLoadedDetail {
  asOf: string;
  feedback: number;
  reports: number;
  /** The unit whose self-assessment is furthest behind (lowest share of tasks done), when another unit is ahead of it. */
  behind: string | null;
  /** The unit furthest behind on answering its residents' feedback, when another unit does better. */
  slowest: string | null;
}

type AnswerRow = { unit: string; accountability: Accountability };

interface Bar {
  label: string;
  value: number;
  text: string;
  mark?: string | undefined;
}

const ROW = 62;
/** The height of a chart label's second line. */
const LINE = 18;
const percent = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(value);
const interpolateNumber = (n: number, locale: Locale): string => new Intl.NumberFormat(intlLocale(locale)).format(n);
/** About how many characters of a chart label fit on one line of an SVG text this wide (labels cannot wrap there). */
const charsFor = (width: number): number => Math.max(28, Math.floor(width / 8.5));
const short = (text: string, chars: number): string =>
  text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text;
/** A label as one line, or as two broken at a space, the second cut only if it is still too long. */
export function labelLines(text: string, chars: number): string[] {
  if (text.length <= chars) return [text];
  const cut = text.lastIndexOf(' ', chars);
  if (cut <= 0) return [short(text, chars)];
  return [text.slice(0, cut), short(text.slice(cut + 1), chars)];
}

/**
 * The feedback given without a PAPI dimension (a service preset, or none chosen), as one more row, so that the rows
 * add up to the total: none when every rating names a dimension.
 */
function withoutDimension(
  total: Satisfaction,
  dims: readonly Satisfaction[],
  label: string,
): (Satisfaction & { label: string })[] {
  const sum = (pick: (s: Satisfaction) => number): number => dims.reduce((n, d) => n + pick(d), 0);
  const count = total.count - sum((d) => d.count);
  if (count <= 0) return [];
  const satisfied = total.satisfied - sum((d) => d.satisfied);
  const distribution = Object.fromEntries(
    Object.keys(total.distribution).map((k) => [
      k,
      total.distribution[k as keyof Satisfaction['distribution']] -
        sum((d) => d.distribution[k as keyof Satisfaction['distribution']]),
    ]),
  ) as Satisfaction['distribution'];
  return [{ count, satisfied, shareSatisfied: Math.round((satisfied / count) * 10_000) / 10_000, distribution, label }];
}

/** Lowest share first (rows without a rating last); among equal shares, the most ratings first. */
const bySatisfaction = <T extends Satisfaction>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.shareSatisfied ?? 2) - (b.shareSatisfied ?? 2) || b.count - a.count);
/** Least done first, then most overdue. */
const byProgress = (rows: readonly UnitProgress[]): UnitProgress[] =>
  [...rows].sort((a, b) => a.overall.ratio - b.overall.ratio || b.overall.overdue - a.overall.overdue);
/**
 * The units with feedback to answer (with a receipt code), furthest behind first by core's rule, and the first of
 * them when another unit does better; none among equals.
 */
function byAnswers(stats: Stats): { rows: AnswerRow[]; slowest: AnswerRow | undefined } {
  const rows = stats.feedback.byUnit
    .filter((u): u is typeof u & AnswerRow => (u.accountability?.feedback ?? 0) > 0)
    .sort((a, b) => compareAccountability(a.accountability, b.accountability) || (a.unit < b.unit ? -1 : 1));
  const first = rows[0];
  const slowest =
    first && rows.some((r) => compareAccountability(first.accountability, r.accountability) < 0) ? first : undefined;
  return { rows, slowest };
}

/** The first of the sorted rows when another unit has done a larger share of its tasks; none among equals. */
const behindOf = (rows: readonly UnitProgress[]): UnitProgress | undefined =>
  rows.length > 1 && rows.some((r) => r.overall.ratio > rows[0]!.overall.ratio) ? rows[0] : undefined;

/**
 * For the town's home-affairs office (Phòng Nội vụ): residents' satisfaction per unit and per PAPI dimension, the
 * 5-level distribution, how each unit answers its feedback (share answered, median days to answer, overdue: PAPI's
 * accountability), and each unit's self-assessment progress overall and per dimension, read from the collector's
 * public statistics (GET /api/stats). Charts are SVG with a text alternative and the values written out; a button
 * switches every chart to a data table. The unit that is behind comes first and is marked in words, not by colour alone.
 * When the collector answers 429 or 503 with Retry-After, it says so and loads again after that wait, not before.
 * Units are named as the units registry names them, or, for another commune's or ward's, by the names the statistics
 * carry (the collector's PAPI_UNITS).
 *
 * @summary The collector's statistics as accessible charts and tables, for Phòng Nội vụ.
 * @tagname papi-feedback-summary
 * @attr endpoint - The collector: its base URL ("/" for the portal's own origin, "https://gopy.example.gov.vn") or its /api/ address; api/stats is added.
 * @attr src - The full URL of the statistics (the collector's GET /api/stats answer, schema 1); takes precedence over endpoint. Without either, a child &lt;script type="application/json"&gt; is used.
 * @attr refresh - Reloads the statistics every so many seconds (at least 10; none by default).
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-summary-loaded - The statistics were loaded and checked; detail: { asOf, feedback, reports, behind, slowest } (behind: the unit id furthest behind in self-assessment, or null; slowest: the unit furthest behind on answering its feedback, or null).
 * @csspart summary - The whole summary.
 * @csspart title - The summary's title.
 * @csspart toggle - The button that switches the charts to tables and back.
 * @csspart section - Each section (distribution, by unit, by dimension, answers, progress, grid).
 * @csspart chart - Each chart (an SVG image that shows its values as text too).
 * @csspart table - Each data table.
 * @csspart behind - The words that mark the unit that is behind or lowest.
 * @csspart error - The explanation shown when the statistics are unreachable or invalid.
 * @csspart busy - The line saying that the figures shown could not be refreshed yet (the collector asked to wait).
 * @cssprop --papi-accent - Colour of the bars.
 * @cssprop --papi-bad - Colour of the unit that is behind (always also named in words) and of errors.
 * @cssprop --papi-border - Border and bar-track colour.
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-radius - Corner radius.
 */
export class PapiFeedbackSummary extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, summaryStyles];
  static override properties = {
    src: { type: String },
    endpoint: { type: String },
    refresh: { type: Number },
    tables: { state: true, attribute: false },
    labelChars: { state: true, attribute: false },
  };

  declare src: string | undefined;
  declare endpoint: string | undefined;
  declare refresh: number | undefined;
  declare private tables: boolean;
  declare private labelChars: number;

  private readonly i18n = new LocaleController(this, { strings: ELEMENT_STRINGS['papi-feedback-summary'] });

  /** The first render waits for the strings of the element's locale. */
  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private readonly data = new DataController<Stats>(this, {
    src: () => statsUrl(this.src, this.endpoint),
    validate: validateStats,
    cache: 'no-cache',
  });
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastReady: Stats | undefined;
  // Chart labels are cut to the width they have, so a wide screen shows whole names.
  private readonly resize =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(([entry]) => {
          if (entry) this.labelChars = charsFor(entry.contentRect.width);
        });

  constructor() {
    super();
    this.tables = false;
    this.labelChars = charsFor(340);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
    this.resize?.disconnect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedule();
    this.resize?.observe(this);
  }

  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const seconds = Number(this.refresh);
    if (this.isConnected && Number.isFinite(seconds) && seconds > 0)
      this.timer = setInterval(() => this.data.reload(), Math.max(10, seconds) * 1000);
  }

  /** A unit's name: the registry's, else the one the collector was configured with (PAPI_UNITS), else its id. */
  private unitName(id: string, stats: Stats): string {
    const unit = unitById(id) ?? stats.units?.find((u) => u.id === id);
    return unit ? localize(unit.name, this.i18n.locale) : id;
  }

  override render(): TemplateResult {
    const locale = this.i18n.locale;
    const state = this.data.state;
    const endpoint = this.endpoint?.trim();
    if (!this.src?.trim() && endpoint && !statsUrl(undefined, endpoint)) {
      return html`<div class="error" role="alert" part="error">
        <strong>${t(locale, 'error.title')}</strong>
        <p lang=${editorsLang(locale)}>${t(locale, 'summary.bad-endpoint', { value: preview(endpoint), example: endpointExample(endpoint) })}</p>
      </div>`;
    }
    // The server asked for a pause (429/503 with Retry-After) during a refresh: the last figures stay, with a word on why
    // they are not refreshed and when they will be. The controller waits for it before loading again.
    const busy = state.status === 'error' && state.kind === 'busy' ? state : undefined;
    if (state.status === 'error' && !(busy && this.lastReady))
      return renderDataError(state, locale, () => this.data.reload());
    if (state.status === 'loading') return html`<p role="status">${t(locale, 'loading')}</p>`;
    const stats = state.status === 'ready' ? state.value : this.lastReady!;
    const total = stats.feedback.total;
    return html`<section class="summary" part="summary" aria-labelledby="title">
      <h2 id="title" part="title">${t(locale, 'summary.title')}</h2>
      <p class="meta">${t(locale, 'summary.intro', { date: formatDate(stats.asOf, locale) })}</p>
      <p class="meta busy" role="status" part="busy">${busy ? t(locale, 'summary.busy', { seconds: Number(busy.detail) || 1 }) : nothing}</p>
      <p class="meta">
        ${
          total.count
            ? t(locale, 'summary.total', { count: total.count, share: percent(total.shareSatisfied ?? 0, locale) })
            : t(locale, 'summary.no-feedback')
        }
        · ${t(locale, 'summary.reports', { count: stats.selfAssessment.length })}
      </p>
      <button type="button" part="toggle" aria-pressed=${this.tables ? 'true' : 'false'} @click=${() => (this.tables = !this.tables)}>
        ${t(locale, 'summary.show-tables')}
      </button>
      ${total.count ? this.renderFeedback(stats, locale) : nothing}
      ${total.count && stats.feedback.answerRule ? this.renderAnswers(stats, stats.feedback.answerRule.days, locale) : nothing}
      ${stats.selfAssessment.length ? this.renderProgress(stats, locale) : html`<p class="meta">${t(locale, 'summary.no-reports')}</p>`}
    </section>`;
  }

  private renderFeedback(stats: Stats, locale: Locale): TemplateResult {
    const total = stats.feedback.total;
    const units = bySatisfaction(stats.feedback.byUnit);
    // Marked only when some other unit does better: among equals nobody is "lowest".
    const low = units[0]?.shareSatisfied ?? null;
    const lowest = low !== null && units.some((u) => (u.shareSatisfied ?? -1) > low) ? units[0]!.unit : undefined;
    const dims = stats.feedback.byDimension;
    const dimName = (id: string): string => {
      const d = DIMENSION_FACTS.find((x) => x.id === id);
      return d ? `${d.number}. ${localize(d.name, locale)}` : id;
    };
    const satText = (s: Satisfaction): string =>
      s.shareSatisfied === null
        ? t(locale, 'summary.no-rating')
        : t(locale, 'summary.satisfied', {
            share: percent(s.shareSatisfied, locale),
            satisfied: s.satisfied,
            count: s.count,
          });
    const lowestMark = t(locale, 'summary.lowest');
    const section = (
      id: string,
      caption: string,
      rows: readonly (Satisfaction & { label: string; mark?: string | undefined })[],
    ): TemplateResult =>
      html`<div class="part" part="section">
        <h3 id=${id}>${caption}</h3>
        ${
          this.tables
            ? this.satisfactionTable(caption, rows, locale)
            : this.chart(
                caption,
                rows.map((r) => ({ label: r.label, value: r.shareSatisfied ?? 0, text: satText(r), mark: r.mark })),
              )
        }
      </div>`;
    const levels = SATISFACTION_LEVELS.map((l) => ({
      label: localize(l.name, locale),
      n: total.distribution[`${l.value}`],
    }));
    const distCaption = t(locale, 'summary.distribution', { count: total.count });
    return html`
      <div class="part" part="section">
        <h3 id="distribution">${distCaption}</h3>
        ${
          this.tables
            ? html`<div class="scroll" role="region" tabindex="0" aria-labelledby="distribution">
              <table part="table">
                <caption class="visually-hidden">${distCaption}</caption>
                <thead><tr><th scope="col">${t(locale, 'summary.level')}</th><th scope="col">${t(locale, 'summary.count')}</th><th scope="col">${t(locale, 'summary.share')}</th></tr></thead>
                <tbody>${levels.map((l) => html`<tr><th scope="row">${l.label}</th><td>${interpolateNumber(l.n, locale)}</td><td>${percent(l.n / total.count, locale)}</td></tr>`)}</tbody>
              </table>
            </div>`
            : this.chart(
                distCaption,
                levels.map((l) => ({
                  label: l.label,
                  value: l.n / total.count,
                  text: `${interpolateNumber(l.n, locale)} (${percent(l.n / total.count, locale)})`,
                })),
              )
        }
      </div>
      ${section(
        'by-unit',
        t(locale, 'summary.by-unit'),
        units.map((u) => ({
          ...u,
          label: this.unitName(u.unit, stats),
          mark: u.unit === lowest ? lowestMark : undefined,
        })),
      )}
      ${dims.length ? section('by-dimension', t(locale, 'summary.by-dimension'), [...dims.map((d) => ({ ...d, label: dimName(d.dimension) })), ...withoutDimension(total, dims, t(locale, 'summary.no-dimension'))]) : nothing}
    `;
  }

  /** How each unit answers its residents (PAPI dimension 3, accountability): share answered, median days, overdue. */
  private renderAnswers(stats: Stats, days: number, locale: Locale): TemplateResult {
    const { rows, slowest } = byAnswers(stats);
    const caption = t(locale, 'summary.answers');
    const mark = t(locale, 'summary.slowest');
    const share = (a: Accountability): string => percent(a.answeredShare ?? 0, locale);
    const text = (a: Accountability): string =>
      [
        t(locale, 'summary.answered-text', { share: share(a), answered: a.answered, count: a.feedback }),
        ...(a.medianDaysToAnswer === null ? [] : [t(locale, 'summary.median-text', { days: a.medianDaysToAnswer })]),
        ...(a.overdue ? [t(locale, 'summary.overdue-count', { count: a.overdue })] : []),
      ].join(' · ');
    const slowestMark = (r: AnswerRow): TemplateResult | typeof nothing =>
      r === slowest ? html` <strong class="mark" part="behind">(${mark})</strong>` : nothing;
    return html`<div class="part" part="section">
      <h3 id="answers">${caption}</h3>
      <p class="meta">
        ${t(locale, 'summary.answers-rule', { days })}
        ${stats.feedback.answerRule?.confirmed ? nothing : t(locale, 'summary.answers-unconfirmed', { days })}
      </p>
      ${
        rows.length === 0
          ? html`<p class="meta">${t(locale, 'summary.no-answers')}</p>`
          : this.tables
            ? html`<div class="scroll" role="region" tabindex="0" aria-labelledby="answers">
              <table part="table">
                <caption class="visually-hidden">${caption}</caption>
                <thead><tr>
                  <th scope="col">${t(locale, 'summary.unit')}</th><th scope="col">${t(locale, 'summary.with-code')}</th>
                  <th scope="col">${t(locale, 'summary.answered')}</th><th scope="col">${t(locale, 'summary.share-answered')}</th>
                  <th scope="col">${t(locale, 'summary.median')}</th><th scope="col">${t(locale, 'summary.overdue')}</th>
                </tr></thead>
                <tbody>${rows.map(
                  (r) => html`<tr class=${r === slowest ? 'behind' : ''}>
                    <th scope="row">${this.unitName(r.unit, stats)}${slowestMark(r)}</th>
                    <td>${interpolateNumber(r.accountability.feedback, locale)}</td><td>${interpolateNumber(r.accountability.answered, locale)}</td>
                    <td>${share(r.accountability)}</td>
                    <td>${r.accountability.medianDaysToAnswer === null ? '—' : interpolateNumber(r.accountability.medianDaysToAnswer, locale)}</td>
                    <td>${interpolateNumber(r.accountability.overdue, locale)}</td>
                  </tr>`,
                )}</tbody>
              </table>
            </div>`
            : this.chart(
                caption,
                rows.map((r) => ({
                  label: this.unitName(r.unit, stats),
                  value: r.accountability.answeredShare ?? 0,
                  text: text(r.accountability),
                  mark: r === slowest ? mark : undefined,
                })),
              )
      }
    </div>`;
  }

  private renderProgress(stats: Stats, locale: Locale): TemplateResult {
    const reports = stats.selfAssessment;
    const rows = byProgress(reports);
    const behind = behindOf(rows);
    const mark = t(locale, 'summary.behind');
    const caption = t(locale, 'summary.progress');
    const gridCaption = t(locale, 'summary.grid');
    const doneText = (p: ProgressCount): string =>
      t(locale, 'summary.progress-text', { done: p.done, total: p.total, share: percent(p.ratio, locale) }) +
      (p.overdue ? ` · ${t(locale, 'summary.overdue-count', { count: p.overdue })}` : '');
    const label = (r: UnitProgress): string =>
      this.unitName(r.unit, stats) + (reports.filter((x) => x.unit === r.unit).length > 1 ? ` (${r.planId})` : '');
    const behindMark = (r: UnitProgress): TemplateResult | typeof nothing =>
      r === behind ? html` <strong class="mark" part="behind">(${mark})</strong>` : nothing;
    const cell = (p: ProgressCount | undefined): TemplateResult =>
      p && p.total
        ? html`<td>${p.done}/${p.total}<br><span class="pct">${percent(p.ratio, locale)}</span>${p.overdue ? html`<br><span class="late">${t(locale, 'summary.overdue-count', { count: p.overdue })}</span>` : nothing}</td>`
        : html`<td>—</td>`;
    return html`<div class="part" part="section">
        <h3 id="progress">${caption}</h3>
        ${
          this.tables
            ? html`<div class="scroll" role="region" tabindex="0" aria-labelledby="progress">
              <table part="table">
                <caption class="visually-hidden">${caption}</caption>
                <thead><tr>
                  <th scope="col">${t(locale, 'summary.unit')}</th><th scope="col">${t(locale, 'summary.period')}</th><th scope="col">${t(locale, 'summary.done')}</th>
                  <th scope="col">${t(locale, 'summary.in-progress')}</th><th scope="col">${t(locale, 'summary.not-started')}</th><th scope="col">${t(locale, 'summary.overdue')}</th>
                </tr></thead>
                <tbody>${rows.map(
                  (r) => html`<tr class=${r === behind ? 'behind' : ''}>
                    <th scope="row">${label(r)}${behindMark(r)}</th><td>${r.period}</td>
                    <td>${r.overall.done}/${r.overall.total} (${percent(r.overall.ratio, locale)})</td><td>${r.overall.inProgress}</td><td>${r.overall.notStarted}</td><td>${r.overall.overdue}</td>
                  </tr>`,
                )}</tbody>
              </table>
            </div>`
            : this.chart(
                caption,
                rows.map((r) => ({
                  label: label(r),
                  value: r.overall.ratio,
                  text: doneText(r.overall),
                  mark: r === behind ? mark : undefined,
                })),
              )
        }
      </div>
      <div class="part" part="section">
        <h3 id="grid">${gridCaption}</h3>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="grid">
          <table part="table" class="grid">
            <caption class="visually-hidden">${gridCaption}</caption>
            <thead><tr>
              <th scope="col">${t(locale, 'summary.unit')}</th>
              ${DIMENSION_FACTS.map((d) => html`<th scope="col"><span aria-hidden="true">${t(locale, 'summary.dimension-short', { number: d.number })}</span><span class="visually-hidden">${d.number}. ${localize(d.name, locale)}</span></th>`)}
              <th scope="col">${t(locale, 'summary.all')}</th>
            </tr></thead>
            <tbody>${rows.map(
              (r) => html`<tr class=${r === behind ? 'behind' : ''}>
                <th scope="row">${label(r)}${behindMark(r)}</th>
                ${DIMENSION_FACTS.map((d) => cell(r.byDimension?.[d.id]))}${cell(r.overall)}
              </tr>`,
            )}</tbody>
          </table>
        </div>
        <p class="meta">${DIMENSION_FACTS.map((d) => html`<span class="legend">${t(locale, 'summary.dimension-short', { number: d.number })}: ${localize(d.name, locale)}</span> `)}</p>
      </div>`;
  }

  private satisfactionTable(
    caption: string,
    rows: readonly (Satisfaction & { label: string; mark?: string | undefined })[],
    locale: Locale,
  ): TemplateResult {
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${caption}>
      <table part="table">
        <caption class="visually-hidden">${caption}</caption>
        <thead><tr>
          <th scope="col">${t(locale, 'summary.name')}</th><th scope="col">${t(locale, 'summary.count')}</th><th scope="col">${t(locale, 'summary.share')}</th>
          ${SATISFACTION_LEVELS.map((l) => html`<th scope="col">${localize(l.name, locale)}</th>`)}
        </tr></thead>
        <tbody>${rows.map(
          (r) => html`<tr class=${r.mark ? 'behind' : ''}>
            <th scope="row">${r.label}${r.mark ? html` <strong class="mark" part="behind">(${r.mark})</strong>` : nothing}</th>
            <td>${interpolateNumber(r.count, locale)}</td><td>${r.shareSatisfied === null ? '—' : percent(r.shareSatisfied, locale)}</td>
            ${SATISFACTION_LEVELS.map((l) => html`<td>${interpolateNumber(r.distribution[`${l.value}`], locale)}</td>`)}
          </tr>`,
        )}</tbody>
      </table>
    </div>`;
  }

  /** A horizontal bar chart: an SVG image that shows every value as text and carries them all in its text alternative. */
  private chart(caption: string, bars: readonly Bar[]): TemplateResult {
    const alt = `${caption}: ${bars.map((b) => `${b.label}${b.mark ? ` (${b.mark})` : ''}: ${b.text}`).join('; ')}`;
    // A label too long for one line (SVG text does not wrap) takes two; only what is still too long is cut.
    const rows = bars.map((b) => ({
      bar: b,
      lines: labelLines(`${b.mark ? `▼ ${b.mark}: ` : ''}${b.label}`, this.labelChars),
    }));
    const tops = rows.reduce<number[]>(
      (acc, r, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + ROW + LINE * (rows[i - 1]!.lines.length - 1)],
      [],
    );
    const height = rows.reduce((h, r) => h + ROW + LINE * (r.lines.length - 1), 0);
    return html`<div class="chart" part="chart">
      <svg role="img" aria-label=${alt} width="100%" height=${height} xmlns="http://www.w3.org/2000/svg">
        ${rows.map(({ bar: b, lines }, i) => {
          const y = tops[i]! + LINE * (lines.length - 1);
          const width = `${Math.max(0, Math.min(1, b.value)) * 100}%`;
          return svg`<g class=${b.mark ? 'behind' : ''}>
            <text x="0" y=${tops[i]! + 15}>${lines.map((line, n) => svg`<tspan x="0" dy=${n === 0 ? 0 : LINE}>${line}</tspan>`)}</text>
            <text x="0" y=${y + 33} class="value">${b.text}</text>
            <rect class="track" x="0" y=${y + 40} width="100%" height="12" rx="3"></rect>
            <rect class="bar" x="0" y=${y + 40} width=${width} height="12" rx="3"></rect>
          </g>`;
        })}
      </svg>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('refresh')) this.schedule();
    const state = this.data.state;
    if (state.status !== 'ready' || state.value === this.lastReady) return;
    const stats = (this.lastReady = state.value);
    const behind = behindOf(byProgress(stats.selfAssessment));
    this.dispatchEvent(
      new CustomEvent<SummaryLoadedDetail>('papi-summary-loaded', {
        detail: {
          asOf: stats.asOf,
          feedback: stats.feedback.total.count,
          reports: stats.selfAssessment.length,
          behind: behind?.unit ?? null,
          slowest: byAnswers(stats).slowest?.unit ?? null,
        },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-feedback-summary': PapiFeedbackSummary;
  }
}
