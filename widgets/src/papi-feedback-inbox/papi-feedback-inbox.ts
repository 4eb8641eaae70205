import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ANSWER_MAX_LENGTH,
  DIMENSION_FACTS,
  INBOX_FILTERS,
  SATISFACTION_LEVELS,
  type AnswerChangeStatus,
  type InboxItem,
  type Issue,
  type Locale,
  type ReceiptStatus,
  answerErased,
  answerLength,
  formatDateTime,
  formatIssue,
  isUnitIdFormat,
  localize,
  preview,
  procedureById,
  unitById,
  validateAnswer,
} from '@papi/core';
import { inboxText as t } from '../i18n/translate.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { endpointExample } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { download } from '../shared/download.js';
import { editorsLang } from '../shared/error-view.js';
import { heading, headingLevel } from '../shared/heading.js';
import { indexedDbAvailable } from '../shared/idb.js';
import { inBackground } from '../shared/in-background.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { panelStyles } from '../shared/panel-styles.js';
import { baseStyles } from '../shared/styles.js';
import { getUnitToken, tokenScope } from '../shared/unit-tokens.js';
import { UnitTokenController, unitTokenStyles, unitTokenView } from '../shared/unit-token-form.js';
import {
  type Failure,
  type Inbox,
  type InboxFilters,
  apiBase,
  dimensionFilter,
  fetchInbox,
  fetchInboxCsv,
  sendAnswer,
  statusFilter,
} from './inbox-api.js';
import { inboxStyles } from './papi-feedback-inbox.styles.js';

type ListState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly inbox: Inbox }
  | { readonly status: 'error'; readonly failure: Failure };

/** What an item's answer form says after a try: the answer's own problems (core's issues) or the collector's. */
type ItemProblem = { readonly issues: readonly Issue[] } | { readonly failure: Failure };

const composed = (type: string, detail: unknown): CustomEvent =>
  new CustomEvent(type, { detail, bubbles: true, composed: true });

/** core's issue text (which starts in lower case, to follow a field's name) as a sentence of its own. */
const sentence = (text: string, locale: Locale): string =>
  `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}${/[.។!?]$/.test(text) ? '' : locale === 'km' ? '។' : '.'}`;

/** A receipt code as an id fragment (the codes are letters, digits and one dash). */
const idOf = (receipt: string): string => receipt.replace(/[^\w-]/g, '');

/**
 * A unit's inbox of residents' feedback, for the unit's officer: the feedback with its comment, and the contact
 * where the resident consented; filters (unanswered, overdue, in progress, answered; by PAPI dimension); an answer
 * (or an "in progress" note) per feedback, which the resident reads with their receipt code; a CSV export. The
 * officer enters the unit's token once: it is kept on the device (the same store as the checklist's) and sent only
 * in the Authorization header of the inbox's requests to the collector.
 *
 * @summary A unit's inbox: its officer reads and answers residents' feedback.
 * @tagname papi-feedback-inbox
 * @attr unit - The unit whose feedback is shown (units registry id, e.g. "xa-lai-hoa-2025"; another id of the registry's form with unit-name).
 * @attr unit-name - The unit's name, for a unit the registry does not know (the collector's PAPI_UNITS).
 * @attr endpoint - The collector: its base URL ("https://gopy.example.gov.vn", or "/" on the portal's own site) or its /api/ address.
 * @attr heading-level - Level of the element's title (2 by default); each feedback's heading is one level below.
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-inbox-loaded - The list was loaded; detail: { unit, count, truncated }.
 * @fires papi-inbox-answered - A change was stored; detail: { receipt, status }.
 * @fires papi-inbox-error - A request failed; detail: { kind, receipt? }.
 * @csspart inbox - The whole element.
 * @csspart title - Its title.
 * @csspart token - The unit token's field and buttons.
 * @csspart rule - The days the unit has to answer.
 * @csspart filters - The filters' form.
 * @csspart button - Every button.
 * @csspart items - The list of feedback.
 * @csspart item - One feedback.
 * @csspart item-title - Its heading, with the receipt code.
 * @csspart comment - What the resident wrote (plain text).
 * @csspart contact - The resident's contact (only where they consented).
 * @csspart dossier - The dossier code a resident gave at the counter's kiosk.
 * @csspart overdue - The "overdue" mark.
 * @csspart answer - The answer or note sent (plain text).
 * @csspart answer-erased - Says the answer's text was erased at the sender's request (papi-collector forget).
 * @csspart answer-form - The answer's form.
 * @csspart error - Errors, and the note for the editors.
 * @cssprop --papi-accent - Button and link colour.
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-ok - Colour of "answered".
 * @cssprop --papi-warn - Colour of "in progress".
 * @cssprop --papi-bad - Colour of "overdue" and of errors.
 */
