import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  type AnswerStatus,
  type Locale,
  type ReceiptStatus,
  ANSWER_STATUSES,
  answerErased,
  formatDateTime,
  localize,
  parseReceipt,
  preview,
  unitById,
} from '@papi/core';
import { commonText, statusText as t } from '../i18n/translate.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { endpointExample } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { editorsLang } from '../shared/error-view.js';
import { heading, headingLevel } from '../shared/heading.js';
import { inBackground } from '../shared/in-background.js';
import { languageChoice } from '../shared/language-choice.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { panelStyles } from '../shared/panel-styles.js';
import { baseStyles } from '../shared/styles.js';
import { type LookupResult, codeFromAddress, lookUpReceipt, receiptUrl } from './lookup.js';
import { statusStyles } from './papi-feedback-status.styles.js';

type FieldError = { readonly kind: 'empty' } | { readonly kind: 'malformed'; readonly value: string };

const composed = (type: string, detail: unknown): CustomEvent =>
  new CustomEvent(type, { detail, bubbles: true, composed: true });

/**
 * A resident types or pastes the receipt code of their feedback and sees where it stands (received, being handled,
 * answered), when, and the unit's answer, as plain text. The code is checked before anything is asked of the
 * collector; an unknown code, too many look-ups, no connection each get their own message.
 *
 * @summary A resident looks up their feedback by its receipt code.
 * @tagname papi-feedback-status
 * @attr endpoint - The collector: its base URL ("https://gopy.example.gov.vn", or "/" on the portal's own site) or its /api/ address; api/receipts/<code> is added. Without a usable one, the element tells the editors why.
 * @attr code - A code to look up at once (e.g. from a link). Without it, the page's address gives one: #receipt=K7MQ-3XPD (what the feedback dialog links to) or ?receipt=K7MQ-3XPD.
 * @attr heading-level - Level of the element's title (2 by default); the result's heading is one level below.
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor. A language the resident chooses (Tiếng Việt / ភាសាខ្មែរ / English) wins over it and is remembered on the device.
 * @fires papi-status-found - A code was looked up and found; detail: { receipt, status }.
 * @fires papi-status-error - A look-up failed or the code was not taken; detail: { kind, receipt? } (kind: empty, malformed, unknown, busy, offline, network, timeout, server, invalid).
 * @csspart status - The whole element.
 * @csspart title - Its title.
 * @csspart languages - The choice of language.
 * @csspart language - Each language's button (aria-pressed on the chosen one).
 * @csspart form - The code's form.
 * @csspart input - The code's field.
 * @csspart submit - The look-up button.
 * @csspart result - What was found.
 * @csspart result-title - Its heading, with the code.
 * @csspart steps - The three steps (received, being handled, answered), the current one marked.
 * @csspart details - The unit and the dates.
 * @csspart answer-title - The heading of the unit's answer (or of its note while it handles the feedback).
 * @csspart answer - The unit's answer (plain text, its line breaks kept).
 * @csspart answer-erased - Says the answer's text was erased at the sender's request (papi-collector forget).
 * @csspart error - The field's error, a failed look-up, and the note for the editors.
 * @cssprop --papi-accent - Button and link colour.
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-ok - Colour of "answered".
 * @cssprop --papi-warn - Colour of "being handled".
 * @cssprop --papi-bad - Colour of errors.
 */
