import { LitElement, html, nothing } from 'lit';
import {
  type Issue,
  type Locale,
  DIMENSION_FACTS,
  FEEDBACK_LIMITS,
  SATISFACTION_LEVELS,
  formatDate,
  formatIssue,
  isDimensionId,
  todayIso,
  localize,
  unitById,
  validateFeedback,
} from '@papi/core';
import { feedbackText as t } from '../i18n/translate.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { editorsLang } from '../shared/error-view.js';
import { languageChoice } from '../shared/language-choice.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { ELEMENT_STRINGS, KIOSK_STRINGS, isKiosk } from '../i18n/parts.js';
import { type OutboxItem, getOutbox, receiptOf } from '../shared/outbox.js';
import { type KeptReceipt, markReceiptsSeen, unseenReceipts } from '../shared/receipts.js';
import { baseStyles } from '../shared/styles.js';
import { feedbackStyles } from './papi-feedback-button.styles.js';
import { inBackground } from '../shared/in-background.js';
import { indexedDbAvailable } from '../shared/idb.js';
import {
  type FeedbackStatus,
  configProblems,
  feedbackRecord,
  feedbackUrl,
  presets,
  statusHref,
  statusOf,
  unitsOf,
} from './feedback.js';
import type { Kiosk } from './kiosk.js';

export { type FeedbackStatus, feedbackUrl, statusOf };

type Field = 'rating' | 'comment' | 'contact' | 'consent' | 'form';

/** The minimum time, after the dialog opens, before feedback is sent (see PapiFeedbackButton.minFillMs). */
export const MIN_FILL_MS = 800;

function composedEvent(type: string, detail: unknown): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

const tooLong = (locale: Locale, i: Issue) =>
  t(locale, 'feedback.error.too-long', { length: Number(i.params?.length ?? 0), max: Number(i.params?.max ?? 0) });

