import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DIMENSION_FACTS,
  type Locale,
  type LocalizedInput,
  type Plan,
  type PlanTask,
  type ProgressCount,
  type ReportTaskEntry,
  type StatusMap,
  type TaskStatus,
  TASK_STATUSES,
  TOWN_TIME_ZONE,
  type UnitReport,
  formatDate,
  formatIssue,
  isHttpUrl,
  isUnitIdFormat,
  isIsoDate,
  isOverdue,
  localize,
  periodKind,
  periodOf,
  preview,
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
import { DataController, collectorUrl, endpointExample } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { download, fileName, toCsv } from '../shared/download.js';
import { editorsLang, renderDataError } from '../shared/error-view.js';
import { languageChoice } from '../shared/language-choice.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { getOutbox, newId, type OutboxItem } from '../shared/outbox.js';
import { heading, headingLevel } from '../shared/heading.js';
import { tokenScope } from '../shared/unit-tokens.js';
import { UnitTokenController, unitTokenStyles, unitTokenView } from '../shared/unit-token-form.js';
import { baseStyles } from '../shared/styles.js';
import { ReportedStatusesController } from './reported-statuses.js';
import { AssessmentStore } from './assessment-store.js';
import { loadDefaultPlan } from './default-plan.js';
import { checklistStyles } from './papi-checklist.styles.js';
import { inBackground } from '../shared/in-background.js';
import { indexedDbAvailable } from '../shared/idb.js';

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

/**
 * The report's state in the bar. `restored`: found in the outbox on load (submitted on an earlier visit), so the bar
 * names its period and, once sent, when; `at`: when it was sent (ms).
 */
type Submission = {
  state: 'saving' | 'queued' | 'sent' | 'rejected' | 'failed';
  id?: string;
  detail?: string;
  host?: string;
  period?: string;
  at?: number;
  restored?: boolean;
  /** Queued, waiting for the unit's token: none entered yet, or the collector refused it (detail: its code). */
  held?: boolean;
};

/** The modes the mode attribute takes; anything else shows the plan as in "view", with a note for the editors. */
export const CHECKLIST_MODES = ['view', 'self-assessment'] as const;

/** Whether a text of the plan's exists only in Vietnamese for this locale (localize then falls back to vi). */
function onlyVietnamese(text: LocalizedInput | undefined, locale: Locale): boolean {
  if (locale === 'vi' || text === undefined) return false;
  return typeof text === 'string' || !text[locale];
}

/**
 * A text of the plan's in the reader's language; when only the Vietnamese exists, it is marked lang="vi", so that a
 * screen reader reading an English or Khmer page pronounces it as Vietnamese.
 */
function dataText(text: LocalizedInput | undefined, locale: Locale): TemplateResult | string {
  const value = localize(text, locale);
  return onlyVietnamese(text, locale) ? html`<span lang="vi">${value}</span>` : value;
}

/** A failed submission's detail when this device could not keep the report for sending. */
const STORAGE_FAILED = 'storage';