export class PapiFeedbackInbox extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, panelStyles, unitTokenStyles, inboxStyles];
  static override properties = {
    unit: { type: String },
    unitName: { type: String, attribute: 'unit-name' },
    endpoint: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare unit: string | undefined;
  declare unitName: string | undefined;
  declare endpoint: string | undefined;
  declare headingLevel: number | undefined;

  private readonly i18n = new LocaleController(this, { strings: ELEMENT_STRINGS['papi-feedback-inbox'] });

  /** The unit's token for the collector: the list is loaded with it, again whenever it changes. */
  private readonly token = new UnitTokenController(this, {
    stateId: 'token-state',
    loaded: (stored) => {
      if (stored) this.reload();
    },
    changed: () => inBackground(this.tokenChanged(), 'inbox token'),
    saved: () => {
      // Answers that failed for the old token may be sent again now.
      for (const [receipt, problem] of this.problems)
        if ('failure' in problem && (problem.failure.kind === 'refused' || problem.failure.kind === 'wrong-unit'))
          this.problems.delete(receipt);
    },
    afterSave: () => this.load(),
    forgotten: () => {
      this.loadedWith = undefined;
      ++this.generation;
      this.list = { status: 'idle' };
    },
  });
  /** When the token the list was last loaded with was saved (the token's identity, without the token). */
  private loadedWith: number | undefined;

  private list: ListState = { status: 'idle' };
  private filters: InboxFilters = {};
  private generation = 0;
  /** What the officer typed per feedback: kept until it is sent, whatever fails meanwhile. */
  private readonly drafts = new Map<string, string>();
  private readonly open = new Set<string>();
  private readonly sending = new Map<string, AnswerChangeStatus>();
  private readonly problems = new Map<string, ItemProblem>();
  /** The last thing done, said once in the live region. */
  private notice = '';
  private exporting = false;
  private exportProblem: Failure | undefined;

  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private get base(): string | undefined {
    return apiBase(this.endpoint);
  }

  private get unitId(): string {
    return this.unit?.trim() ?? '';
  }

  /** The unit's name in the reader's language: the registry's, else unit-name, else its id. */
  private unitLabel(locale: Locale): string {
    const known = unitById(this.unitId);
    return known ? localize(known.name, locale) : this.unitName?.trim() || this.unitId;
  }

  private get wantedScope(): string {
    const base = this.base;
    return base && this.configProblems('vi').length === 0 && indexedDbAvailable() ? tokenScope(base, this.unitId) : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('unit') || changed.has('endpoint') || !this.hasUpdated) {
      const scope = this.wantedScope;
      if (scope !== this.token.scope) {
        this.list = { status: 'idle' };
        this.token.use(scope);
      }
    }
  }

  /** Another tab or element saved or removed this scope's token: the list follows, unless it already has. */
  private async tokenChanged(): Promise<void> {
    const scope = this.token.scope;
    const stored = await getUnitToken(scope);
    if (scope !== this.token.scope || stored?.savedAt === this.loadedWith) return;
    this.list = { status: 'idle' };
    this.token.refresh(true);
  }

  /** The token kept for the scope, read for one request (it is never kept in the element). */
  private async currentToken(): Promise<string | undefined> {
    const scope = this.token.scope;
    return scope ? (await getUnitToken(scope))?.token : undefined;
  }

  /** Loads the list again, with the filters applied (the outcome shows in the list's state). */
  reload(): void {
    inBackground(this.load(), 'inbox');
  }

  private async load(): Promise<void> {
    const base = this.base;
    const scope = this.token.scope;
    const generation = ++this.generation;
    const stored = scope ? await getUnitToken(scope) : undefined;
    const token = stored?.token;
    if (!base || !token || generation !== this.generation) return;
    this.loadedWith = stored.savedAt;
    this.list = { status: 'loading' };
    this.requestUpdate();
    const result = await fetchInbox(base, this.unitId, token, this.filters);
    if (generation !== this.generation || scope !== this.token.scope) return;
    if (result.ok) {
      this.list = { status: 'ready', inbox: result.value };
      this.dispatchEvent(
        composed('papi-inbox-loaded', {
          unit: this.unitId,
          count: result.value.items.length,
          truncated: result.value.truncated,
        }),
      );
    } else {
      const { ok: _, ...failure } = result;
      this.list = { status: 'error', failure };
      this.failed(failure);
    }
    this.requestUpdate();
  }

  /** Reports a failure; a refused token opens the token's field, so that the officer can replace it. */
  private failed(failure: Failure, receipt?: string): void {
    if (failure.kind === 'refused' || failure.kind === 'wrong-unit') this.token.formOpen = true;
    this.dispatchEvent(composed('papi-inbox-error', { kind: failure.kind, ...(receipt ? { receipt } : {}) }));
  }

  private focusAfterUpdate(selector: string): void {
    inBackground(
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
      'focus',
    );
  }

  // ---- filters and export ----------------------------------------------------------------------------------------

  private onFilter(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const status = statusFilter((form.elements.namedItem('status') as HTMLSelectElement).value);
    const dimension = dimensionFilter((form.elements.namedItem('dimension') as HTMLSelectElement).value);
    this.filters = { ...(status ? { status } : {}), ...(dimension ? { dimension } : {}) };
    this.notice = '';
    this.reload();
  }

  private async exportCsv(): Promise<void> {
    const base = this.base;
    const token = await this.currentToken();
    if (!base || !token || this.exporting) return;
    this.exporting = true;
    this.exportProblem = undefined;
    this.notice = '';
    this.requestUpdate();
    const result = await fetchInboxCsv(base, this.unitId, token, this.filters);
    this.exporting = false;
    if (result.ok) {
      download(result.value.name, result.value.blob, 'text/csv;charset=utf-8');
      this.notice = t(this.i18n.locale, 'inbox.exported', { name: result.value.name });
    } else {
      const { ok: _, ...failure } = result;
      this.exportProblem = failure;
      this.failed(failure);
    }
    this.requestUpdate();
  }

  // ---- answers ---------------------------------------------------------------------------------------------------

  private openAnswer(receipt: string): void {
    this.open.add(receipt);
    this.requestUpdate();
    this.focusAfterUpdate(`#answer-${idOf(receipt)}`);
  }

  private closeAnswer(receipt: string): void {
    this.open.delete(receipt);
    this.problems.delete(receipt);
    this.requestUpdate();
    this.focusAfterUpdate(`#open-${idOf(receipt)}`);
  }

  private onDraft(receipt: string, e: Event): void {
    this.drafts.set(receipt, (e.target as HTMLTextAreaElement).value);
    const problem = this.problems.get(receipt);
    if (problem && 'issues' in problem) this.problems.delete(receipt);
    this.requestUpdate();
  }

  /** Checks the change with core's rules, sends it, and shows the outcome; the text typed stays until it is stored. */
  private async submitAnswer(receipt: string, status: AnswerChangeStatus): Promise<void> {
    if (this.sending.has(receipt)) return;
    const text = this.drafts.get(receipt) ?? '';
    const checked = validateAnswer(text.trim() ? { status, answer: text } : { status });
    if (!checked.ok) {
      this.problems.set(receipt, { issues: checked.issues });
      this.requestUpdate();
      this.focusAfterUpdate(`#answer-${idOf(receipt)}`);
      return;
    }
    const base = this.base;
    const token = await this.currentToken();
    if (!base || !token) {
      this.problems.set(receipt, { failure: { kind: 'refused', code: 'token-required' } });
      this.token.formOpen = true;
      this.requestUpdate();
      return;
    }
    this.sending.set(receipt, status);
    this.problems.delete(receipt);
    this.notice = '';
    this.requestUpdate();
    const result = await sendAnswer(base, receipt, token, checked.change);
    this.sending.delete(receipt);
    const locale = this.i18n.locale;
    if (result.ok) {
      this.applyChange(result.value, checked.change.answer);
      this.drafts.delete(receipt);
      this.open.delete(receipt);
      this.notice = t(locale, status === 'answered' ? 'inbox.answer.sent' : 'inbox.answer.progress-sent', {
        code: receipt,
      });
      this.dispatchEvent(composed('papi-inbox-answered', { receipt, status: result.value.status }));
      this.requestUpdate();
      this.focusAfterUpdate(`#item-${idOf(receipt)} .item-title`);
    } else {
      const { ok: _, ...failure } = result;
      this.problems.set(receipt, { failure });
      this.failed(failure, receipt);
      this.requestUpdate();
      this.focusAfterUpdate(`#problem-${idOf(receipt)}`);
    }
  }

  /** The list shows the stored change at once (the collector's answer), without loading everything again. */
  private applyChange(value: ReceiptStatus, text: string | undefined): void {
    if (this.list.status !== 'ready') return;
    const inbox = this.list.inbox;
    const items = inbox.items.map((item): InboxItem => {
      if (item.receipt !== value.receipt) return item;
      const { answer: _a, answeredAt: _b, ...rest } = item;
      const at = value.updatedAt ?? new Date().toISOString();
      const last = item.history[item.history.length - 1];
      const same = last && last.status === value.status && last.answer === text;
      return {
        ...rest,
        status: value.status,
        overdue: value.status === 'answered' ? false : item.overdue,
        ...(value.answer === undefined ? {} : { answer: value.answer }),
        ...(value.answeredAt === undefined ? {} : { answeredAt: value.answeredAt }),
        history: same
          ? item.history
          : [...item.history, { status: value.status, ...(text === undefined ? {} : { answer: text }), at }],
      };
    });
    this.list = { status: 'ready', inbox: { ...inbox, items } };
  }

  // ---- rendering -------------------------------------------------------------------------------------------------

  /** What the page's editors got wrong, in the reader's language. */
  private configProblems(locale: Locale): string[] {
    const out: string[] = [];
    const endpoint = this.endpoint?.trim();
    if (!endpoint) out.push(t(locale, 'inbox.missing-endpoint'));
    else if (!apiBase(endpoint))
      out.push(t(locale, 'inbox.bad-endpoint', { value: preview(endpoint), example: endpointExample(endpoint) }));
    const unit = this.unitId;
    if (!unit) out.push(t(locale, 'inbox.missing-unit'));
    else if (!unitById(unit) && !(isUnitIdFormat(unit) && this.unitName?.trim()))
      out.push(t(locale, 'inbox.bad-unit', { value: preview(unit) }));
    return out;
  }

  override render() {
    const locale = this.i18n.locale;
    const level = headingLevel(this.headingLevel);
    const problems = this.configProblems(locale);
    const unit = this.unitLabel(locale);
    return html`<section class="inbox panel" part="inbox" aria-labelledby="title">
      ${heading(level, 'title', 'title', t(locale, 'inbox.title', { unit }))}
      <p class="intro">${t(locale, 'inbox.intro')}</p>
      ${
        problems.length
          ? html`<div class="error" role="alert" part="error">
            <p>${t(locale, 'inbox.not-configured')}</p>
            <ul lang=${editorsLang(locale)}>
              ${problems.map((p) => html`<li>${t(locale, 'inbox.editor', { detail: p })}</li>`)}
            </ul>
          </div>`
          : !indexedDbAvailable()
            ? html`<p class="error" role="alert" part="error">${t(locale, 'inbox.token.storage')}</p>`
            : this.renderBody(locale, unit, level + 1)
      }
    </section>`;
  }

  private renderBody(locale: Locale, unit: string, level: number): TemplateResult | typeof nothing {
    if (this.token.state === 'unknown') return html`<p role="status">${t(locale, 'inbox.loading')}</p>`;
    const list = this.list;
    const refusal =
      list.status === 'error' && (list.failure.kind === 'refused' || list.failure.kind === 'wrong-unit')
        ? list.failure
        : undefined;
    return html`${refusal ? this.renderFailure(locale, refusal) : nothing} ${this.renderToken(locale, unit)}
    ${this.token.state === 'saved' ? this.renderList(locale, level) : nothing}`;
  }

  private renderToken(locale: Locale, unit: string): TemplateResult {
    // Nothing shows without a token: while none is kept, the form stays.
    return unitTokenView(this.token, {
      text: (key) => t(locale, `inbox.token.${key}`, { unit }),
      forced: this.token.state === 'none',
    });
  }

  private failureText(locale: Locale, failure: Failure): string {
    switch (failure.kind) {
      case 'refused':
        return t(locale, 'inbox.error.refused');
      case 'wrong-unit':
        return t(locale, 'inbox.error.wrong-unit', { unit: this.unitLabel(locale) });
      case 'origin':
        return t(locale, 'inbox.error.origin', { origin: globalThis.location?.origin ?? '' });
      case 'busy':
        return t(locale, 'inbox.error.busy', {
          seconds: Math.max(1, Math.ceil((failure.retryAt - Date.now()) / 1000)),
        });
      case 'rejected':
        return t(locale, 'inbox.error.rejected', {
          code: [failure.code, ...failure.issues].filter(Boolean).join(', '),
        });
      case 'network':
        return t(locale, 'inbox.error.network', { host: failure.host });
      case 'timeout':
        return t(locale, 'inbox.error.timeout', { host: failure.host, seconds: failure.seconds });
      case 'server':
        return t(locale, 'inbox.error.server', { status: failure.status });
      default:
        return t(locale, `inbox.error.${failure.kind}`);
    }
  }

  private renderFailure(locale: Locale, failure: Failure): TemplateResult {
    const retry = failure.kind !== 'refused' && failure.kind !== 'wrong-unit' && failure.kind !== 'origin';
    return html`<div class="error" role="alert" part="error" data-error=${failure.kind}>
      <p>${this.failureText(locale, failure)}</p>
      ${retry ? html`<button type="button" part="button" @click=${() => this.reload()}>${t(locale, 'action.retry')}</button>` : nothing}
    </div>`;
  }

  private renderRule(locale: Locale, inbox: Inbox): TemplateResult {
    return html`<p class="rule" part="rule">
      ${t(locale, 'inbox.rule', { days: inbox.answerDays })}
      ${inbox.answerDaysConfirmed ? nothing : html`<span class="unconfirmed">${t(locale, 'inbox.rule-unconfirmed')}</span>`}
    </p>`;
  }

  private renderList(locale: Locale, level: number): TemplateResult {
    const list = this.list;
    const status = this.filters.status ?? '';
    const dimension = this.filters.dimension ?? '';
    const inbox = list.status === 'ready' ? list.inbox : undefined;
    return html`${inbox ? this.renderRule(locale, inbox) : nothing}
      <form class="filters" part="filters" novalidate @submit=${(e: Event) => this.onFilter(e)}>
        <div class="field">
          <label for="filter-status">${t(locale, 'inbox.filter.status')}</label>
          <select id="filter-status" name="status">
            <option value="" ?selected=${status === ''}>${t(locale, 'inbox.filter.all')}</option>
            ${INBOX_FILTERS.map((f) => html`<option value=${f} ?selected=${status === f}>${t(locale, `inbox.filter.${f}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-dimension">${t(locale, 'inbox.filter.dimension')}</label>
          <select id="filter-dimension" name="dimension">
            <option value="" ?selected=${dimension === ''}>${t(locale, 'inbox.filter.dimension-all')}</option>
            ${DIMENSION_FACTS.map((d) => html`<option value=${d.id} ?selected=${dimension === d.id}>${d.number}. ${localize(d.name, locale)}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button type="submit" part="button" class="primary">${t(locale, 'inbox.filter.apply')}</button>
          <button type="button" part="button" ?disabled=${this.exporting} @click=${() => inBackground(this.exportCsv(), 'inbox export')}>
            ${t(locale, this.exporting ? 'inbox.exporting' : 'inbox.export')}
          </button>
        </div>
      </form>
      ${this.exportProblem ? html`<div class="error" role="alert" part="error" data-error=${this.exportProblem.kind}><p>${t(locale, 'inbox.export-failed', { reason: this.failureText(locale, this.exportProblem) })}</p></div>` : nothing}
      <div class="live" role="status">
        ${list.status === 'loading' ? html`<p>${t(locale, 'inbox.loading')}</p>` : nothing}
        ${inbox ? html`<p class="count">${t(locale, inbox.truncated ? 'inbox.count-truncated' : 'inbox.count', { count: inbox.items.length })}</p>` : nothing}
        ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      </div>
      ${list.status === 'error' && list.failure.kind !== 'refused' && list.failure.kind !== 'wrong-unit' ? this.renderFailure(locale, list.failure) : nothing}
      ${
        inbox
          ? inbox.items.length === 0
            ? html`<p class="empty">${t(locale, this.filters.status || this.filters.dimension ? 'inbox.empty-filtered' : 'inbox.empty')}</p>`
            : html`<ul class="items" part="items">
                ${inbox.items.map((item) => html`<li>${this.renderItem(locale, item, level)}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  private renderItem(locale: Locale, item: InboxItem, level: number): TemplateResult {
    const id = idOf(item.receipt);
    const when = (iso: string) => html`<time datetime=${iso}>${formatDateTime(Date.parse(iso), locale)}</time>`;
    const [before = '', after = ''] = t(locale, 'inbox.item', { code: '\u0000' }).split('\u0000');
    const rating = SATISFACTION_LEVELS.find((l) => l.value === item.rating);
    const dimension = DIMENSION_FACTS.find((d) => d.id === item.dimension);
    const procedure = item.service ? procedureById(item.service) : undefined;
    const service = procedure ? localize(procedure.name, locale) : item.service;
    const lang = item.lang === 'vi' || item.lang === 'en' || item.lang === 'km' ? item.lang : undefined;
    return html`<article class="item ${item.status}${item.overdue ? ' is-overdue' : ''}" part="item" id="item-${id}" aria-labelledby="item-title-${id}" data-receipt=${item.receipt} data-status=${item.status}>
      ${heading(
        Math.min(level, 6),
        `item-title-${id}`,
        'item-title',
        html`${before}<span class="code" lang="en" translate="no">${item.receipt}</span>${after}`,
        { focusable: true, className: 'item-title' },
      )}
      <p class="badges">
        <span class="state">${t(locale, `inbox.state.${item.status}`)}</span>
        ${item.overdue ? html`<span class="overdue" part="overdue">${t(locale, 'inbox.overdue')}</span>` : nothing}
      </p>
      <dl class="details">
        <div><dt>${t(locale, 'inbox.received-at')}</dt><dd>${when(item.receivedAt)}</dd></div>
        ${item.status === 'answered' && item.answeredAt ? html`<div><dt>${t(locale, 'inbox.answered-at')}</dt><dd>${when(item.answeredAt)}</dd></div>` : html`<div><dt>${t(locale, 'inbox.due-at')}</dt><dd>${when(item.dueAt)}</dd></div>`}
        <div><dt>${t(locale, 'inbox.rating')}</dt><dd>${rating ? `${item.rating} – ${localize(rating.name, locale)}` : String(item.rating)}</dd></div>
        ${dimension ? html`<div><dt>${t(locale, 'inbox.dimension')}</dt><dd>${dimension.number}. ${localize(dimension.name, locale)}</dd></div>` : nothing}
        ${service ? html`<div><dt>${t(locale, 'inbox.service')}</dt><dd>${service}</dd></div>` : nothing}
        ${lang ? html`<div><dt>${t(locale, 'inbox.lang')}</dt><dd>${t(locale, `inbox.lang.${lang}`)}</dd></div>` : nothing}
        ${item.contact ? html`<div><dt>${t(locale, 'inbox.contact')}</dt><dd class="contact" part="contact">${item.contact}</dd></div>` : nothing}
        ${item.dossier ? html`<div><dt>${t(locale, 'inbox.dossier')}</dt><dd class="dossier" part="dossier">${item.dossier}</dd></div>` : nothing}
      </dl>
      ${
        item.comment
          ? html`<p class="label">${t(locale, 'inbox.comment')}</p><p class="comment" part="comment" lang=${lang ?? nothing}>${item.comment}</p>`
          : html`<p class="hint">${t(locale, 'inbox.no-comment')}</p>`
      }
      ${
        item.answer
          ? html`<p class="label">${t(locale, item.status === 'answered' ? 'inbox.answer.current' : 'inbox.answer.note')}</p><p class="answer" part="answer">${item.answer}</p>`
          : answerErased(item)
            ? html`<p class="hint" part="answer-erased">${t(locale, 'inbox.answer.erased')}</p>`
            : nothing
      }
      ${
        item.history.length
          ? html`<details class="history"><summary>${t(locale, 'inbox.history', { count: item.history.length })}</summary>
            <ol>${item.history.map((h) => html`<li>${when(h.at)}: ${t(locale, `inbox.state.${h.status === 'answered' || h.status === 'in-progress' ? h.status : 'received'}`)}${h.answer ? html` — <span class="history-text">${h.answer}</span>` : answerErased(h) ? html` — <span class="hint">${t(locale, 'inbox.history.erased')}</span>` : nothing}</li>`)}</ol>
          </details>`
          : nothing
      }
      ${this.open.has(item.receipt) ? this.renderAnswerForm(locale, item) : html`<div class="actions"><button type="button" part="button" class="primary" id="open-${id}" aria-describedby="item-title-${id}" @click=${() => this.openAnswer(item.receipt)}>${t(locale, item.status === 'answered' ? 'inbox.answer.edit' : 'inbox.answer.open')}</button></div>`}
    </article>`;
  }

  private renderAnswerForm(locale: Locale, item: InboxItem): TemplateResult {
    const id = idOf(item.receipt);
    const text = this.drafts.get(item.receipt) ?? '';
    const length = answerLength(text.trim());
    const tooLong = length > ANSWER_MAX_LENGTH;
    const problem = this.problems.get(item.receipt);
    const sending = this.sending.get(item.receipt);
    const issueLocale = locale;
    const messages =
      problem && 'issues' in problem
        ? problem.issues.map((i) => sentence(formatIssue({ ...i, path: '' }, issueLocale), locale))
        : problem
          ? [t(locale, 'inbox.answer.failed', { reason: this.failureText(locale, problem.failure) })]
          : [];
    const described = `answer-hint-${id} answer-count-${id}${messages.length ? ` problem-${id}` : ''}`;
    return html`<form class="answer-form" part="answer-form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      inBackground(this.submitAnswer(item.receipt, 'answered'), 'inbox answer');
    }}>
      <label for="answer-${id}">${t(locale, 'inbox.answer.label', { code: item.receipt })}</label>
      <p class="hint" id="answer-hint-${id}">${t(locale, 'inbox.answer.hint', { max: ANSWER_MAX_LENGTH })}</p>
      <textarea
        id="answer-${id}"
        name="answer"
        rows="5"
        aria-invalid=${messages.length && (tooLong || (problem && 'issues' in problem)) ? 'true' : 'false'}
        aria-describedby=${described}
        .value=${text}
        @input=${(e: Event) => this.onDraft(item.receipt, e)}
      ></textarea>
      <p class="counter${tooLong ? ' over' : ''}" id="answer-count-${id}">
        ${t(locale, 'inbox.answer.counter', { count: length, max: ANSWER_MAX_LENGTH })}
      </p>
      ${
        messages.length
          ? html`<div class="field-error" id="problem-${id}" role="alert" tabindex="-1" data-error=${problem && 'failure' in problem ? problem.failure.kind : 'invalid'}>
            ${messages.map((m) => html`<p>${m}</p>`)}
          </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" part="button" class="primary" ?disabled=${!!sending}>
          ${t(locale, sending === 'answered' ? 'inbox.answer.sending' : 'inbox.answer.send')}
        </button>
        ${
          item.status === 'answered'
            ? nothing
            : html`<button type="button" part="button" ?disabled=${!!sending} @click=${() => inBackground(this.submitAnswer(item.receipt, 'in-progress'), 'inbox answer')}>
              ${t(locale, sending === 'in-progress' ? 'inbox.answer.sending' : 'inbox.answer.progress')}
            </button>`
        }
        <button type="button" part="button" @click=${() => this.closeAnswer(item.receipt)}>${t(locale, 'inbox.answer.close')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-feedback-inbox': PapiFeedbackInbox;
  }
}