/**
 * A button that opens a dialog in which a resident rates a unit's service on the 5-level satisfaction scale, with
 * an optional PAPI dimension, comment and (only with consent) contact. What is sent is first saved in the widgets'
 * IndexedDB outbox and then sent to the collector, retried until the collector acknowledges it; the dialog says
 * truthfully whether it was sent or saved to be sent later.
 *
 * With mode="kiosk" it is the counter's tablet instead (kiosk.ts): the rating fills the screen, and after each
 * rating it thanks the resident and resets for the next.
 *
 * @summary A resident feedback button with an offline-safe outbox.
 * @tagname papi-feedback-button
 * @attr endpoint - The collector: its base URL ("https://gopy.example.gov.vn"), its /api/ address, or the full URL ending in /api/feedback; a full http(s) address, or a path starting with "/" on the page's own site. Without it, or with anything else (a bare host name, ftp:, javascript:), the dialog says that the portal has not set up feedback, and tells the editors why.
 * @attr unit - The unit whose service is rated (units registry id, e.g. "phuong-vinh-chau-2025"). A unit the registry does not know (another commune or ward) is taken when unit-name gives its name and the id has the registry's form (a-z, 0-9 and -, e.g. "phuong-an-binh"); the collector must know it too (its PAPI_UNITS file). Otherwise the dialog tells the editors that the unit is unknown or its id malformed.
 * @attr unit-name - The name of a unit the registry does not know, shown to the resident ("Phường An Bình"); not needed for the registry's units, whose names come in three languages.
 * @attr dimension - Presets the PAPI dimension, d1 … d8 (otherwise the resident may pick one).
 * @attr service - Presets the service: an essential procedure id from core (e.g. "khai-sinh") or the portal's own slug.
 * @attr label - The button's text (default: "Góp ý" in the reader's language).
 * @attr status-url - The address of the portal's status page (a page with <papi-feedback-status>, e.g. "/tra-cuu-gop-y/"): the line that asks the resident to keep their code links there, with the code after # (never sent to a server). Without it, the line has no link. At the kiosk it is shown as text and printed on the slip, not as a link.
 * @attr mode - "kiosk" for a tablet at the one-stop counter: the rating fills the screen with large buttons, then an optional comment and dossier code (mã hồ sơ), a thank-you with the receipt code and a print button, and a reset within reset-after seconds for the next person. No contact field, no PAPI dimension choice (preset dimension and service instead). Anything else is the button and its dialog.
 * @attr reset-after - Kiosk: the seconds the thank-you stays, from when its outcome (the receipt code) shows, before the kiosk resets, 1 to 10 (default 10).
 * @attr heading-level - Kiosk: the level of each screen's heading (2 by default; 1 on a page that is the kiosk alone).
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor. A language the resident chooses in the dialog (Tiếng Việt / ភាសាខ្មែរ / English) wins over it, is remembered on the device, and is the feedback's lang.
 * @fires papi-feedback-open - When the dialog opens; detail: { unit, dimension, service }.
 * @fires papi-feedback-queued - When the feedback is committed to the outbox; detail: { id }.
 * @fires papi-feedback-sent - When the collector acknowledged it; detail: { id, ack }.
 * @fires papi-feedback-rejected - When the collector refused it (4xx); detail: { id, error }.
 * @fires papi-kiosk-reset - Kiosk: the screen is ready for the next person; detail: { reason } ("done": the resident pressed Done, "timeout": the thank-you's time ran out, "idle": a rating was chosen and left unsent).
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart title - The dialog's heading (kiosk: each screen's heading).
 * @csspart languages - The choice of language in the dialog.
 * @csspart language - Each language's button (aria-pressed on the chosen one).
 * @csspart close - The close button at the top of the dialog.
 * @csspart rating - The satisfaction fieldset.
 * @csspart option - Each satisfaction choice (a label around a radio).
 * @csspart dimension - The PAPI dimension select.
 * @csspart comment - The comment box.
 * @csspart counter - The comment's character count.
 * @csspart consent - The consent checkbox's label.
 * @csspart contact - The contact field.
 * @csspart send - The send button.
 * @csspart cancel - The cancel button.
 * @csspart receipt - The receipt code's line after sending.
 * @csspart receipt-code - The receipt code itself.
 * @csspart status-link - The link to the status page (with status-url).
 * @csspart copy - "Copy the code".
 * @csspart earlier - The codes of feedback delivered since the resident's last visit.
 * @csspart retry - "Send again", for feedback that this device could not keep and that was not delivered.
 * @csspart status - What happened to the feedback after send.
 * @csspart error - Field errors and the not-configured message.
 * @csspart kiosk - Kiosk: the whole screen.
 * @csspart kiosk-rating - Kiosk: the group of five rating buttons.
 * @csspart kiosk-option - Kiosk: each rating button.
 * @csspart dossier - Kiosk: the dossier code field.
 * @csspart slip - Kiosk: the receipt as shown and printed (code, unit, time, where to check it).
 * @csspart print - Kiosk: the print button.
 * @csspart done - Kiosk: "Done", which resets the screen at once.
 * @cssprop --papi-accent - Button and focus colour.
 * @cssprop --papi-surface - Dialog background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-ok - Colour of "sent".
 * @cssprop --papi-warn - Colour of "saved, to be sent".
 * @cssprop --papi-bad - Colour of errors.
 * @cssprop --papi-feedback-button-color - Text colour of the button (default white on the accent).
 * @cssprop --papi-feedback-dialog-width - Dialog width (default 32rem, never wider than the screen).
 * @cssprop --papi-kiosk-height - Kiosk: the height the kiosk fills (default the whole screen, 100dvh).
 */