/**
 * The PAPI plan as a checklist: the 8 dimensions, each with its tasks (activity, lead and partner units, timing,
 * status), progress per dimension and overall, a filter by unit and overdue tasks marked. In
 * `mode="self-assessment"` an officer of a unit records each task's status, an evidence link and a note; the record
 * stays in IndexedDB, exports as CSV and JSON, and goes to the collector as the unit's periodic report, with the
 * unit's token: the officer enters it once, in a field of the element (never in the page's HTML), and it is kept on
 * that device for that collector and unit.
 *
 * @summary The PAPI plan as an accessible checklist, with a unit's self-assessment.
 * @tagname papi-checklist
 * @attr src - URL of a plan as JSON (core's Plan). Without it, a child <script type="application/json"> is used, else the 2023 plan of Vĩnh Châu, loaded from papi-plan-vinh-chau-2023.json beside the script.
 * @attr unit - A units-registry id (e.g. "xa-lai-hoa-2025") or one of the plan's own units: shows only the tasks the unit leads or partners in, directly, through a group or through the 2023 units it succeeded. A unit in neither (another commune or ward) is taken when unit-name gives its name and the id has the registry's form (a-z, 0-9 and -, e.g. "phuong-an-binh"); a plan from src may then name it among its tasks' units, and its reports go to a collector that knows it (PAPI_UNITS). Without it, or when the id is unknown without unit-name or malformed, a select offers the plan's units (with a message saying why the id was not taken).
 * @attr unit-name - The name of a unit that neither the registry nor the plan knows ("Phường An Bình"), shown as the unit's name; not needed for the registry's units, whose names come in three languages.
 * @attr mode - "view" (default) or "self-assessment". Any other value shows the plan as "view", with a note for the editors.
 * @attr endpoint - The collector: its base URL ("https://gopy.example.gov.vn"), its /api/ address, or the full URL ending in /api/reports; an http(s) address or a path starting with "/". Self-assessment sends reports there (without it, only the exports are offered; with anything else, such as a bare host name, ftp: or javascript:, the bar tells the editors why reports cannot be sent). In view mode, the statuses shown are those of the unit's latest report, read from its public api/stats.
 * @attr period - Reporting period of the report: "2026-H1", "2026-H2" or "2026" (default: the six-month period of today). An invalid period is ignored, with a note for the editors.
 * @attr today - The date overdue tasks and the default period are computed for, YYYY-MM-DD (default: today in Vietnam). Another form is ignored, with a note for the editors.
 * @attr heading-level - Level of the checklist's title (2 by default); dimension headings are one level below.
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-checklist-filter - The unit filter changed; detail: { unit } (null for every unit).
 * @fires papi-task-status - An officer changed a task's status; detail: { taskId, status }.
 * @fires papi-report-queued - A report was committed to the outbox; detail: { id, unit, period, endpoint }.
 * @fires papi-report-sent - The collector acknowledged a report; detail: { id, unit, period, endpoint }.
 * @fires papi-export - A CSV or JSON file was offered for download; detail: { format, fileName, tasks }.
 * @csspart checklist - The whole checklist.
 * @csspart languages - In view mode, the reader's choice of language (Tiếng Việt / ភាសាខ្មែរ / English), remembered on the device.
 * @csspart language - Each language's button (aria-pressed on the chosen one).
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
 * @csspart token - The unit token's field and buttons (self-assessment with an endpoint).
 * @csspart error - The explanation shown when the data is bad or unreachable, notes for the editors about attributes, and field errors.
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
  static override styles = [baseStyles, unitTokenStyles, checklistStyles];
  static override properties = {
    src: { type: String },
    unit: { type: String },
    unitName: { type: String, attribute: 'unit-name' },
    mode: { type: String },
    endpoint: { type: String },
    period: { type: String },
    today: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    plan: { attribute: false },
  };

  declare src: string | undefined;
  declare unit: string | undefined;
  declare unitName: string | undefined;
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

  // Residents reading the plan may choose their language; an officer's self-assessment follows the page.
  private readonly i18n = new LocaleController(this, {
    residentChoice: () => !this.selfAssessment,
    strings: ELEMENT_STRINGS['papi-checklist'],
  });

  /** The first render waits for the strings of the element's locale. */
  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private readonly data = new DataController<Plan>(this, {
    src: () => this.src,
    validate: (value) => {
      // A plan may name the unit that unit-name introduces, as it may name the registry's.
      const named = this.namedUnit;
      const r = validatePlan(value, named ? { units: [{ id: named }] } : {});
      return r.ok ? { ok: true, value: r.plan } : { ok: false, issues: r.issues };
    },
    fallback: () => (this.plan ? Promise.resolve(this.plan) : loadDefaultPlan()),
  });
  private readonly store = new AssessmentStore(this);
  private readonly reported = new ReportedStatusesController(this, () => {
    const plan = this.currentPlan;
    const unit = this.activeUnit;
    return !this.selfAssessment && plan && unit ? { endpoint: this.endpoint, planId: plan.id, unit } : undefined;
  });
  private unitNames = new Map<string, { name: string; vi: boolean }>();
  private namesFor = '';
  private readonly onOutbox = (e: Event): void => this.outboxChanged((e as CustomEvent<OutboxItem>).detail);
  private listening = false;
  /** Evidence typed that is no http(s) link, by task: kept in the field, not saved; `shown`: its error is shown. */
  private readonly drafts = new Map<string, { value: string; shown: boolean }>();
  private draftsFor = '';
  /** The plan, unit and period whose report was last looked up in the outbox. */
  private lookedUp = '';
  private lookedUpId: string | undefined;
  /** The unit's token for the collector in use: a report waiting for one goes once it is saved. */
  private readonly token = new UnitTokenController(this, {
    stateId: 'unit-token-state',
    saved: () => {
      const s = this.submission;
      if (s?.held) this.submission = { ...s, held: false, detail: '' };
    },
    afterSave: (scope) => inBackground(getOutbox().release(scope), 'unit token'),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Reports queued on an earlier visit are sent on this page load too: starting the outbox retries them.
    if (this.selfAssessment && this.endpoint) getOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.listening) getOutbox().removeEventListener('change', this.onOutbox);
    this.listening = false;
    this.lookedUp = '';
    this.lookedUpId = undefined;
  }

  /** The key of the unit's token for the collector in use; empty without an endpoint or a unit. */
  private get tokenKey(): string {
    const url = this.reportsUrl;
    const unit = this.activeUnit;
    return this.selfAssessment && url && unit && indexedDbAvailable() ? tokenScope(url, unit) : '';
  }

  private listen(): void {
    if (this.listening) return;
    getOutbox().addEventListener('change', this.onOutbox);
    this.listening = true;
  }

  /**
   * Once the saved assessment is loaded, finds this plan, unit and period's last report in the outbox, so that the
   * bar says truthfully whether it is still waiting or was sent (and updates when the background send delivers it).
   */
  private lookUpReport(): void {
    const period = this.reportPeriod;
    const scope =
      this.store.state === 'ready' && this.reportsUrl && indexedDbAvailable() ? `${this.store.key}|${period}` : '';
    // The report to follow: the last one submitted for the period, as the saved assessment (shared by the tabs) knows it.
    const known = scope ? this.store.reports[period]?.id : undefined;
    if (scope === this.lookedUp && known === this.lookedUpId) return;
    // Another unit or period: the bar no longer speaks of the previous one's report.
    if (scope !== this.lookedUp && this.lookedUp && this.submitted?.state !== 'saving') this.submitted = undefined;
    this.lookedUp = scope;
    this.lookedUpId = known;
    if (!scope || (known && this.submitted?.id === known)) return; // nothing to look up, or this tab's own report
    const cut = this.store.key.lastIndexOf('|');
    const planId = this.store.key.slice(0, cut);
    const unit = this.store.key.slice(cut + 1);
    this.listen();
    const outbox = getOutbox();
    // Without a known id (a report queued before ids were kept), the newest waiting report of the period.
    const found = known
      ? outbox.get(known)
      : outbox
          .pending()
          .then(
            (items) =>
              items
                .filter((i) => i.kind === 'report' && matches(i.body, planId, unit, period))
                .sort((a, b) => b.createdAt - a.createdAt)[0],
          );
    found.then(
      (item) => {
        if (!item || this.lookedUp !== scope || !matches(item.body, planId, unit, period)) return;
        const s = this.submission;
        if (s?.id === item.id || s?.state === 'saving') return; // already followed, or a report being submitted now
        if (s?.id && item.id !== this.store.reports[period]?.id) return; // this tab's own, newer report stays
        this.submission = {
          state: item.state,
          id: item.id,
          period,
          restored: true,
          host: hostOf(item.endpoint),
          detail: item.lastError ?? '',
          ...(item.held ? { held: true } : {}),
          ...(item.state === 'sent' ? { at: item.doneAt } : {}),
        };
      },
      () => undefined,
    );
  }

  /** The plan shown: the plan property, else the loaded data. */
  get currentPlan(): Plan | undefined {
    if (this.plan) return this.plan;
    return this.data.state.status === 'ready' ? this.data.state.value : undefined;
  }

  private get selfAssessment(): boolean {
    return this.mode?.trim() === 'self-assessment';
  }

  /** The unit attribute when unit-name names it and it has a unit id's form (a unit of another commune or ward). */
  private get namedUnit(): string | undefined {
    const id = this.unit?.trim();
    return id && this.unitName?.trim() && isUnitIdFormat(id) ? id : undefined;
  }

  /** The unit attribute when it names a unit of the registry or of the plan, or one unit-name names; otherwise undefined. */
  private get knownUnitAttr(): string | undefined {
    const id = this.unit?.trim();
    if (!id) return undefined;
    return unitById(id) || this.currentPlan?.units?.some((u) => u.id === id) || this.namedUnit ? id : undefined;
  }

  /** The unit attribute when it is set but names no known unit (the select is offered instead). */
  private get unknownUnitAttr(): string | undefined {
    const id = this.unit?.trim();
    return id && this.currentPlan && !this.knownUnitAttr ? id : undefined;
  }

  /** The unit filter: the attribute (when it names a known unit), else the select's choice; undefined for every unit. */
  get activeUnit(): string | undefined {
    return this.knownUnitAttr || this.picked || undefined;
  }

  /** The today attribute when it is a real date written YYYY-MM-DD. */
  private get todayAttr(): string | undefined {
    const value = this.today?.trim();
    return value && isIsoDate(value) ? value : undefined;
  }

  private get todayValue(): string {
    return this.todayAttr ?? todayIso();
  }

  /** The reporting period: the attribute (when it is one: YYYY, YYYY-H1, YYYY-H2), else the six-month period of today. */
  get reportPeriod(): string {
    const value = this.period?.trim();
    return value && periodKind(value) ? value : periodOf(this.todayValue, 'six-monthly');
  }

  /**
   * What the page's editors got wrong in the attributes, in the reader's language: a today that is not YYYY-MM-DD,
   * an unknown mode and, in self-assessment, an invalid period. The element works on with the defaults and says so.
   */
  private attributeProblems(locale: Locale): string[] {
    const problems: string[] = [];
    const today = this.today?.trim();
    if (today && !this.todayAttr)
      problems.push(t(locale, 'list.bad-today', { value: preview(today), date: formatDate(this.todayValue, locale) }));
    const mode = this.mode?.trim();
    if (mode && !(CHECKLIST_MODES as readonly string[]).includes(mode))
      problems.push(t(locale, 'list.bad-mode', { value: preview(mode) }));
    const period = this.period?.trim();
    if (this.selfAssessment && period && !periodKind(period))
      problems.push(t(locale, 'list.bad-period', { value: preview(period), period: this.reportPeriod }));
    const endpoint = this.selfAssessment ? undefined : this.endpointProblem(locale);
    if (endpoint) problems.push(endpoint);
    return problems;
  }

  /** Why the endpoint cannot take reports, for the editors; undefined when it can (or when there is none). */
  private endpointProblem(locale: Locale): string | undefined {
    const value = this.endpoint?.trim();
    if (!value || this.reportsUrl) return undefined;
    return t(locale, 'list.bad-endpoint', { value: preview(value), example: endpointExample(value) });
  }

  private renderNotices(locale: Locale): TemplateResult | typeof nothing {
    const problems = this.attributeProblems(locale);
    if (!problems.length) return nothing;
    return html`<div class="error notices" role="alert" part="error">
      <ul lang=${editorsLang(locale)}>
        ${problems.map((p) => html`<li>${t(locale, 'list.editor', { detail: p })}</li>`)}
      </ul>
    </div>`;
  }

  /** A unit's name in the reader's language, and whether it exists only in Vietnamese (a plan's own unit, say). */
  private unitEntry(id: string, plan: Plan, locale: Locale): { name: string; vi: boolean } {
    const key = `${plan.id}|${locale}|${this.namedUnit ?? ''}|${this.unitName ?? ''}`;
    if (key !== this.namesFor) {
      this.namesFor = key;
      this.unitNames = new Map();
    }
    let entry = this.unitNames.get(id);
    if (entry === undefined) {
      const own = plan.units?.find((u) => u.id === id);
      const known = unitById(id);
      const named = id === this.namedUnit ? this.unitName!.trim() : undefined;
      const name = own ? own.name : known ? known.name : named;
      entry =
        name === undefined
          ? { name: id, vi: false }
          : { name: localize(name, locale), vi: onlyVietnamese(name, locale) };
      this.unitNames.set(id, entry);
    }
    return entry;
  }

  private unitNameOf(id: string, plan: Plan, locale: Locale): string {
    return this.unitEntry(id, plan, locale).name;
  }

  /** A unit's name for display: marked lang="vi" when only the Vietnamese exists. */
  private unitLabel(id: string, plan: Plan, locale: Locale): TemplateResult | string {
    const { name, vi } = this.unitEntry(id, plan, locale);
    return vi ? html`<span lang="vi">${name}</span>` : name;
  }

  /** Units one may filter by: every unit the plan names, the members of its groups and their 2025 successors. */
  private filterUnits(plan: Plan): { y2025: string[]; older: string[] } {
    const ids = new Set<string>();
    for (const task of plan.tasks)
      for (const ref of [...task.lead, ...task.partners]) for (const u of unitsCoveredBy(ref)) ids.add(u);
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
    if (!this.selfAssessment) return this.reported.state.status === 'ready' ? this.reported.state.report.statuses : {};
    const map: Record<string, TaskStatus> = {};
    for (const task of plan.tasks) {
      const e = this.store.tasks[task.id];
      if (e) map[task.id] = e.status;
    }
    return map;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.i18n.refresh();
    const plan = this.currentPlan;
    this.store.use(this.selfAssessment ? plan?.id : undefined, this.selfAssessment ? this.activeUnit : undefined);
    if (this.store.key !== this.draftsFor) {
      this.draftsFor = this.store.key;
      this.drafts.clear();
    }
    if (this.selfAssessment) this.lookUpReport();
    this.token.use(this.tokenKey);
  }

  override render(): TemplateResult {
    const locale = this.i18n.locale;
    const state = this.data.state;
    const plan = this.currentPlan;
    const notices = this.renderNotices(locale);
    if (!plan) {
      if (state.status === 'error') return html`${notices}${renderDataError(state, locale, () => this.data.reload())}`;
      return html`${notices}<p class="loading" role="status">${t(locale, 'loading')}</p>`;
    }
    const unit = this.activeUnit;
    const tasks = unit ? tasksForUnit(plan, unit) : plan.tasks;
    const statuses = this.statuses(plan);
    const today = this.todayValue;
    const progress = planProgress({ tasks }, statuses, today);
    const level = headingLevel(this.headingLevel);
    const assessing = this.selfAssessment && !!unit;
    const lang = locale === this.i18n.pageLocale ? nothing : locale;
    return html`${notices}<section class="checklist" part="checklist" lang=${lang}>
      ${this.selfAssessment ? nothing : languageChoice(locale)}
      ${heading(level, 'title', 'title', dataText(plan.title, locale))}
      <div class="bar-row">
        ${this.renderFilter(plan, locale)}
        <div class="overall" part="overall">
          <span>${translate(locale, 'progress.overall')}</span>
          ${progressBar(progress.overall, locale)}
        </div>
      </div>
      ${
        this.unknownUnitAttr
          ? html`<p class="field-error" id="unit-error" part="error">${t(locale, this.unitName?.trim() ? 'list.bad-unit-id' : 'list.unknown-unit', { unit: preview(this.unknownUnitAttr) })}</p>`
          : nothing
      }
      ${this.selfAssessment ? this.renderAssessmentBar(plan, tasks, unit, locale) : this.renderReported(locale)}
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
          ${
            inDim.length
              ? html`<ul class="tasks" part="tasks">
                ${inDim.map((task, i) => this.renderTask(task, plan, statuses, today, locale, assessing, `${d.id}-${i}`))}
              </ul>`
              : html`<p class="none">${t(locale, 'list.showing', { count: 0 })}</p>`
          }
        </section>`;
      })}
    </section>`;
  }

  /** In view mode with an endpoint: whose report the statuses come from, or why they are the plan's own. */
  private renderReported(locale: Locale): TemplateResult | typeof nothing {
    const state = this.reported.state;
    if (state.status === 'idle') return nothing;
    const text =
      state.status === 'ready'
        ? t(locale, 'list.reported', {
            period: state.report.period,
            date: formatDate(todayIso(new Date(state.report.submittedAt)), locale),
          })
        : t(
            locale,
            state.status === 'loading'
              ? 'list.reported-loading'
              : state.status === 'none'
                ? 'list.reported-none'
                : 'list.reported-failed',
          );
    return html`<p class="message" part="message" role="status">${text}</p>`;
  }

  private renderFilter(plan: Plan, locale: Locale): TemplateResult {
    const fixed = this.knownUnitAttr;
    if (fixed) {
      return html`<p class="filter" part="filter">${t(locale, 'list.unit')}: <strong>${this.unitLabel(fixed, plan, locale)}</strong></p>`;
    }
    const unknown = this.unknownUnitAttr;
    const { y2025, older } = this.filterUnits(plan);
    const sort = (ids: string[]): string[] =>
      ids
        .map((id) => [id, this.unitNameOf(id, plan, locale)] as const)
        .sort((a, b) => a[1].localeCompare(b[1], 'vi'))
        .map((x) => x[0]);
    const option = (id: string): TemplateResult => {
      const { name, vi } = this.unitEntry(id, plan, locale);
      return html`<option value=${id} lang=${vi ? 'vi' : nothing} ?selected=${id === this.picked}>${name}</option>`;
    };
    return html`<label class="filter" part="filter"
      >${t(locale, 'list.unit')}
      <select @change=${this.onPick} aria-describedby=${unknown ? 'unit-error' : nothing}>
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

  private renderTask(
    task: PlanTask,
    plan: Plan,
    statuses: StatusMap,
    today: string,
    locale: Locale,
    assessing: boolean,
    key: string,
  ): TemplateResult {
    const status = statusOf(task, statuses);
    const overdue = isOverdue(task, status, today);
    const names = (ids: readonly string[]): (TemplateResult | string)[] =>
      ids.flatMap((id, i) => (i ? ['; ', this.unitLabel(id, plan, locale)] : [this.unitLabel(id, plan, locale)]));
    const timing = task.timing;
    const when =
      timing.kind === 'due'
        ? translate(locale, 'timing.due', { date: formatDate(timing.due, locale) })
        : translate(locale, `timing.${timing.kind}`);
    return html`<li class="task ${status}${overdue ? ' is-overdue' : ''}" part="task">
      <p class="activity" part="activity">${task.number ? html`<span class="num">${task.number}</span> ` : nothing}${dataText(task.activity, locale)}</p>
      <dl class="meta" part="meta">
        <div><dt>${t(locale, 'list.lead')}</dt><dd>${names(task.lead)}</dd></div>
        ${task.partners.length ? html`<div><dt>${t(locale, 'list.partners')}</dt><dd>${names(task.partners)}</dd></div>` : nothing}
        <div><dt>${t(locale, 'list.timing')}</dt><dd>${when}</dd></div>
        <div>
          <dt>${t(locale, 'list.status')}</dt>
          <dd><span class="status" part="status">${translate(locale, `status.${status}`)}</span>${
            overdue
              ? html` <span class="overdue" part="overdue"><span aria-hidden="true">⚠</span> ${translate(locale, 'task.overdue')}</span>`
              : nothing
          }</dd>
        </div>
      </dl>
      ${assessing ? this.renderAssess(task, status, locale, key) : nothing}
    </li>`;
  }

  private renderAssess(task: PlanTask, status: TaskStatus, locale: Locale, key: string): TemplateResult {
    const entry = this.store.tasks[task.id];
    const draft = this.drafts.get(task.id);
    const evidence = draft?.value ?? entry?.evidence ?? '';
    const bad = !!draft?.shown;
    // A task serving two dimensions is shown twice: the key (dimension and position) keeps the ids unique.
    const errorId = `evidence-error-${key}`;
    return html`<div class="assess" part="assess">
      <label
        >${t(locale, 'list.status')}
        <select data-task=${task.id} @change=${this.onStatus}>
          ${TASK_STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${translate(locale, `status.${s}`)}</option>`)}
        </select></label
      >
      <details ?open=${!!(entry?.evidence || entry?.note || draft)}>
        <summary>${t(locale, 'list.details')}</summary>
        <label
          >${t(locale, 'list.evidence-link')}
          <input type="url" inputmode="url" maxlength="2048" data-task=${task.id} data-field="evidence"
            .value=${evidence}
            aria-invalid=${bad ? 'true' : 'false'}
            aria-describedby=${bad ? errorId : nothing}
            @input=${this.onField}
            @change=${this.onField}
        /></label>
        ${bad ? html`<p class="field-error" id=${errorId} role="alert">${t(locale, 'list.evidence-bad')}</p>` : nothing}
        <label
          >${t(locale, 'list.note')}
          <textarea maxlength="1000" rows="2" data-task=${task.id} data-field="note" .value=${entry?.note ?? ''} @input=${this.onField} @change=${this.onField}></textarea
        ></label>
      </details>
    </div>`;
  }

  private onStatus(e: Event): void {
    const select = e.target as HTMLSelectElement;
    const taskId = select.dataset.task!;
    const status = select.value as TaskStatus;
    inBackground(this.store.set(taskId, { status }), 'assessment');
    this.fire<TaskStatusEventDetail>('papi-task-status', { taskId, status });
  }

  /**
   * Typing (input) is saved after a pause, leaving the field (change) at once. While typing the value is kept as
   * typed (trimming it would move the caret); on change it is trimmed. Evidence that is no http(s) link stays in the
   * field, with its error once the field is left, and is not saved: the saved evidence is then none.
   */
  private onField(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const taskId = input.dataset.task!;
    const field = input.dataset.field === 'note' ? 'note' : 'evidence';
    const typing = e.type === 'input';
    const raw = input.value.slice(0, field === 'note' ? 1000 : 2048);
    const value = typing ? raw : raw.trim();
    if (field === 'evidence') {
      const trimmed = value.trim();
      if (trimmed && !isHttpUrl(trimmed)) {
        const shown = !typing || !!this.drafts.get(taskId)?.shown;
        this.drafts.set(taskId, { value, shown });
        if (this.store.tasks[taskId]?.evidence)
          inBackground(this.store.set(taskId, { evidence: '' }, { debounce: typing }), 'assessment');
        else {
          if (!typing) inBackground(this.store.flush(), 'assessment');
          this.requestUpdate();
        }
        return;
      }
      this.drafts.delete(taskId);
    }
    const saved = this.store.tasks[taskId]?.[field] ?? '';
    if (value === saved) {
      if (!typing) inBackground(this.store.flush(), 'assessment'); // what the typing left pending is saved now
      this.requestUpdate();
      return;
    }
    inBackground(this.store.set(taskId, { [field]: value }, { debounce: typing }), 'assessment');
  }

  private renderAssessmentBar(
    plan: Plan,
    tasks: readonly PlanTask[],
    unit: string | undefined,
    locale: Locale,
  ): TemplateResult {
    if (!unit) return html`<p class="message" part="message" role="status">${t(locale, 'list.pick-unit')}</p>`;
    const s = this.submission;
    const endpointProblem = this.endpointProblem(locale);
    // "Saved" only once IndexedDB has committed; meanwhile "saving".
    const saveMessage =
      this.store.state === 'failed'
        ? t(locale, 'list.save-failed')
        : this.store.saving
          ? t(locale, 'list.saving')
          : this.store.state === 'ready' && Object.keys(this.store.tasks).length
            ? t(locale, 'list.saved')
            : '';
    const message = !s
      ? ''
      : s.state === 'queued' && s.held
        ? heldMessage(s.detail, locale)
        : s.state === 'queued'
          ? s.restored
            ? t(locale, 'list.report-queued', { period: s.period ?? this.reportPeriod })
            : t(locale, 'list.queued')
          : s.state === 'sent'
            ? s.restored
              ? t(locale, 'list.report-sent', {
                  period: s.period ?? this.reportPeriod,
                  host: s.host ?? '',
                  time: formatTime(s.at, locale),
                })
              : t(locale, 'list.sent', { host: s.host ?? '' })
            : s.state === 'rejected'
              ? t(locale, 'list.rejected', { reason: s.detail ?? '' })
              : s.state === 'failed'
                ? s.detail === STORAGE_FAILED
                  ? t(locale, 'list.submit-storage')
                  : t(locale, 'list.submit-failed', { reason: s.detail ?? '' })
                : t(locale, 'loading');
    return html`<div class="actions" part="actions">
      <p class="period">${t(locale, 'list.period', { period: this.reportPeriod })}</p>
      <button type="button" part="button" @click=${() => this.exportCsv(plan, tasks, unit)}>${t(locale, 'list.export-csv')}</button>
      <button type="button" part="button" @click=${() => this.exportJson(plan, tasks, unit)}>${t(locale, 'list.export-json')}</button>
      ${
        this.reportsUrl
          ? // aria-disabled, not disabled, while saving: a disabled button would drop the keyboard focus to the page.
            html`<button
            type="button"
            part="button"
            class="primary"
            aria-disabled=${s?.state === 'saving' ? 'true' : 'false'}
            @click=${() => inBackground(this.submit(plan, tasks, unit), 'report')}
          >
            ${t(locale, 'list.submit', { period: this.reportPeriod })}
          </button>`
          : nothing
      }
      ${
        endpointProblem
          ? html`<div class="error" role="alert" part="error">
            <p>${t(locale, 'list.not-configured')}</p>
            <ul lang=${editorsLang(locale)}>
              <li>${t(locale, 'list.editor', { detail: endpointProblem })}</li>
            </ul>
          </div>`
          : nothing
      }
      <p class="message" part="message" role="status" aria-atomic="false"
        ><span class="message report ${s?.state ?? ''}">${message}</span>${message && saveMessage ? ' ' : ''}<span
          class="message save${this.store.state === 'failed' ? ' failed' : ''}"
          >${saveMessage}</span
        ></p
      >
      ${this.reportsUrl ? this.renderToken(unit, plan, locale) : nothing}
    </div>`;
  }

  /**
   * The unit's token: the form while a report waits for one (none entered on this device, or refused) or on request;
   * otherwise whether one is kept.
   */
  private renderToken(unit: string, plan: Plan, locale: Locale): TemplateResult | typeof nothing {
    const token = this.token;
    if (!token.scope || token.state === 'unknown') return nothing;
    const s = this.submission;
    const waiting = s?.state === 'queued' && !!s.held;
    const params = { unit: this.unitNameOf(unit, plan, locale) };
    return unitTokenView(token, {
      text: (key) => t(locale, key === 'save' && waiting ? 'list.token.save-send' : `list.token.${key}`, params),
      forced: waiting || (token.state === 'none' && s?.state === 'saving'),
      none: { said: t(locale, 'list.token.none'), enter: t(locale, 'list.token.enter') },
    });
  }

  /** The unit's entries for the tasks shown, as core's report entries. */
  private entries(tasks: readonly PlanTask[]): ReportTaskEntry[] {
    return tasks.map((task) => {
      const e = this.store.tasks[task.id];
      const entry: { -readonly [K in keyof ReportTaskEntry]: ReportTaskEntry[K] } = {
        taskId: task.id,
        status: e?.status ?? statusOf(task),
      };
      const evidence = e?.evidence?.trim();
      const note = e?.note?.trim();
      if (evidence && isHttpUrl(evidence)) entry.evidence = evidence;
      if (note) entry.note = note;
      return entry;
    });
  }

  private exportCsv(plan: Plan, tasks: readonly PlanTask[], unit: string): void {
    const locale = this.i18n.locale;
    const rows: (string | number | undefined)[][] = [
      [
        t(locale, 'csv.id'),
        t(locale, 'csv.number'),
        t(locale, 'csv.activity'),
        t(locale, 'csv.dimensions'),
        t(locale, 'list.lead'),
        t(locale, 'list.partners'),
        t(locale, 'list.timing'),
        t(locale, 'list.status'),
        t(locale, 'list.evidence'),
        t(locale, 'list.note'),
      ],
    ];
    const names = (ids: readonly string[]): string => ids.map((id) => this.unitNameOf(id, plan, locale)).join('; ');
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
    const body = {
      planId: plan.id,
      unit,
      period: this.reportPeriod,
      tasks: this.entries(tasks),
      lang: this.i18n.locale,
      exportedAt: new Date().toISOString(),
    };
    const name = fileName(`${plan.id}-${unit}-${this.reportPeriod}`, 'json');
    download(name, JSON.stringify(body, null, 2), 'application/json');
    this.fire<ExportEventDetail>('papi-export', { format: 'json', fileName: name, tasks: tasks.length });
  }

  /**
   * Where reports go: `endpoint` as given when its path ends in /api/reports; the collector's /api/ with reports
   * added; else the collector's base URL with api/reports added (as <papi-feedback-button> adds api/feedback).
   * Only a full http(s) address or a path starting with "/" is taken; anything else gives undefined.
   */
  get reportsUrl(): string | undefined {
    return collectorUrl(this.endpoint, 'reports');
  }

  private async submit(plan: Plan, tasks: readonly PlanTask[], unit: string): Promise<void> {
    if (this.submission?.state === 'saving') return; // the button is aria-disabled meanwhile: activations are ignored
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
      this.submission = {
        state: 'failed',
        detail: check.issues
          .slice(0, 3)
          .map((i) => formatIssue(i, locale === 'en' ? 'en' : 'vi'))
          .join('; '),
      };
      return;
    }
    this.submission = { state: 'saving', id: report.id };
    const outbox = getOutbox();
    this.listen();
    try {
      // With the unit's token for this collector; without one kept, the outbox holds the report until it is entered.
      const item = await outbox.enqueue('report', url, report as unknown as { id: string } & Record<string, unknown>, {
        auth: tokenScope(url, unit),
      });
      // Remembered with the assessment, so that after a reload the bar can say whether this report was sent.
      inBackground(this.store.setReport(report.period, report.id), 'assessment');
      const detail: ReportEventDetail = { id: report.id, unit, period: report.period, endpoint: url };
      if (this.submission?.id === report.id && this.submission.state === 'saving') {
        // The outbox may already have said that it waits for a token (held): that stays.
        this.submission = { ...this.submission, state: 'queued', id: report.id };
        this.fire('papi-report-queued', detail);
        if (!this.submission.held && this.token.state === 'none')
          this.submission = { ...this.submission, held: true, detail: 'token-missing' };
      }
      if (item.state !== 'queued') this.outboxChanged(item);
    } catch {
      // The outbox could not keep it (storage blocked, refused or full): said in words, never as a DOMException.
      this.submission = { state: 'failed', id: report.id, detail: STORAGE_FAILED };
    }
  }

  private outboxChanged(item: OutboxItem): void {
    const s = this.submission;
    if (!s || s.id !== item.id) return;
    if (item.state === 'queued') {
      // Waiting for a token, or sent on again once one was entered: the bar and the token field follow.
      const held = !!item.held;
      if (held !== !!s.held || (held && s.detail !== item.lastError))
        this.submission = { ...s, held, detail: held ? (item.lastError ?? '') : '' };
      return;
    }
    const body = item.body as UnitReport;
    const detail: ReportEventDetail = { id: item.id, unit: body.unit, period: body.period, endpoint: item.endpoint };
    if (s.state === 'saving') {
      this.submission = { state: 'queued', id: item.id };
      this.fire('papi-report-queued', detail);
    }
    if (item.state === 'sent') {
      if (s.state === 'sent') return; // heard twice (this tab and another's broadcast)
      this.submission = { ...s, state: 'sent', id: item.id, host: hostOf(item.endpoint), at: item.doneAt, held: false };
      this.fire('papi-report-sent', detail);
    } else {
      this.submission = { ...s, state: 'rejected', id: item.id, detail: item.lastError ?? '' };
    }
  }

  private fire<T>(type: string, detail: T): void {
    this.dispatchEvent(composedEvent(type, detail));
  }
}

/** What the bar says of a report the outbox holds for the unit's token: none entered, or which refusal. */
function heldMessage(code: string | undefined, locale: Locale): string {
  if (code === 'token-wrong-unit') return t(locale, 'list.token-wrong-unit');
  if (code === 'token-invalid' || code === 'token-required' || code === 'http-401' || code === 'http-403')
    return t(locale, 'list.token-refused');
  return t(locale, 'list.token-waiting');
}

/** Whether an outbox item's body is the report of this plan, unit and period. */
function matches(body: unknown, planId: string, unit: string, period: string): boolean {
  const r = body as Partial<UnitReport> | undefined;
  return r?.planId === planId && r.unit === unit && r.period === period;
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** A moment (ms) as "14:05 27/11/2026", in the town's time zone. */
function formatTime(ms: number | undefined, locale: Locale): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const when = new Date(ms);
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: TOWN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(when);
  return `${clock} ${formatDate(todayIso(when), locale)}`;
}

/** The element's events bubble and cross shadow roots, so a page can listen on document. */
function composedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
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
