import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  type DisclosureCategoryFacts,
  type DisclosureStatus,
  type Issue,
  disclosureCategoryById,
  disclosureStatus,
  formatDate,
  formatIssue,
  localize,
  todayIso,
  translate,
  preview,
} from '@papi/core';
import { badgeText as t } from '../i18n/translate.js';
import { editorsLang } from '../shared/error-view.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { safeHref } from '../shared/safe-url.js';
import { baseStyles } from '../shared/styles.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { badgeStyles } from './papi-disclosure-badge.styles.js';

export interface DisclosureStatusEventDetail {
  category: string;
  status: DisclosureStatus;
}

/**
 * Shows that a document was publicly posted: its category and legal basis, and where the posting stands
 * ("Đang niêm yết — ngày 12/30"), computed by core from the category's required period.
 *
 * @summary A public-disclosure badge for one posted document.
 * @tagname papi-disclosure-badge
 * @attr category - Disclosure category id from core (e.g. "ho-ngheo", "ngan-sach-xa").
 * @attr posted - Posting date, YYYY-MM-DD.
 * @attr removed - Date it was taken down, YYYY-MM-DD (optional).
 * @attr href - Link to the document (http, https or relative).
 * @attr location - Where it is posted (e.g. "Nhà văn hóa ấp Ca Lạc").
 * @attr days - Overrides the category's posting period, in days.
 * @attr today - The date to compute the status for, YYYY-MM-DD (previews and tests; default: today in Vietnam).
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-disclosure-status - When the status is computed; detail: { category, status }.
 * @csspart badge - The badge box.
 * @csspart category - The category name.
 * @csspart status - The status line.
 * @csspart meta - Posting date and place.
 * @csspart basis - The legal basis.
 * @csspart link - The link to the document.
 * @csspart editors - A note for the portal's editors when the href cannot be used (not http(s)).
 * @csspart error - The explanation shown when the attributes are wrong.
 * @cssprop --papi-accent - Link and accent colour.
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-ok - Colour of "on display".
 * @cssprop --papi-info - Colour of "completed".
 * @cssprop --papi-warn - Colour of "scheduled".
 * @cssprop --papi-bad - Colour of "taken down early" and errors.
 * @cssprop --papi-badge-font-size - Font size of the badge.
 */
export class PapiDisclosureBadge extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, badgeStyles];
  static override properties = {
    category: { type: String },
    posted: { type: String },
    removed: { type: String },
    href: { type: String },
    location: { type: String },
    days: { type: Number },
    today: { type: String },
  };

  declare category: string | undefined;
  declare posted: string | undefined;
  declare removed: string | undefined;
  declare href: string | undefined;
  declare location: string | undefined;
  declare days: number | undefined;
  declare today: string | undefined;

  private readonly i18n = new LocaleController(this, { strings: ELEMENT_STRINGS['papi-disclosure-badge'] });

  /** The first render waits for the strings of the element's locale. */
  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private lastStatusKey = '';

  /** The category from core's list, or undefined when the attribute names none. */
  get categoryData(): DisclosureCategoryFacts | undefined {
    return this.category ? disclosureCategoryById(this.category.trim()) : undefined;
  }

  private compute(): { status?: DisclosureStatus; problem?: string } {
    const locale = this.i18n.locale;
    const category = this.categoryData;
    if (!category) return { problem: t(locale, 'badge.unknown-category', { category: this.category ?? '' }) };
    if (!this.posted) return { problem: t(locale, 'badge.missing-posted') };
    const result = disclosureStatus({
      days: this.days ?? category.postingDays,
      posted: this.posted.trim(),
      removed: this.removed?.trim() || undefined,
      today: this.today?.trim() || todayIso(),
    });
    if (!result.ok) {
      // A days attribute that is not a number arrives as NaN: the message names what the editor wrote, not "NaN".
      const days = result.issues.find((i: Issue) => i.path === 'days');
      if (days)
        return { problem: t(locale, 'badge.bad-days', { value: this.getAttribute('days') ?? String(this.days) }) };
      const detail = result.issues.map((i: Issue) => formatIssue(i, locale === 'en' ? 'en' : 'vi')).join('; ');
      return { problem: t(locale, 'badge.bad-date', { detail }) };
    }
    return { status: result.status };
  }

  override render() {
    const locale = this.i18n.locale;
    const { status, problem } = this.compute();
    const category = this.categoryData;
    if (!status || !category) {
      return html`<div class="error" role="alert" part="error"><strong>${t(locale, 'error.title')}</strong><p>${problem}</p></div>`;
    }
    const href = safeHref(this.href);
    const statusText = translate(locale, `disclosure.${status.kind}`, status as unknown as Record<string, number>);
    const name = localize(category.name, locale);
    return html`<article class="badge ${status.kind}" part="badge" aria-label=${t(locale, 'badge.label', { category: name })}>
      <p class="category" part="category">${name}</p>
      <p class="status" part="status">${statusText}</p>
      <p class="meta" part="meta">
        ${t(locale, 'badge.posted', { date: formatDate(this.posted!.trim(), locale) })}${
          this.removed?.trim()
            ? html` · ${t(locale, 'badge.removed', { date: formatDate(this.removed.trim(), locale) })}`
            : nothing
        }${this.location ? html`<br />${t(locale, 'badge.location', { location: this.location })}` : nothing}
      </p>
      <p class="basis" part="basis">${t(locale, 'badge.basis')} <span lang="vi">${category.legalBasis.join('; ')}</span></p>
      ${href ? html`<a part="link" href=${href} rel="noopener">${t(locale, 'badge.link')}</a>` : nothing}
      ${
        !href && this.href?.trim()
          ? html`<p class="editors" part="editors" lang=${editorsLang(locale)}>${t(locale, 'badge.bad-href', { value: preview(this.href.trim()) })}</p>`
          : nothing
      }
    </article>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { status } = this.compute();
    const key = status ? `${this.category}|${JSON.stringify(status)}` : '';
    if (status && key !== this.lastStatusKey) {
      this.lastStatusKey = key;
      this.dispatchEvent(
        new CustomEvent<DisclosureStatusEventDetail>('papi-disclosure-status', {
          detail: { category: this.category!, status },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-disclosure-badge': PapiDisclosureBadge;
  }
}
