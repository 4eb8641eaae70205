import { type LitElement, type ReactiveController, adoptStyles, html, nothing, svg } from 'lit';
import {
  type Issue,
  type Locale,
  FEEDBACK_LIMITS,
  SATISFACTION_LEVELS,
  formatDateTime,
  formatIssue,
  localize,
  unitById,
  validateFeedback,
} from '@papi/core';
import { kioskText as t } from '../i18n/translate.js';
import { editorsLang } from '../shared/error-view.js';
import { heading, headingLevel } from '../shared/heading.js';
import { indexedDbAvailable } from '../shared/idb.js';
import { inBackground } from '../shared/in-background.js';
import { languageChoice } from '../shared/language-choice.js';
import type { LocaleController } from '../shared/locale-controller.js';
import { OUTBOX_TIMING, type OutboxItem, getOutbox, newId, receiptOf } from '../shared/outbox.js';
import { safeHref } from '../shared/safe-url.js';
import {
  type FeedbackSettings,
  type FeedbackStatus,
  feedbackRecord,
  feedbackUrl,
  statusOf,
  unitsOf,
} from './feedback.js';
import { kioskStyles } from './kiosk.styles.js';

/** What the kiosk needs of the button it is a mode of. */
export interface KioskHost extends LitElement, FeedbackSettings {
  readonly statusUrl: string | undefined;
  readonly headingLevel: number | undefined;
  readonly resetAfter: number | undefined;
  readonly tapGuardMs: number;
}

/** The thank-you's time before the kiosk is ready for the next person, unless reset-after says less. */
export const KIOSK_RESET_SECONDS = 10;
/** A rating chosen and left unsent this long (no tap, no typing) is dropped: the resident has gone. */
export const KIOSK_IDLE_MS = 90_000;
/** After a reset the rating buttons wait at least this long: a tap meant for the thank-you never rates. */
export const KIOSK_REARM_MS = 1_500;

type Step = 'rate' | 'details' | 'thanks';
type Field = 'comment' | 'dossier' | 'form';
export type KioskResetReason = 'done' | 'timeout' | 'idle';

/** Each level's mouth, from a broad smile (5) to a deep frown (1). */
const MOUTHS: Readonly<Record<number, string>> = {
  5: 'M14 28 Q24 41 34 28',
  4: 'M15 30 Q24 36 33 30',
  3: 'M15 32 L33 32',
  2: 'M15 35 Q24 29 33 35',
  1: 'M14 37 Q24 25 34 37',
};

/**
 * A face beside each level's words, for a resident who reads neither well: drawn (an emoji font may be missing on
 * the tablet), decoration hidden from screen readers, in the text's colour.
 */
