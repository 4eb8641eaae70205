import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DIMENSION_FACTS,
  type Locale,
  type Plan,
  type PlanTask,
  type ProgressCount,
  type ReportTaskEntry,
  type StatusMap,
  type TaskStatus,
  TASK_STATUSES,
  type UnitReport,
  formatDate,
  formatIssue,
  isOverdue,
  localize,
  periodOf,
  planProgress,
  statusOf,
  tasksForUnit,
  todayIso,
  translate,
  unitById,
  unitsCoveredBy,
  validatePlan,
  validateReport,
} from '@papi/core';
import { checklistText as t } from '../i18n/translate.js';
import { DataController } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { download, fileName, toCsv } from '../shared/download.js';
import { renderDataError } from '../shared/error-view.js';
import { LocaleController } from '../shared/locale-controller.js';
import { getOutbox, newId, type OutboxItem } from '../shared/outbox.js';
import { baseStyles } from '../shared/styles.js';
import { AssessmentStore } from './assessment-store.js';
import { loadDefaultPlan } from './default-plan.js';
import { checklistStyles } from './papi-checklist.styles.js';

export interface ChecklistFilterEventDetail {
  unit: string | null;
}
export interface TaskStatusEventDetail {
  taskId: string;
  status: TaskStatus;
}
export interface ReportEventDetail {
  id: string;
  unit: string;
  period: string;
  endpoint: string;
}
export interface ExportEventDetail {
  format: 'csv' | 'json';
  fileName: string;
  tasks: number;
}

type Submission = { state: 'saving' | 'queued' | 'sent' | 'rejected' | 'failed'; id?: string; detail?: string; host?: string };

const HTTP = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/**
 * The PAPI plan as a checklist: the 8 dimensions, each with its tasks (activity, lead and partner units, timing,
 * status), progress per dimension and overall, a filter by unit and overdue tasks marked. In
 * `mode="self-assessment"` an officer of a unit records each task's status, an evidence link and a note; the record
 * stays in IndexedDB, exports as CSV and JSON, and goes to the collector as the unit's periodic report.
 *
 * @summary The PAPI plan as an accessible checklist, with a unit's self-assessment.
 * @tagname papi-checklist
 * @attr src - URL of a plan as JSON (core's Plan). Without it, a child <script type="application/json"> is used, else the 2023 plan of Vĩnh Châu, loaded from papi-plan-vinh-chau-2023.json beside the script.
 * @attr unit - A units-registry id (e.g. "xa-lai-hoa-2025"): shows only the tasks the unit leads or partners in, directly, through a group or through the 2023 units it succeeded. Without it, a select offers the plan's units.
 * @attr mode - "view" (default) or "self-assessment".
 * @attr endpoint - The collector: its base URL ("https://gopy.example.gov.vn") or its /api/ address, to which api/reports or reports is added, or the full URL ending in /api/reports. Without it, self-assessment offers only the exports.
 * @attr period - Reporting period of the report: "2026-H1", "2026-H2" or "2026" (default: the six-month period of today).
 * @attr today - The date overdue tasks and the default period are computed for, YYYY-MM-DD (default: today in Vietnam).
 * @attr heading-level - Level of the checklist's title (2 by default); dimension headings are one level below.
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-checklist-filter - The unit filter changed; detail: { unit } (null for every unit).
 * @fires papi-task-status - An officer changed a task's status; detail: { taskId, status }.
 * @fires papi-report-queued - A report was committed to the outbox; detail: { id, unit, period, endpoint }.
 * @fires papi-report-sent - The collector acknowledged a report; detail: { id, unit, period, endpoint }.
 * @fires papi-export - A CSV or JSON file was offered for download; detail: { format, fileName, tasks }.
 * @csspart checklist - The whole checklist.
 * @csspart title - The plan's title.
 * @csspart filter - The unit filter (label and select).
 * @csspart overall - The overall progress block.
 * @csspart progress - Every progress bar.
 * @csspart progress-text - Every "x / y" text.
 * @csspart dimension - One dimension's section.
 * @csspart dimension-title - A dimension's heading.
 * @csspart tasks - A dimension's list of tasks.
 * @csspart task - One task.
 * @csspart activity - A task's activity text.
 * @csspart meta - A task's lead, partners, timing and status.
 * @csspart status - A task's status text.
 * @csspart overdue - The overdue mark.
 * @csspart assess - A task's self-assessment controls.
 * @csspart actions - The export and submit buttons.
 * @csspart button - Every button.
 * @csspart message - Saved / queued / sent messages.
 * @csspart error - The explanation shown when the data is bad or unreachable.
 * @cssprop --papi-accent - Accent colour (buttons, bars).
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-muted - Secondary text.
 * @cssprop --papi-ok - Colour of "done".
 * @cssprop --papi-warn - Colour of "in progress".
 * @cssprop --papi-bad - Colour of overdue marks and errors.
 * @cssprop --papi-info - Focus ring colour.
 * @cssprop --papi-bar-height - Height of the progress bars.
 */