export class PapiFeedbackButton extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, feedbackStyles];
  static override properties = {
    endpoint: { type: String },
    unit: { type: String },
    unitName: { type: String, attribute: 'unit-name' },
    dimension: { type: String },
    service: { type: String },
    label: { type: String },
    statusUrl: { type: String, attribute: 'status-url' },
    mode: { type: String },
    resetAfter: { type: Number, attribute: 'reset-after' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    minFillMs: { attribute: false },
    tapGuardMs: { attribute: false },
    rating: { state: true, attribute: false },
    chosenDimension: { state: true, attribute: false },
    comment: { state: true, attribute: false },
    consent: { state: true, attribute: false },
    contact: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    status: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    earlier: { state: true, attribute: false },
  };

  declare endpoint: string | undefined;
  declare unit: string | undefined;
  declare unitName: string | undefined;
  declare dimension: string | undefined;
  declare service: string | undefined;
  declare label: string | undefined;
  declare statusUrl: string | undefined;
  declare mode: string | undefined;
  declare resetAfter: number | undefined;
  declare headingLevel: number | undefined;
  /**
   * Kiosk: after each change of screen its buttons wait this long before they take a tap (600 ms by default; after
   * a reset, at least 1.5 s), so that the second tap of a double tap never acts on the next screen.
   */
  declare tapGuardMs: number;
  /**
   * The spam guard's minimum time from opening to sending (800 ms by default). A person's send that comes sooner
   * (a quick tap-tap, or the keyboard) is sent as usual: it is never dropped. Only a scripted send that comes sooner
   * is taken for a bot's: it gets a thank-you, and nothing is queued.
   */
  declare minFillMs: number;
  declare private rating: number | undefined;
  declare private chosenDimension: string;
  declare private comment: string;
  declare private consent: boolean;
  declare private contact: string;
  declare private errors: Partial<Record<Field, string>>;
  declare private status: FeedbackStatus | undefined;
  declare private busy: boolean;
  /** The receipt code of the feedback just sent. */
  declare private receipt: string | undefined;
  /** What copying the code did: copied, or only selected (the clipboard was refused). */
  declare private copied: 'copied' | 'selected' | undefined;
  /** Codes of this unit's feedback the outbox delivered after the resident left, not shown to them yet. */
  declare private earlier: readonly KeptReceipt[];

  private readonly i18n = new LocaleController(this, {
    // At the kiosk each person chooses for themselves, and the choice ends with their rating.
    residentChoice: () => !this.kioskMode,
    own: () => (this.kioskMode ? this.kiosk?.lang : undefined),
    strings: () => (this.kioskMode ? KIOSK_STRINGS : ELEMENT_STRINGS['papi-feedback-button']),
  });

  /** The counter's kiosk (mode="kiosk"), loaded when first asked for: a page with the button does not carry it. */
  private kiosk: Kiosk | undefined;
  private kioskLoading: Promise<void> | undefined;

  private get kioskMode(): boolean {
    return isKiosk(this.mode);
  }

  /** The first render waits for the strings of the element's locale, and in kiosk mode for the kiosk's code. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.kioskMode) await this.loadKiosk();
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private loadKiosk(): Promise<void> {
    this.kioskLoading ??= import('./kiosk.js').then(
      ({ Kiosk }) => {
        this.kiosk = new Kiosk(this, () => this.i18n);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.kioskLoading = undefined; // a later update tries again
        console.error('<papi-feedback-button>: the kiosk could not be loaded', error);
      },
    );
    return this.kioskLoading;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('mode') && this.hasUpdated) {
      this.i18n.refresh();
      if (this.kioskMode) inBackground(this.loadKiosk(), 'feedback');
    }
  }

  private openedAt = 0;
  /** Ids this button queued: their later fate is announced as events. */
  private readonly mine = new Map<string, FeedbackStatus>();
  private current: string | undefined;
  private rejectedCode: string | undefined;
  /** Feedback this device could not keep and the collector has not acknowledged: held here for "Send again". */
  private unsent: { record: ReturnType<PapiFeedbackButton['record']>; attempts: number } | undefined;

  constructor() {
    super();
    this.minFillMs = MIN_FILL_MS;
    this.tapGuardMs = 600;
    this.reset();
  }

  private reset(): void {
    this.rating = undefined;
    this.chosenDimension = '';
    this.comment = '';
    this.consent = false;
    this.contact = '';
    this.errors = {};
    this.status = undefined;
    this.busy = false;
    this.current = undefined;
    this.unsent = undefined;
    this.receipt = undefined;
    this.copied = undefined;
    this.earlier = [];
  }

  private readonly onChange = (event: Event): void => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    const before = this.mine.get(item.id);
    if (!before) {
      // Feedback from an earlier visit, delivered just now: the open dialog gives its code.
      if (item.kind === 'feedback' && item.state === 'sent' && this.dialog?.open && !this.status)
        inBackground(this.loadEarlier(), 'feedback');
      return;
    }
    const status = statusOf(item);
    this.mine.set(item.id, status);
    if (item.id === this.current) {
      this.rejectedCode = item.lastError;
      this.status = status;
      if (status === 'sent') this.showReceipt(item);
    }
    if (status === before) return;
    if (status === 'sent') this.fire('papi-feedback-sent', { id: item.id, ack: item.ack });
    if (status === 'rejected') this.fire('papi-feedback-rejected', { id: item.id, error: item.lastError });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (indexedDbAvailable()) getOutbox().addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (indexedDbAvailable()) getOutbox().removeEventListener('change', this.onChange);
  }

  private fire(type: string, detail: unknown): void {
    this.dispatchEvent(composedEvent(type, detail));
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Shows the code of the feedback just sent; the resident has seen it, so the next visit does not repeat it. */
  private showReceipt(item: OutboxItem): void {
    this.receipt = receiptOf(item);
    if (this.receipt && indexedDbAvailable()) inBackground(markReceiptsSeen([item.id]), 'feedback');
  }

  /** Codes of feedback delivered since the resident last saw this dialog; shown once, then marked seen. */
  private async loadEarlier(): Promise<void> {
    const unit = this.unit?.trim();
    if (!unit || !indexedDbAvailable()) return;
    const earlier = await unseenReceipts(unit);
    if (earlier.length === 0 || !this.dialog?.open || this.status) return;
    this.earlier = earlier;
    await this.updateComplete;
    await markReceiptsSeen(earlier.map((e) => e.id));
  }

  private async copyReceipt(): Promise<void> {
    const code = this.receipt;
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      this.copied = 'copied';
    } catch {
      // Refused (no secure context, no permission): the code is selected for the resident to copy.
      const el = this.renderRoot.querySelector('[part~="receipt-code"]');
      if (el) getSelection()?.selectAllChildren(el);
      this.copied = 'selected';
    }
  }

  /** Opens the dialog (as the button does). */
  async show(): Promise<void> {
    if (this.status) this.reset();
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // browsers before 2022: not modal, but usable
    this.openedAt = Date.now();
    inBackground(this.loadEarlier(), 'feedback');
    const first = ['input[type="radio"]:checked', 'input[type="radio"]', '.done button']
      .map((s) => dialog.querySelector<HTMLElement>(s))
      .find(Boolean);
    (first ?? dialog).focus();
    this.fire('papi-feedback-open', {
      unit: this.unit ?? null,
      dimension: this.dimension ?? null,
      service: this.service ?? null,
    });
  }

  /** Closes the dialog; focus goes back to the button. */
  close(): void {
    const dialog = this.dialog;
    if (typeof dialog?.close === 'function') dialog.close();
    else if (dialog?.hasAttribute('open')) {
      dialog.removeAttribute('open');
      this.onClosed();
    }
  }

  private onClosed(): void {
    if (this.status) this.reset();
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  }

  /** Keeps Tab and Shift+Tab inside the dialog. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const dialog = this.dialog!;
    const tabbable = [...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea')].filter(
      (el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && !el.closest('[aria-hidden="true"]'),
    );
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (event.shiftKey ? active === first || !dialog.contains(active) : active === last || !dialog.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  /** The record as it will be validated and queued. */
  record(): Record<string, unknown> & { id: string } {
    return feedbackRecord(this, {
      rating: this.rating,
      dimension: this.chosenDimension,
      comment: this.comment,
      ...(this.consent ? { contact: this.contact } : {}),
      lang: this.i18n.locale,
    });
  }

  /**
   * Whether a send comes from a person: the browser's own (trusted) submit event, while the page has transient user
   * activation, which only a real key press, click or tap gives and a script cannot. (A submit that a script starts
   * with requestSubmit() or click() is trusted too, so isTrusted alone does not tell.) Browsers without
   * navigator.userActivation get the benefit of the doubt: a resident is never taken for a bot.
   */
  static isTrustedSubmit(event: Event): boolean {
    if (!event.isTrusted) return false;
    const activation = (
      globalThis.navigator as (Navigator & { userActivation?: { readonly isActive: boolean } }) | undefined
    )?.userActivation;
    return activation ? activation.isActive : true;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const locale = this.i18n.locale;
    const honeypot = (this.renderRoot.querySelector('input[name="website"]') as HTMLInputElement | null)?.value;
    // Too quick for a person, unless a person it demonstrably is: then it is sent at once, like any other.
    const early = Date.now() - this.openedAt < this.minFillMs;
    if (honeypot || (early && !PapiFeedbackButton.isTrustedSubmit(event))) {
      // A bot: a plausible thank-you, and nothing is kept or sent.
      this.status = 'thanks';
      return this.focusDone();
    }
    const record = this.record();
    const result = validateFeedback(record, { units: unitsOf(this) });
    if (!result.ok) {
      const errors: Partial<Record<Field, string>> = {};
      for (const issue of result.issues) {
        const field = issue.path as Field;
        errors[field] ??=
          field === 'rating'
            ? t(locale, 'feedback.error.rating')
            : field === 'consent'
              ? t(locale, 'feedback.error.consent')
              : issue.code === 'too-long'
                ? tooLong(locale, issue)
                : formatIssue(issue, locale === 'en' ? 'en' : 'vi');
      }
      this.errors = errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.errors = {};
    try {
      let item: OutboxItem;
      try {
        item = await getOutbox().enqueue('feedback', feedbackUrl(this.endpoint)!, record);
      } catch {
        // This device cannot keep it (storage blocked, refused or full): it goes directly, once, and the dialog says so.
        this.unsent = { record, attempts: 0 };
        return await this.sendUnsaved();
      }
      this.mine.set(item.id, 'sending');
      this.current = item.id;
      this.status = 'sending';
      this.fire('papi-feedback-queued', { id: item.id });
      const latest = await getOutbox()
        .get(item.id) // it may have been answered already
        .catch(() => undefined);
      if (latest) this.onChange(new CustomEvent('change', { detail: latest }));
      await this.focusDone();
    } finally {
      this.busy = false;
    }
  }

  /** Sends the feedback this device could not keep, directly; on failure the dialog offers "Send again". */
  private async sendUnsaved(): Promise<void> {
    const unsent = this.unsent;
    if (!unsent) return;
    const { record } = unsent;
    this.current = record.id;
    this.status = 'sending-unsaved';
    await this.focusDone();
    const item = await getOutbox().sendUnsaved('feedback', feedbackUrl(this.endpoint)!, record, unsent.attempts);
    if (this.unsent !== unsent) return; // the dialog was closed meanwhile
    unsent.attempts = item.attempts;
    this.rejectedCode = item.lastError;
    if (item.state === 'queued') {
      this.status = 'unsaved';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.done [part~="retry"]')?.focus();
      return;
    }
    this.unsent = undefined;
    this.status = item.state === 'sent' ? 'sent' : 'rejected-unsaved';
    if (item.state === 'sent') this.receipt = receiptOf(item);
    if (item.state === 'sent') this.fire('papi-feedback-sent', { id: item.id, ack: item.ack });
    else this.fire('papi-feedback-rejected', { id: item.id, error: item.lastError });
  }

  private async focusDone(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.done button')?.focus();
  }

  private error(field: Field) {
    const message = this.errors[field];
    return message ? html`<p class="field-error" id="${field}-error" part="error">${message}</p>` : nothing;
  }

  override render() {
    const locale = this.i18n.locale;
    const problems = configProblems(this, locale);
    if (this.kioskMode) return this.kiosk?.render(locale, problems) ?? nothing;
    // The resident's chosen language may differ from the page's: say so, for screen readers and fonts.
    const lang = locale === this.i18n.pageLocale ? nothing : locale;
    return html`<button type="button" part="button" class="open" aria-haspopup="dialog" lang=${this.label?.trim() ? nothing : lang} @click=${() => inBackground(this.show(), 'feedback')}>
        ${this.label?.trim() || t(locale, 'feedback.open')}
      </button>
      <dialog part="dialog" aria-labelledby="title" lang=${lang} @close=${this.onClosed} @keydown=${this.onKeydown}>
        <div class="head">
          <h2 id="title" part="title">${t(locale, 'feedback.title')}</h2>
          <button type="button" class="x" part="close" aria-label=${t(locale, 'feedback.close')} @click=${this.close}>×</button>
        </div>
        ${languageChoice(locale)}
        ${problems.length ? this.renderProblems(locale, problems) : this.renderOutcome(locale)}
        ${
          problems.length
            ? nothing
            : this.status
              ? html`<div class="done">
                ${
                  this.status === 'unsaved'
                    ? html`<button type="button" part="retry" class="primary" @click=${() => inBackground(this.sendUnsaved(), 'feedback')}>${t(locale, 'feedback.retry')}</button>`
                    : nothing
                }
                ${
                  this.status === 'sent' && this.receipt
                    ? html`<button type="button" part="copy" @click=${() => inBackground(this.copyReceipt(), 'feedback')}>${t(locale, 'feedback.receipt-copy')}</button>`
                    : nothing
                }
                <button type="button" part="cancel" @click=${this.close}>${t(locale, 'feedback.close')}</button>
              </div>`
              : this.renderForm(locale)
        }
      </dialog>`;
  }

  private renderProblems(locale: Locale, problems: string[]) {
    return html`<div class="error done" role="alert" part="error">
      <p>${t(locale, 'feedback.not-configured')}</p>
      <ul lang=${editorsLang(locale)}>
        ${problems.map((p) => html`<li>${t(locale, 'feedback.not-configured-editor', { detail: p })}</li>`)}
      </ul>
      <button type="button" part="cancel" @click=${this.close}>${t(locale, 'feedback.close')}</button>
    </div>`;
  }

  /** The outcome sits in a live region that is there from the start, so that screen readers announce each change. */
  private renderOutcome(locale: Locale) {
    const status = this.status;
    return html`<div class="outcome" role="status">
      ${status ? html`<p class="thanks">${t(locale, 'feedback.thanks')}</p>` : nothing}
      ${
        status && status !== 'thanks'
          ? html`<p class="status ${status}" part="status" data-status=${status}>
            ${
              status === 'rejected' || status === 'rejected-unsaved'
                ? t(locale, `feedback.status.${status}`, { code: this.rejectedCode ?? '' })
                : t(locale, `feedback.status.${status}`)
            }
          </p>`
          : nothing
      }
      ${
        status === 'sent' && this.receipt
          ? html`<p class="receipt" part="receipt">
              ${t(locale, 'feedback.receipt')} <strong part="receipt-code" class="code" lang="en" translate="no">${this.receipt}</strong>
            </p>
            <p class="hint">${t(locale, 'feedback.receipt-keep')} ${this.statusLink(locale, this.receipt)}</p>
            ${this.copied ? html`<p class="hint">${t(locale, `feedback.receipt-${this.copied}`)}</p>` : nothing}`
          : nothing
      }
    </div>`;
  }

  /** "See where it stands": to the status page, with the code, when the editors gave its address. */
  private statusLink(locale: Locale, code: string) {
    const href = statusHref(this.statusUrl, code);
    return href ? html`<a part="status-link" href=${href}>${t(locale, 'feedback.receipt-status')}</a>` : nothing;
  }

  /** Codes of this unit's feedback delivered after the resident left the page that sent it. */
  private renderEarlier(locale: Locale) {
    if (this.earlier.length === 0) return nothing;
    return html`<div class="earlier" part="earlier">
      <p>${t(locale, 'feedback.earlier')}</p>
      <ul>
        ${this.earlier.map(
          (e) =>
            html`<li><strong class="code" lang="en" translate="no">${e.receipt}</strong> · ${t(locale, 'feedback.earlier-sent', { date: formatDate(todayIso(new Date(e.sentAt)), locale) })} ${this.statusLink(locale, e.receipt)}</li>`,
        )}
      </ul>
      <p class="hint">${t(locale, 'feedback.receipt-keep')}</p>
    </div>`;
  }

  private renderForm(locale: Locale) {
    const preset = presets(this);
    const id = this.unit!.trim();
    const known = unitById(id);
    const unit = known ? localize(known.name, locale) : this.unitName?.trim();
    const dimension =
      preset.dimension && isDimensionId(preset.dimension)
        ? DIMENSION_FACTS.find((d) => d.id === preset.dimension)
        : undefined;
    const errorList = Object.values(this.errors);
    const counterText = t(locale, 'feedback.count', { count: this.comment.length, max: FEEDBACK_LIMITS.comment });
    return html`<form novalidate @submit=${this.submit} part="form">
      ${this.renderEarlier(locale)}
      ${unit ? html`<p class="about">${t(locale, 'feedback.about-unit', { unit })}</p>` : nothing}
      ${dimension ? html`<p class="about">${t(locale, 'feedback.about-dimension', { dimension: localize(dimension.name, locale) })}</p>` : nothing}
      ${
        errorList.length
          ? html`<div class="error" role="alert" part="error">
            <strong>${t(locale, 'feedback.error.summary')}</strong>
            <ul>
              ${errorList.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <fieldset part="rating" aria-describedby=${this.errors.rating ? 'rating-error' : nothing}>
        <legend>${t(locale, 'feedback.rating')} <span class="hint">${t(locale, 'feedback.required')}</span></legend>
        ${SATISFACTION_LEVELS.map(
          (level) => html`<label part="option" class="option">
            <input
              type="radio"
              name="rating"
              .value=${String(level.value)}
              .checked=${this.rating === level.value}
              aria-invalid=${this.errors.rating ? 'true' : 'false'}
              @change=${() => (this.rating = level.value)}
            />
            <span>${localize(level.name, locale)}</span>
          </label>`,
        )}
        ${this.error('rating')}
      </fieldset>
      ${
        preset.dimension || preset.service
          ? nothing
          : html`<label class="field" for="dimension">${t(locale, 'feedback.dimension')} <span class="hint">${t(locale, 'feedback.optional')}</span></label>
            <select id="dimension" part="dimension" .value=${this.chosenDimension} @change=${(e: Event) => (this.chosenDimension = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.chosenDimension}>${t(locale, 'feedback.dimension-none')}</option>
              ${DIMENSION_FACTS.map((d) => html`<option value=${d.id} ?selected=${this.chosenDimension === d.id}>${d.number}. ${localize(d.name, locale)}</option>`)}
            </select>`
      }
      <label class="field" for="comment">${t(locale, 'feedback.comment')} <span class="hint">${t(locale, 'feedback.optional')}</span></label>
      <textarea
        id="comment"
        part="comment"
        rows="4"
        maxlength=${FEEDBACK_LIMITS.comment}
        aria-describedby="counter${this.errors.comment ? ' comment-error' : ''}"
        aria-invalid=${this.errors.comment ? 'true' : 'false'}
        .value=${this.comment}
        @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="counter" class="counter" part="counter">${counterText}</p>
      ${this.error('comment')}
      <label class="check" part="consent">
        <input type="checkbox" .checked=${this.consent} @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />
        <span>${t(locale, 'feedback.consent')} <span class="hint">${t(locale, 'feedback.optional')}</span></span>
      </label>
      ${this.error('consent')}
      <label class="field" for="contact">${t(locale, 'feedback.contact')}</label>
      <input
        id="contact"
        part="contact"
        type="text"
        autocomplete="off"
        maxlength=${FEEDBACK_LIMITS.contact}
        ?disabled=${!this.consent}
        aria-describedby="contact-note${this.errors.contact ? ' contact-error' : ''}"
        aria-invalid=${this.errors.contact ? 'true' : 'false'}
        .value=${this.contact}
        @input=${(e: Event) => (this.contact = (e.target as HTMLInputElement).value)}
      />
      <p id="contact-note" class="hint">${t(locale, 'feedback.contact-note')}</p>
      ${this.error('contact')} ${this.errors.form ? html`<p class="field-error" role="alert" part="error">${this.errors.form}</p>` : nothing}
      <div class="hp" aria-hidden="true">
        <label>Website <input name="website" type="text" tabindex="-1" autocomplete="off" /></label>
      </div>
      <div class="actions">
        <button type="button" part="cancel" @click=${this.close}>${t(locale, 'feedback.cancel')}</button>
        <button type="submit" part="send" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${t(locale, 'feedback.send')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-feedback-button': PapiFeedbackButton;
  }
}