const face = (level: number) =>
  html`<svg class="face-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path d=${MOUTHS[level] ?? MOUTHS[3]!} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />`}
  </svg>`;

/**
 * The counter's kiosk: `<papi-feedback-button mode="kiosk">` on a tablet at the one-stop counter. One rating per
 * person, in three screens: the five levels fill the screen; then an optional comment and dossier code and Send;
 * then a thank-you with the receipt code (and a print button) that resets within reset-after seconds.
 *
 * No accidental second rating:
 * - a rating's id is drawn when the level is chosen, and Send queues that id once: repeated taps on Send, and the
 *   outbox's retries, are one record (the collector stores an id once);
 * - the thank-you has no rating buttons, and after each change of screen its buttons are disabled for tapGuardMs
 *   (after the reset, at least KIOSK_REARM_MS), so the second tap of a double tap, or a tap that was meant for the
 *   screen that just went, lands on nothing;
 * - nothing is sent without Send: a rating left unsent is dropped after KIOSK_IDLE_MS.
 *
 * The next person is someone else: the kiosk keeps no language choice, no receipt code for a "next visit", and no
 * dossier code once it is delivered.
 */
export class Kiosk implements ReactiveController {
  /** The language the current resident chose; none after a reset (the page's). */
  lang: Locale | undefined;
  private step: Step = 'rate';
  private rating: number | undefined;
  private comment = '';
  private dossier = '';
  private errors: Partial<Record<Field, string>> = {};
  /** The current rating's id, drawn when its level is chosen. */
  private id: string | undefined;
  /** Whether the current rating went to the outbox (Send counts once). */
  private queued = false;
  private status: FeedbackStatus | undefined;
  private rejectedCode: string | undefined;
  private receipt: string | undefined;
  private sentAt = 0;
  /** Ids this kiosk queued, with what was last said of them: their fate is announced as events, once. */
  private readonly mine = new Map<string, FeedbackStatus>();
  private guardUntil = 0;
  private guardTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: KioskHost,
    private readonly i18n: () => LocaleController,
  ) {
    const root = host.renderRoot;
    if (root instanceof ShadowRoot)
      adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, kioskStyles]);
    host.addController(this);
  }

  hostConnected(): void {
    if (indexedDbAvailable()) getOutbox().addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    if (indexedDbAvailable()) getOutbox().removeEventListener('change', this.onChange);
    for (const timer of [this.guardTimer, this.resetTimer, this.idleTimer]) clearTimeout(timer);
  }

  private readonly onChange = (event: Event): void => {
    const item = (event as CustomEvent<OutboxItem>).detail;
    const before = this.mine.get(item.id);
    if (!before) return;
    this.settle(item, before);
  };

  /** What the outbox says of one of this kiosk's ratings: on screen while it is the current one, as events always. */
  private settle(item: OutboxItem, before: FeedbackStatus): void {
    const status = statusOf(item);
    this.mine.set(item.id, status);
    if (item.id === this.id) {
      // The outcome shows, or the code comes after a retry: either way the resident gets the full time to read it.
      if (status !== this.status && (this.status === 'sending' || status === 'sent')) this.countdown();
      this.status = status;
      this.rejectedCode = item.lastError;
      if (status === 'sent') this.receipt = receiptOf(item);
      this.host.requestUpdate();
    }
    if (status === before) return;
    if (status === 'sent') this.fire('papi-feedback-sent', { id: item.id, ack: item.ack });
    if (status === 'rejected') this.fire('papi-feedback-rejected', { id: item.id, error: item.lastError });
  }

  private fire(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private get guarded(): boolean {
    return Date.now() < this.guardUntil;
  }

  /** Disables the screen's buttons for a moment, and enables them again by itself. */
  private guard(ms: number): void {
    clearTimeout(this.guardTimer);
    this.guardUntil = ms > 0 ? Date.now() + ms : 0;
    if (ms > 0) this.guardTimer = setTimeout(() => this.host.requestUpdate(), ms);
  }

  /** Moves to a screen: its buttons wait out the guard, and the focus goes to its heading. */
  private go(step: Step, guardMs = this.host.tapGuardMs): void {
    this.step = step;
    this.guard(guardMs);
    this.host.requestUpdate();
    inBackground(
      this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#kiosk-title')?.focus()),
      'kiosk',
    );
  }

  /** A tap on a level: the rating's screen of details, for this one rating. */
  rate(value: number): void {
    if (this.guarded || this.step !== 'rate') return;
    this.rating = value;
    this.id ??= newId();
    this.touch();
    this.go('details');
  }

  private back(): void {
    if (this.guarded) return;
    clearTimeout(this.idleTimer);
    this.go('rate');
  }

  private chooseLang(locale: Locale): void {
    this.lang = locale;
    this.i18n().refresh();
    if (this.step === 'details') this.touch();
  }

  /** The resident is still there: the unsent rating waits another KIOSK_IDLE_MS. */
  private touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.step === 'details') this.reset('idle');
    }, KIOSK_IDLE_MS);
  }

  /** Ready for the next person: the page's language, nothing of this resident's left on screen. */
  reset(reason: KioskResetReason): void {
    for (const timer of [this.resetTimer, this.idleTimer]) clearTimeout(timer);
    this.rating = undefined;
    this.comment = '';
    this.dossier = '';
    this.errors = {};
    this.id = undefined;
    this.queued = false;
    this.status = undefined;
    this.rejectedCode = undefined;
    this.receipt = undefined;
    this.sentAt = 0;
    const changedLang = this.lang !== undefined;
    this.lang = undefined;
    if (changedLang) this.i18n().refresh();
    const rearm = this.host.tapGuardMs > 0 ? Math.max(this.host.tapGuardMs, KIOSK_REARM_MS) : 0;
    this.go('rate', rearm);
    this.fire('papi-kiosk-reset', { reason });
  }

  /**
   * The thank-you stays its reset-after seconds from when its outcome (the receipt code, or what went wrong) shows,
   * not from the tap: on a slow connection the resident would otherwise barely see the code.
   */
  private countdown(extraMs = 0): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => this.reset('timeout'), extraMs + this.resetSeconds * 1000);
  }

  /** The seconds the thank-you stays: reset-after, 1 to 10, or 10. */
  private get resetSeconds(): number {
    const value = Number(this.host.resetAfter);
    return Number.isFinite(value) && value >= 1
      ? Math.min(Math.round(value), KIOSK_RESET_SECONDS)
      : KIOSK_RESET_SECONDS;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.guarded || this.queued || this.step !== 'details' || !this.id) return;
    const locale = this.i18n().locale;
    const record = feedbackRecord(this.host, {
      id: this.id,
      rating: this.rating,
      comment: this.comment,
      dossier: this.dossier,
      lang: locale,
    });
    const result = validateFeedback(record, { units: unitsOf(this.host) });
    if (!result.ok) {
      this.errors = this.fieldErrors(result.issues, locale);
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.queued = true;
    clearTimeout(this.idleTimer);
    this.errors = {};
    this.status = 'sending';
    this.sentAt = Date.now();
    this.go('thanks');
    // Until the outcome shows, the wait is bounded by the request's own time limit (then it is "queued").
    this.countdown(OUTBOX_TIMING.requestTimeoutMs);
    const url = feedbackUrl(this.host.endpoint)!;
    const id = record.id;
    this.mine.set(id, 'sending');
    try {
      const item = await getOutbox().enqueue('feedback', url, record, { shared: true });
      this.fire('papi-feedback-queued', { id });
      const latest = await getOutbox()
        .get(id) // it may have been answered already
        .catch(() => undefined);
      this.settle(latest ?? item, 'sending');
    } catch {
      // This tablet cannot keep it (storage blocked, refused or full): it goes directly, once, and the screen says so.
      this.mine.delete(id);
      const item = await getOutbox().sendUnsaved('feedback', url, record);
      if (this.id !== id) return; // the screen has moved on
      this.countdown();
      this.rejectedCode = item.lastError;
      this.status = item.state === 'sent' ? 'sent' : item.state === 'rejected' ? 'rejected-unsaved' : 'unsaved';
      if (item.state === 'sent') this.receipt = receiptOf(item);
      this.host.requestUpdate();
    }
  }

  private fieldErrors(issues: readonly Issue[], locale: Locale): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    for (const issue of issues) {
      const field: Field = issue.path === 'comment' || issue.path === 'dossier' ? issue.path : 'form';
      errors[field] ??=
        issue.code === 'too-long'
          ? t(locale, 'feedback.error.too-long', {
              length: Number(issue.params?.length ?? 0),
              max: Number(issue.params?.max ?? 0),
            })
          : formatIssue(issue, locale === 'en' ? 'en' : 'vi');
    }
    return errors;
  }

  private done(): void {
    if (!this.guarded) this.reset('done');
  }

  private print(): void {
    if (this.guarded) return;
    globalThis.print?.();
  }

  private unitName(locale: Locale): string | undefined {
    const id = this.host.unit?.trim() ?? '';
    const known = unitById(id);
    return known ? localize(known.name, locale) : this.host.unitName?.trim() || undefined;
  }

  /** Each screen's heading: where the focus goes when the screen comes, at the level the page gives (2 by default). */
  private title(text: unknown, className?: string) {
    return heading(headingLevel(this.host.headingLevel), 'kiosk-title', 'title', html`${text}`, {
      focusable: true,
      ...(className ? { className } : {}),
    });
  }

  render(locale: Locale, problems: readonly string[]) {
    const lang = locale === this.i18n().pageLocale ? nothing : locale;
    const screen = problems.length
      ? this.renderProblems(locale, problems)
      : this.step === 'rate'
        ? this.renderRate(locale)
        : this.step === 'details'
          ? this.renderDetails(locale)
          : this.renderThanks(locale);
    return html`<section class="kiosk" part="kiosk" aria-labelledby="kiosk-title" lang=${lang} data-step=${this.step}>
      ${languageChoice(locale, (l) => this.chooseLang(l))} ${screen}
    </section>`;
  }

  private renderProblems(locale: Locale, problems: readonly string[]) {
    return html`${this.title(t(locale, 'kiosk.question'))}
      <div class="error" role="alert" part="error">
        <p>${t(locale, 'feedback.not-configured')}</p>
        <ul lang=${editorsLang(locale)}>
          ${problems.map((p) => html`<li>${t(locale, 'feedback.not-configured-editor', { detail: p })}</li>`)}
        </ul>
      </div>`;
  }

  private renderRate(locale: Locale) {
    const unit = this.unitName(locale);
    return html`${this.title(t(locale, 'kiosk.question'), 'question')}
      ${unit ? html`<p class="about">${unit}</p>` : nothing}
      <div class="faces" role="group" aria-labelledby="kiosk-title" part="kiosk-rating">
        ${SATISFACTION_LEVELS.map(
          (level) =>
            html`<button type="button" class="face level-${level.value}" part="kiosk-option" data-rating=${level.value} ?disabled=${this.guarded} @click=${() => this.rate(level.value)}>
              ${face(level.value)}<span>${localize(level.name, locale)}</span>
            </button>`,
        )}
      </div>`;
  }

  private renderDetails(locale: Locale) {
    const level = SATISFACTION_LEVELS.find((l) => l.value === this.rating);
    const errorList = Object.values(this.errors);
    const error = (field: Field) =>
      this.errors[field]
        ? html`<p class="field-error" id="kiosk-${field}-error" part="error">${this.errors[field]}</p>`
        : nothing;
    return html`${this.title(
      html`${face(this.rating ?? 3)} ${t(locale, 'kiosk.chosen', { level: level ? localize(level.name, locale) : '' })}`,
    )}
      <form novalidate @submit=${(e: SubmitEvent) => inBackground(this.submit(e), 'kiosk')} @input=${() => this.touch()} part="form">
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
        <label class="field" for="kiosk-comment">${t(locale, 'kiosk.comment')} <span class="hint">${t(locale, 'feedback.optional')}</span></label>
        <textarea
          id="kiosk-comment"
          part="comment"
          rows="3"
          maxlength=${FEEDBACK_LIMITS.comment}
          aria-describedby="kiosk-counter${this.errors.comment ? ' kiosk-comment-error' : ''}"
          aria-invalid=${this.errors.comment ? 'true' : 'false'}
          .value=${this.comment}
          @input=${(e: Event) => {
            this.comment = (e.target as HTMLTextAreaElement).value;
            this.host.requestUpdate();
          }}
        ></textarea>
        <p id="kiosk-counter" class="counter" part="counter">
          ${t(locale, 'feedback.count', { count: this.comment.length, max: FEEDBACK_LIMITS.comment })}
        </p>
        ${error('comment')}
        <label class="field" for="kiosk-dossier">${t(locale, 'kiosk.dossier')} <span class="hint">${t(locale, 'feedback.optional')}</span></label>
        <input
          id="kiosk-dossier"
          part="dossier"
          type="text"
          autocomplete="off"
          spellcheck="false"
          maxlength=${FEEDBACK_LIMITS.dossier}
          aria-describedby="kiosk-dossier-note${this.errors.dossier ? ' kiosk-dossier-error' : ''}"
          aria-invalid=${this.errors.dossier ? 'true' : 'false'}
          .value=${this.dossier}
          @input=${(e: Event) => (this.dossier = (e.target as HTMLInputElement).value)}
        />
        <p id="kiosk-dossier-note" class="hint">${t(locale, 'kiosk.dossier-note')}</p>
        ${error('dossier')} ${this.errors.form ? html`<p class="field-error" role="alert" part="error">${this.errors.form}</p>` : nothing}
        <div class="actions">
          <button type="button" part="cancel" ?disabled=${this.guarded} @click=${() => this.back()}>${t(locale, 'kiosk.back')}</button>
          <button type="submit" part="send" class="primary" ?disabled=${this.guarded}>${t(locale, 'kiosk.send')}</button>
        </div>
      </form>`;
  }

  private renderThanks(locale: Locale) {
    const status = this.status ?? 'sending';
    // Retrying (online, the collector out of reach) and queued (offline) say the same at the counter: it is kept here.
    const said = status === 'retrying' || status === 'thanks' ? 'queued' : status;
    return html`${this.title(t(locale, 'kiosk.thanks'), 'thanks')}
      <div class="outcome" role="status">
        <p class="status ${status}" part="status" data-status=${status}>
          ${t(locale, `kiosk.status.${said}`, { code: this.rejectedCode ?? '' })}
        </p>
        ${this.receipt ? this.renderSlip(locale, this.receipt) : nothing}
      </div>
      <p class="hint">${t(locale, 'kiosk.reset-note', { seconds: this.resetSeconds })}</p>
      <div class="actions">
        ${
          this.receipt
            ? html`<button type="button" part="print" ?disabled=${this.guarded} @click=${() => this.print()}>${t(locale, 'kiosk.print')}</button>`
            : nothing
        }
        <button type="button" part="done" class="primary" ?disabled=${this.guarded} @click=${() => this.done()}>
          ${t(locale, 'kiosk.done')}
        </button>
      </div>`;
  }

  /**
   * The receipt as shown and printed: the code, the unit, the time, where to check it. Nothing the resident wrote or
   * gave (no comment, no dossier code, no rating): the slip may be left on the counter.
   */
  private renderSlip(locale: Locale, code: string) {
    const unit = this.unitName(locale);
    const statusPage = safeHref(this.host.statusUrl);
    return html`<div class="slip" part="slip">
      ${unit ? html`<p class="slip-unit">${unit}</p>` : nothing}
      <p>${t(locale, 'feedback.receipt')}</p>
      <p class="code" part="receipt-code" lang="en" translate="no">${code}</p>
      <p class="slip-time">${formatDateTime(this.sentAt, locale)}</p>
      <p>
        ${
          statusPage && this.host.statusUrl?.trim()
            ? t(locale, 'kiosk.check-at', { address: statusPage.replace(/[?#].*$/, '') })
            : t(locale, 'feedback.receipt-keep')
        }
      </p>
    </div>`;
  }
}