export class PapiChecklist extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, checklistStyles];
  static override properties = {
    src: { type: String },
    unit: { type: String },
    mode: { type: String },
    endpoint: { type: String },
    period: { type: String },
    today: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    plan: { attribute: false },
  };

  declare src: string | undefined;
  declare unit: string | undefined;
  declare mode: string | undefined;
  declare endpoint: string | undefined;
  declare period: string | undefined;
  declare today: string | undefined;
  declare headingLevel: number | undefined;
  /** A plan given as an object (JavaScript API); takes precedence over src and inline JSON. Not validated. */
  declare plan: Plan | undefined;
  /** The unit chosen in the select (when there is no unit attribute). */
  private picked = '';
  private submitted: Submission | undefined;
  private get submission(): Submission | undefined {
    return this.submitted;
  }
  private set submission(value: Submission | undefined) {
    this.submitted = value;
    this.requestUpdate();
  }

  private readonly i18n = new LocaleController(this);
  private readonly data = new DataController<Plan>(this, {
    src: () => this.src,
    validate: (value) => {
      const r = validatePlan(value);
      return r.ok ? { ok: true, value: r.plan } : { ok: false, issues: r.issues };
    },
    fallback: () => (this.plan ? Promise.resolve(this.plan) : loadDefaultPlan()),
  });
  private readonly store = new AssessmentStore(this);
  private unitNames = new Map<string, string>();
  private namesFor = '';
  private readonly onOutbox = (e: Event): void => this.outboxChanged((e as CustomEvent<OutboxItem>).detail);
  private listening = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Reports queued on an earlier visit are sent on this page load too: starting the outbox retries them.
    if (this.selfAssessment && this.endpoint) getOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.listening) getOutbox().removeEventListener('change', this.onOutbox);
    this.listening = false;
  }

  /** The plan shown: the plan property, else the loaded data. */
  get currentPlan(): Plan | undefined {
    if (this.plan) return this.plan;
    return this.data.state.status === 'ready' ? this.data.state.value : undefined;
  }

  private get selfAssessment(): boolean {
    return this.mode === 'self-assessment';
  }

  /** The unit filter: the attribute, else the select's choice; undefined for every unit. */
  get activeUnit(): string | undefined {
    return this.unit?.trim() || this.picked || undefined;
  }

  private get todayValue(): string {
    return this.today?.trim() || todayIso();
  }

  /** The reporting period: the attribute, else the six-month period of today. */
  get reportPeriod(): string {
    return this.period?.trim() || periodOf(this.todayValue, 'six-monthly');
  }

  private unitName(id: string, plan: Plan, locale: Locale): string {
    const key = `${plan.id}|${locale}`;
    if (key !== this.namesFor) {
      this.namesFor = key;
      this.unitNames = new Map();
    }
    let name = this.unitNames.get(id);
    if (name === undefined) {
      const own = plan.units?.find((u) => u.id === id);
      const known = unitById(id);
      name = own ? localize(own.name, locale) : known ? localize(known.name, locale) : id;
      this.unitNames.set(id, name);
    }
    return name;
  }

  /** Units one may filter by: every unit the plan names, the members of its groups and their 2025 successors. */
  private filterUnits(plan: Plan): { y2025: string[]; older: string[] } {
    const ids = new Set<string>();
    for (const task of plan.tasks) for (const ref of [...task.lead, ...task.partners]) for (const u of unitsCoveredBy(ref)) ids.add(u);
    const y2025: string[] = [];
    const older: string[] = [];
    for (const id of ids) {
      const u = unitById(id);
      if (u?.kind === 'group') continue;
      (u?.generation === '2025' ? y2025 : older).push(id);
    }
    return { y2025, older };
  }

  private statuses(plan: Plan): StatusMap {
    if (!this.selfAssessment) return {};
    const map: Record<string, TaskStatus> = {};
    for (const task of plan.tasks) {
      const e = this.store.tasks[task.id];
      if (e) map[task.id] = e.status;
    }
    return map;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const plan = this.currentPlan;
    this.store.use(this.selfAssessment ? plan?.id : undefined, this.selfAssessment ? this.activeUnit : undefined);
  }

  override render(): TemplateResult {
    const locale = this.i18n.locale;
    const state = this.data.state;
    const plan = this.currentPlan;
    if (!plan) {
      if (state.status === 'error') return renderDataError(state, locale, () => void this.data.load(true));
      return html`<p class="loading" role="status">${t(locale, 'loading')}</p>`;
    }
    const unit = this.activeUnit;
    const tasks = unit ? tasksForUnit(plan, unit) : plan.tasks;
    const statuses = this.statuses(plan);
    const today = this.todayValue;
    const progress = planProgress({ tasks }, statuses, today);
    const level = Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel!, 1), 5) : 2;
    const assessing = this.selfAssessment && !!unit;
    return html`<section class="checklist" part="checklist">
      ${heading(level, 'title', 'title', localize(plan.title, locale))}
      <div class="bar-row">
        ${this.renderFilter(plan, locale)}
        <div class="overall" part="overall">
          <span>${translate(locale, 'progress.overall')}</span>
          ${progressBar(progress.overall, locale)}
        </div>
      </div>
      ${this.selfAssessment ? this.renderAssessmentBar(plan, tasks, unit, locale) : nothing}
      ${tasks.length === 0 ? html`<p class="none">${t(locale, 'list.none')}</p>` : nothing}
      ${DIMENSION_FACTS.map((d) => {
        const inDim = tasks.filter((task) => task.dimensions.includes(d.id));
        const count = progress.byDimension[d.id];
        const id = `dim-${d.id}`;
        return html`<section class="dimension" part="dimension">
          <div class="dim-head">
            ${heading(level + 1, id, 'dimension-title', `${d.number}. ${localize(d.name, locale)}`)}
            ${progressBar(count, locale)}
          </div>
          ${inDim.length
            ? html`<ul class="tasks" part="tasks">
                ${inDim.map((task) => this.renderTask(task, plan, statuses, today, locale, assessing))}
              </ul>`
            : html`<p class="none">${t(locale, 'list.showing', { count: 0 })}</p>`}
        </section>`;
      })}
    </section>`;
  }

  private renderFilter(plan: Plan, locale: Locale): TemplateResult {
    if (this.unit?.trim()) {
      return html`<p class="filter" part="filter">${t(locale, 'list.unit')}: <strong>${this.unitName(this.unit.trim(), plan, locale)}</strong></p>`;
    }
    const { y2025, older } = this.filterUnits(plan);
    const sort = (ids: string[]): string[] => ids.map((id) => [id, this.unitName(id, plan, locale)] as const).sort((a, b) => a[1].localeCompare(b[1], 'vi')).map((x) => x[0]);
    const option = (id: string): TemplateResult => html`<option value=${id} ?selected=${id === this.picked}>${this.unitName(id, plan, locale)}</option>`;
    return html`<label class="filter" part="filter"
      >${t(locale, 'list.unit')}
      <select @change=${this.onPick}>
        <option value="" ?selected=${!this.picked}>${this.selfAssessment ? t(locale, 'list.pick-unit') : t(locale, 'list.all-units')}</option>
        ${y2025.length ? html`<optgroup label=${t(locale, 'list.units-2025')}>${sort(y2025).map(option)}</optgroup>` : nothing}
        ${older.length ? html`<optgroup label=${t(locale, 'list.units-2023')}>${sort(older).map(option)}</optgroup>` : nothing}
      </select></label
    >`;
  }

  private onPick(e: Event): void {
    this.picked = (e.target as HTMLSelectElement).value;
    this.requestUpdate();
    this.fire<ChecklistFilterEventDetail>('papi-checklist-filter', { unit: this.picked || null });
  }

  private renderTask(task: PlanTask, plan: Plan, statuses: StatusMap, today: string, locale: Locale, assessing: boolean): TemplateResult {
    const status = statusOf(task, statuses);
    const overdue = isOverdue(task, status, today);
    const names = (ids: readonly string[]): string => ids.map((id) => this.unitName(id, plan, locale)).join('; ');
    const timing = task.timing;
    const when =
      timing.kind === 'due' ? translate(locale, 'timing.due', { date: formatDate(timing.due, locale) }) : translate(locale, `timing.${timing.kind}`);
    return html`<li class="task ${status}${overdue ? ' is-overdue' : ''}" part="task">
      <p class="activity" part="activity">${task.number ? html`<span class="num">${task.number}</span> ` : nothing}${localize(task.activity, locale)}</p>
      <dl class="meta" part="meta">
        <div><dt>${t(locale, 'list.lead')}</dt><dd>${names(task.lead)}</dd></div>
        ${task.partners.length ? html`<div><dt>${t(locale, 'list.partners')}</dt><dd>${names(task.partners)}</dd></div>` : nothing}
        <div><dt>${t(locale, 'list.timing')}</dt><dd>${when}</dd></div>
        <div>
          <dt>${t(locale, 'list.status')}</dt>
          <dd><span class="status" part="status">${translate(locale, `status.${status}`)}</span>${overdue
              ? html` <span class="overdue" part="overdue"><span aria-hidden="true">⚠</span> ${translate(locale, 'task.overdue')}</span>`
              : nothing}</dd>
        </div>
      </dl>
      ${assessing ? this.renderAssess(task, status, locale) : nothing}
    </li>`;
  }

  private renderAssess(task: PlanTask, status: TaskStatus, locale: Locale): TemplateResult {
    const entry = this.store.tasks[task.id];
    const evidence = entry?.evidence ?? '';
    const bad = evidence !== '' && !HTTP.test(evidence);
    return html`<div class="assess" part="assess">
      <label
        >${t(locale, 'list.status')}
        <select data-task=${task.id} @change=${this.onStatus}>
          ${TASK_STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${translate(locale, `status.${s}`)}</option>`)}
        </select></label
      >
      <details ?open=${!!(entry?.evidence || entry?.note)}>
        <summary>${t(locale, 'list.details')}</summary>
        <label
          >${t(locale, 'list.evidence-link')}
          <input type="url" inputmode="url" maxlength="2048" data-task=${task.id} data-field="evidence" .value=${evidence} aria-invalid=${bad ? 'true' : 'false'} @change=${this.onField}
        /></label>
        ${bad ? html`<p class="field-error" role="alert">${t(locale, 'list.evidence-bad')}</p>` : nothing}
        <label
          >${t(locale, 'list.note')}
          <textarea maxlength="1000" rows="2" data-task=${task.id} data-field="note" .value=${entry?.note ?? ''} @change=${this.onField}></textarea
        ></label>
      </details>
    </div>`;
  }

  private onStatus(e: Event): void {
    const select = e.target as HTMLSelectElement;
    const taskId = select.dataset.task!;
    const status = select.value as TaskStatus;
    void this.store.set(taskId, { status });
    this.fire<TaskStatusEventDetail>('papi-task-status', { taskId, status });
  }

  private onField(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const field = input.dataset.field === 'note' ? 'note' : 'evidence';
    const value = input.value.trim().slice(0, field === 'note' ? 1000 : 2048);
    void this.store.set(input.dataset.task!, { [field]: value });
  }

  private renderAssessmentBar(plan: Plan, tasks: readonly PlanTask[], unit: string | undefined, locale: Locale): TemplateResult {
    if (!unit) return html`<p class="message" part="message" role="status">${t(locale, 'list.pick-unit')}</p>`;
    const s = this.submission;
    const message =
      this.store.state === 'failed'
        ? t(locale, 'list.save-failed')
        : !s
          ? this.store.state === 'ready' && Object.keys(this.store.tasks).length
            ? t(locale, 'list.saved')
            : ''
          : s.state === 'queued'
            ? t(locale, 'list.queued')
            : s.state === 'sent'
              ? t(locale, 'list.sent', { host: s.host ?? '' })
              : s.state === 'rejected'
                ? t(locale, 'list.rejected', { reason: s.detail ?? '' })
                : s.state === 'failed'
                  ? t(locale, 'list.submit-failed', { reason: s.detail ?? '' })
                  : t(locale, 'loading');
    return html`<div class="actions" part="actions">
      <p class="period">${t(locale, 'list.period', { period: this.reportPeriod })}</p>
      <button type="button" part="button" @click=${() => this.exportCsv(plan, tasks, unit)}>${t(locale, 'list.export-csv')}</button>
      <button type="button" part="button" @click=${() => this.exportJson(plan, tasks, unit)}>${t(locale, 'list.export-json')}</button>
      ${this.endpoint
        ? html`<button type="button" part="button" class="primary" ?disabled=${s?.state === 'saving'} @click=${() => void this.submit(plan, tasks, unit)}>
            ${t(locale, 'list.submit', { period: this.reportPeriod })}
          </button>`
        : nothing}
      <p class="message ${s?.state ?? ''}" part="message" role="status">${message}</p>
    </div>`;
  }

  /** The unit's entries for the tasks shown, as core's report entries. */
  private entries(tasks: readonly PlanTask[]): ReportTaskEntry[] {
    return tasks.map((task) => {
      const e = this.store.tasks[task.id];
      const entry: { -readonly [K in keyof ReportTaskEntry]: ReportTaskEntry[K] } = { taskId: task.id, status: e?.status ?? statusOf(task) };
      if (e?.evidence && HTTP.test(e.evidence)) entry.evidence = e.evidence;
      if (e?.note) entry.note = e.note;
      return entry;
    });
  }

  private exportCsv(plan: Plan, tasks: readonly PlanTask[], unit: string): void {
    const locale = this.i18n.locale;
    const rows: (string | number | undefined)[][] = [
      [t(locale, 'csv.id'), t(locale, 'csv.number'), t(locale, 'csv.activity'), t(locale, 'csv.dimensions'), t(locale, 'list.lead'), t(locale, 'list.partners'), t(locale, 'list.timing'), t(locale, 'list.status'), t(locale, 'list.evidence'), t(locale, 'list.note')],
    ];
    const names = (ids: readonly string[]): string => ids.map((id) => this.unitName(id, plan, locale)).join('; ');
    const entries = this.entries(tasks);
    tasks.forEach((task, i) => {
      const e = entries[i]!;
      const timing = task.timing;
      rows.push([
        task.id,
        task.number,
        localize(task.activity, locale),
        task.dimensions.map((d) => d.toUpperCase()).join(' '),
        names(task.lead),
        names(task.partners),
        timing.kind === 'due' ? formatDate(timing.due, locale) : translate(locale, `timing.${timing.kind}`),
        translate(locale, `status.${e.status}`),
        e.evidence,
        e.note,
      ]);
    });
    const name = fileName(`${plan.id}-${unit}-${this.reportPeriod}`, 'csv');
    download(name, toCsv(rows), 'text/csv;charset=utf-8');
    this.fire<ExportEventDetail>('papi-export', { format: 'csv', fileName: name, tasks: tasks.length });
  }

  private exportJson(plan: Plan, tasks: readonly PlanTask[], unit: string): void {
    const body = { planId: plan.id, unit, period: this.reportPeriod, tasks: this.entries(tasks), lang: this.i18n.locale, exportedAt: new Date().toISOString() };
    const name = fileName(`${plan.id}-${unit}-${this.reportPeriod}`, 'json');
    download(name, JSON.stringify(body, null, 2), 'application/json');
    this.fire<ExportEventDetail>('papi-export', { format: 'json', fileName: name, tasks: tasks.length });
  }

  /**
   * Where reports go: `endpoint` as given when its path ends in /api/reports; the collector's /api/ with reports
   * added; else the collector's base URL with api/reports added (as <papi-feedback-button> adds api/feedback).
   */
  get reportsUrl(): string | undefined {
    const raw = this.endpoint?.trim();
    if (!raw) return undefined;
    try {
      const base = new URL(raw, document.baseURI);
      if (base.protocol !== 'http:' && base.protocol !== 'https:') return undefined;
      base.hash = '';
      if (/\/api\/reports\/?$/.test(base.pathname)) return base.href;
      base.pathname = `${base.pathname.replace(/\/?$/, '/')}${/\/api\/?$/.test(base.pathname) ? '' : 'api/'}reports`;
      return base.href;
    } catch {
      return undefined;
    }
  }

  private async submit(plan: Plan, tasks: readonly PlanTask[], unit: string): Promise<void> {
    const locale = this.i18n.locale;
    const url = this.reportsUrl;
    if (!url) {
      this.submission = { state: 'failed', detail: this.endpoint ?? '' };
      return;
    }
    const report: UnitReport = {
      id: newId(),
      planId: plan.id,
      unit,
      period: this.reportPeriod,
      tasks: this.entries(tasks),
      lang: locale,
      submittedAt: new Date().toISOString(),
    };
    const units = new Set<string>([unit]);
    for (const u of plan.units ?? []) units.add(u.id);
    const check = validateReport(report, { units: unitById(unit) ? undefined : units });
    if (!check.ok) {
      this.submission = { state: 'failed', detail: check.issues.slice(0, 3).map((i) => formatIssue(i, locale === 'en' ? 'en' : 'vi')).join('; ') };
      return;
    }
    this.submission = { state: 'saving', id: report.id };
    const outbox = getOutbox();
    if (!this.listening) {
      outbox.addEventListener('change', this.onOutbox);
      this.listening = true;
    }
    try {
      const item = await outbox.enqueue('report', url, report as unknown as { id: string } & Record<string, unknown>);
      const detail: ReportEventDetail = { id: report.id, unit, period: report.period, endpoint: url };
      if (this.submission?.id === report.id && this.submission.state === 'saving') {
        this.submission = { state: 'queued', id: report.id };
        this.fire('papi-report-queued', detail);
      }
      if (item.state !== 'queued') this.outboxChanged(item);
    } catch (error) {
      this.submission = { state: 'failed', id: report.id, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private outboxChanged(item: OutboxItem): void {
    const s = this.submission;
    if (!s || s.id !== item.id || item.state === 'queued') return;
    const body = item.body as UnitReport;
    const detail: ReportEventDetail = { id: item.id, unit: body.unit, period: body.period, endpoint: item.endpoint };
    if (s.state === 'saving') {
      this.submission = { state: 'queued', id: item.id };
      this.fire('papi-report-queued', detail);
    }
    if (item.state === 'sent') {
      this.submission = { state: 'sent', id: item.id, host: new URL(item.endpoint).host };
      this.fire('papi-report-sent', detail);
    } else {
      this.submission = { state: 'rejected', id: item.id, detail: item.lastError ?? '' };
    }
  }

  private fire<T>(type: string, detail: T): void {
    this.dispatchEvent(composedEvent(type, detail));
  }
}

/** The element's events bubble and cross shadow roots, so a page can listen on document. */
function composedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

/** A heading of a chosen level; levels come from a number, never from data. */
function heading(level: number, id: string, part: string, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part}>${text}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part}>${text}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${text}</h5>`;
    default:
      return html`<h6 id=${id} part=${part}>${text}</h6>`;
  }
}

function progressBar(count: ProgressCount, locale: Locale): TemplateResult {
  const label = t(locale, 'list.progress-label', { done: count.done, total: count.total });
  return html`<span class="progress"
    ><progress part="progress" max=${Math.max(count.total, 1)} .value=${count.done} aria-label=${label}></progress
    ><span class="progress-text" part="progress-text" aria-hidden="true">${t(locale, 'list.progress', { done: count.done, total: count.total })}</span></span
  >`;
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-checklist': PapiChecklist;
  }
}