export class PapiFeedbackStatus extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, panelStyles, statusStyles];
  static override properties = {
    endpoint: { type: String },
    code: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    input: { state: true, attribute: false },
    fieldError: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    result: { state: true, attribute: false },
  };

  declare endpoint: string | undefined;
  declare code: string | undefined;
  declare headingLevel: number | undefined;
  declare private input: string;
  declare private fieldError: FieldError | undefined;
  /** The code being looked up. */
  declare private loading: string | undefined;
  declare private result: LookupResult | undefined;

  private readonly i18n = new LocaleController(this, {
    residentChoice: true,
    strings: ELEMENT_STRINGS['papi-feedback-status'],
  });

  /** The last code asked for (written form), for the look-ups the element makes again by itself. */
  private asked: string | undefined;
  private generation = 0;
  /** Until then the collector asked not to be asked again (Retry-After): no request is made before it. */
  private retryAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.input = '';
  }

  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private readonly onOnline = (): void => {
    // Back online: what could not be asked is asked now.
    if (this.asked && (this.result?.kind === 'offline' || this.result?.kind === 'network'))
      inBackground(this.lookUp(this.asked), 'status');
  };

  private readonly onHashChange = (): void => {
    const code = codeFromAddress(globalThis.location);
    if (code && code !== this.input) {
      this.input = code;
      inBackground(this.lookUp(code), 'status');
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  protected override firstUpdated(): void {
    const given = this.code?.trim() || codeFromAddress(globalThis.location);
    if (given) {
      this.input = given;
      inBackground(this.lookUp(given), 'status');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('code') && changed.get('code') !== undefined && this.code?.trim()) {
      this.input = this.code.trim();
      inBackground(this.lookUp(this.input), 'status');
    }
  }

  /**
   * Looks a code up (the field's, by default). A code that cannot be one is refused before any request; while the
   * collector has asked to wait, no request is made and the wait is told again.
   */
  async lookUp(raw: string = this.input, options: { focus?: boolean } = {}): Promise<void> {
    const value = raw.trim();
    if (!value) return this.refuse({ kind: 'empty' }, options.focus);
    const code = parseReceipt(value);
    if (!code) return this.refuse({ kind: 'malformed', value }, options.focus);
    const url = receiptUrl(this.endpoint, code);
    if (!url) return; // the editors' note says why
    this.fieldError = undefined;
    this.input = code;
    this.asked = code;
    if (Date.now() < this.retryAt) {
      this.result = { kind: 'busy', retryAt: this.retryAt };
      return;
    }
    const generation = ++this.generation;
    this.loading = code;
    this.result = undefined;
    const result = await lookUpReceipt(url, code);
    if (generation !== this.generation) return; // a newer look-up has started
    this.loading = undefined;
    this.result = result;
    if (result.kind === 'found') {
      this.dispatchEvent(composed('papi-status-found', { receipt: code, status: result.value.status }));
      if (options.focus) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
      }
      return;
    }
    if (result.kind === 'busy') this.waitUntil(result.retryAt, code);
    this.dispatchEvent(composed('papi-status-error', { kind: result.kind, receipt: code }));
  }

  /** The collector's wait (Retry-After): honoured, then the same code is looked up again by itself. */
  private waitUntil(retryAt: number, code: string): void {
    this.retryAt = retryAt;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(
      () => {
        this.retryAt = 0;
        if (this.asked === code && this.result?.kind === 'busy') inBackground(this.lookUp(code), 'status');
      },
      Math.max(0, retryAt - Date.now()),
    );
  }

  private async refuse(error: FieldError, focus = false): Promise<void> {
    ++this.generation; // an earlier look-up's answer is not for this code
    this.loading = undefined;
    this.fieldError = error;
    this.result = undefined;
    this.dispatchEvent(
      composed('papi-status-error', {
        kind: error.kind,
        ...(error.kind === 'malformed' ? { receipt: error.value } : {}),
      }),
    );
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    inBackground(this.lookUp(this.input, { focus: true }), 'status');
  }

  /** What the page's editors got wrong, in the reader's language. */
  private problems(locale: Locale): string[] {
    const endpoint = this.endpoint?.trim();
    if (!endpoint) return [t(locale, 'status.missing-endpoint')];
    if (!receiptUrl(endpoint, 'K7MQ-3XPD'))
      return [t(locale, 'status.bad-endpoint', { value: preview(endpoint), example: endpointExample(endpoint) })];
    return [];
  }

  override render() {
    const locale = this.i18n.locale;
    const level = headingLevel(this.headingLevel);
    const lang = locale === this.i18n.pageLocale ? nothing : locale;
    const problems = this.problems(locale);
    const result = this.result;
    return html`<section class="status-box panel" part="status" aria-labelledby="title" lang=${lang}>
      ${heading(level, 'title', 'title', t(locale, 'status.title'))} ${languageChoice(locale)}
      <p class="intro">${t(locale, 'status.intro')}</p>
      ${
        problems.length
          ? html`<div class="error" role="alert" part="error">
            <p>${t(locale, 'status.not-configured')}</p>
            <ul lang=${editorsLang(locale)}>
              ${problems.map((p) => html`<li>${t(locale, 'status.editor', { detail: p })}</li>`)}
            </ul>
          </div>`
          : this.renderForm(locale)
      }
      <div class="live" role="status">
        ${this.loading ? html`<p class="loading">${t(locale, 'status.loading', { code: this.loading })}</p>` : nothing}
        ${
          result?.kind === 'found'
            ? html`<p class="visually-hidden">
              ${t(locale, 'status.found', { code: result.value.receipt, state: t(locale, `status.state.${result.value.status}`) })}
            </p>`
            : nothing
        }
      </div>
      ${result && result.kind !== 'found' ? this.renderFailure(locale, result) : nothing}
      ${result?.kind === 'found' ? this.renderResult(locale, result.value, level + 1) : nothing}
    </section>`;
  }

  private renderForm(locale: Locale) {
    const error = this.fieldError;
    return html`<form novalidate part="form" @submit=${this.submit}>
      <label class="field" for="code">${t(locale, 'status.code')}</label>
      <p id="code-hint" class="hint">${t(locale, 'status.code-hint')}</p>
      <div class="row">
        <input
          id="code"
          name="receipt"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="32"
          lang="en"
          translate="no"
          aria-describedby="code-hint${error ? ' code-error' : ''}"
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.input}
          @input=${(e: Event) => (this.input = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" part="submit">${t(locale, 'status.submit')}</button>
      </div>
      ${
        error
          ? html`<p id="code-error" class="field-error" role="alert" part="error" data-error=${error.kind}>
            ${
              error.kind === 'empty'
                ? t(locale, 'status.error.empty')
                : t(locale, 'status.error.malformed', { value: preview(error.value) })
            }
          </p>`
          : nothing
      }
    </form>`;
  }

  private renderFailure(locale: Locale, result: Exclude<LookupResult, { kind: 'found' }>) {
    let message: string;
    switch (result.kind) {
      case 'unknown':
        message = t(locale, 'status.error.unknown', { code: result.code });
        break;
      case 'busy':
        message = t(locale, 'status.error.busy', {
          seconds: Math.max(1, Math.ceil((result.retryAt - Date.now()) / 1000)),
        });
        break;
      case 'network':
        message = t(locale, 'status.error.network', { host: result.host });
        break;
      case 'timeout':
        message = t(locale, 'status.error.timeout', { host: result.host, seconds: result.seconds });
        break;
      case 'server':
        message = t(locale, 'status.error.server', { status: result.status });
        break;
      default:
        message = t(locale, `status.error.${result.kind}`);
    }
    const retry = result.kind === 'network' || result.kind === 'timeout' || result.kind === 'server';
    return html`<div class="error" role="alert" part="error" data-error=${result.kind}>
      <p>${message}</p>
      ${
        retry && this.asked
          ? html`<button type="button" @click=${() => inBackground(this.lookUp(this.asked, { focus: true }), 'status')}>
            ${commonText(locale, 'action.retry')}
          </button>`
          : nothing
      }
    </div>`;
  }

  private renderResult(locale: Locale, value: ReceiptStatus, level: number) {
    // The code sits where the sentence puts it, in its own span (read letter by letter, never translated).
    const [before = '', after = ''] = t(locale, 'status.result', { code: '\u0000' }).split('\u0000');
    const known = unitById(value.unit);
    const unit = known ? localize(known.name, locale) : value.unit;
    const current = ANSWER_STATUSES.indexOf(value.status);
    const when = (iso: string) => html`<time datetime=${iso}>${formatDateTime(Date.parse(iso), locale)}</time>`;
    const updated =
      value.updatedAt && value.updatedAt !== value.receivedAt && value.updatedAt !== value.answeredAt
        ? value.updatedAt
        : undefined;
    return html`<article class="result ${value.status}" part="result" tabindex="-1" aria-labelledby="result-title" data-status=${value.status}>
      ${heading(Math.min(level, 6), 'result-title', 'result-title', html`${before}<span class="code" lang="en" translate="no">${value.receipt}</span>${after}`)}
      <ol class="steps" part="steps" aria-label=${t(locale, 'status.steps')}>
        ${ANSWER_STATUSES.map(
          (s: AnswerStatus, i) =>
            html`<li class=${i < current ? 'past' : i === current ? 'current' : 'future'} aria-current=${i === current ? 'step' : nothing}>
              ${t(locale, `status.state.${s}`)}
            </li>`,
        )}
      </ol>
      <p class="explain">${t(locale, `status.explain.${value.status}`)}</p>
      <dl part="details">
        <div><dt>${t(locale, 'status.state')}</dt><dd class="state">${t(locale, `status.state.${value.status}`)}</dd></div>
        <div><dt>${t(locale, 'status.unit')}</dt><dd>${unit}</dd></div>
        <div><dt>${t(locale, 'status.received-at')}</dt><dd>${when(value.receivedAt)}</dd></div>
        ${updated ? html`<div><dt>${t(locale, 'status.updated-at')}</dt><dd>${when(updated)}</dd></div>` : nothing}
        ${value.answeredAt ? html`<div><dt>${t(locale, 'status.answered-at')}</dt><dd>${when(value.answeredAt)}</dd></div>` : nothing}
      </dl>
      ${
        value.answer
          ? html`${heading(
              Math.min(level + 1, 6),
              'answer-title',
              'answer-title',
              t(locale, value.status === 'answered' ? 'status.answer' : 'status.note'),
            )}
            <p class="answer" part="answer">${value.answer}</p>`
          : answerErased(value)
            ? html`<p class="hint" part="answer-erased">${t(locale, 'status.answer-erased')}</p>`
            : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-feedback-status': PapiFeedbackStatus;
  }
}
