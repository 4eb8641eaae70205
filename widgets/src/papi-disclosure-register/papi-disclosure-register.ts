import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DISCLOSURE_CATEGORY_FACTS,
  type DisclosureEntry,
  type DisclosureRegister,
  type Locale,
  entryInPeriod,
  formatDate,
  localize,
  missingMandatoryCategories,
  unitById,
  validateDisclosureRegister,
} from '@papi/core';
import '../papi-disclosure-badge/define.js';
import { registerText as t } from '../i18n/translate.js';
import { DataController } from '../shared/data-controller.js';
import { WIDGETS_VERSION } from '../shared/define.js';
import { renderDataError } from '../shared/error-view.js';
import { LocaleController, awaitStrings } from '../shared/locale-controller.js';
import { ELEMENT_STRINGS } from '../i18n/parts.js';
import { safeHref } from '../shared/safe-url.js';
import { heading, headingLevel } from '../shared/heading.js';
import { baseStyles } from '../shared/styles.js';
import { registerStyles } from './papi-disclosure-register.styles.js';

export interface RegisterEventDetail {
  unit: string;
  entries: number;
  missing: readonly string[];
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so that no text can close the script. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The badges' own parts, passed through the register (prefixed where a name is the register's too). */
const BADGE_PARTS =
  'badge, category: badge-category, status: badge-status, meta: badge-meta, basis: badge-basis, link: badge-link, editors: badge-editors, error: badge-error';

/**
 * A commune's public disclosures for a period, grouped by category, one `<papi-disclosure-badge>` per entry, and a
 * clear "chưa công khai" row for every mandatory category with nothing in the period. It also puts schema.org JSON-LD
 * for search engines beside itself in the page (a `<script type="application/ld+json">`, text only).
 *
 * @summary A commune's register of public disclosures for a period.
 * @tagname papi-disclosure-register
 * @attr src - URL of the register as JSON: { unit, period: { from, to }, entries: [{ category, title, posted, removed?, href?, location?, days? }] }. Without it, a child <script type="application/json"> is used.
 * @attr today - The date the badges compute their status for, YYYY-MM-DD (default: today in Vietnam).
 * @attr heading-level - Level of the register's title (2 by default); category headings are one level below.
 * @attr no-jsonld - When present, no JSON-LD is added to the page.
 * @attr lang - vi (default), en or km; inherited from the nearest ancestor.
 * @fires papi-register-ready - The register was loaded and checked; detail: { unit, entries, missing } (missing: mandatory category ids with nothing in the period).
 * @fires papi-disclosure-status - From each badge inside (composed): detail { category, status }.
 * @csspart register - The whole register.
 * @csspart title - The register's title.
 * @csspart period - The period line.
 * @csspart summary - The count of entries and of missing categories.
 * @csspart category - One category's section.
 * @csspart category-title - A category's heading.
 * @csspart entries - A category's list of entries.
 * @csspart entry - One entry (its title and badge).
 * @csspart entry-title - An entry's title (a link when it has href).
 * @csspart missing - The "chưa công khai" row of a mandatory category with nothing in the period.
 * @csspart error - The explanation shown when the data is bad or unreachable.
 * @csspart badge - Each entry's badge box; its inner parts are badge-category, badge-status, badge-meta, badge-basis, badge-link, badge-editors and badge-error.
 * @csspart badge-category - A badge's category name.
 * @csspart badge-status - A badge's status line.
 * @csspart badge-meta - A badge's posting date and place.
 * @csspart badge-basis - A badge's legal basis.
 * @csspart badge-link - A badge's link to the document.
 * @csspart badge-editors - A badge's note for the editors (an href that cannot be used).
 * @csspart badge-error - A badge's explanation when its entry is wrong.
 * @cssprop --papi-accent - Accent colour.
 * @cssprop --papi-surface - Background.
 * @cssprop --papi-border - Border colour.
 * @cssprop --papi-radius - Corner radius.
 * @cssprop --papi-bad - Colour of the "chưa công khai" rows and errors.
 * @cssprop --papi-badge-font-size - Font size of the badges inside.
 */
export class PapiDisclosureRegister extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [baseStyles, registerStyles];
  static override properties = {
    src: { type: String },
    today: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noJsonld: { type: Boolean, attribute: 'no-jsonld' },
  };

  declare src: string | undefined;
  declare today: string | undefined;
  declare headingLevel: number | undefined;
  declare noJsonld: boolean;

  private readonly i18n = new LocaleController(this, { strings: ELEMENT_STRINGS['papi-disclosure-register'] });

  /** The first render waits for the strings of the element's locale. */
  protected override async scheduleUpdate(): Promise<void> {
    await awaitStrings(this, this.i18n);
    await super.scheduleUpdate();
  }

  private readonly data = new DataController<DisclosureRegister>(this, {
    src: () => this.src,
    validate: (value) => {
      const r = validateDisclosureRegister(value);
      return r.ok ? { ok: true, value: r.register } : { ok: false, issues: r.issues };
    },
  });
  private jsonLd: HTMLScriptElement | undefined;
  private lastReady: DisclosureRegister | undefined;

  constructor() {
    super();
    this.noJsonld = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  private unitName(unit: string, locale: Locale): string {
    const known = unitById(unit);
    return known ? localize(known.name, locale) : unit;
  }

  override render(): TemplateResult {
    const locale = this.i18n.locale;
    const state = this.data.state;
    if (state.status === 'error') return renderDataError(state, locale, () => this.data.reload());
    if (state.status === 'loading') return html`<p role="status">${t(locale, 'loading')}</p>`;
    const register = state.value;
    const missing = new Set(missingMandatoryCategories(register));
    const level = headingLevel(this.headingLevel);
    const h = (l: number, part: string, id: string, text: string): TemplateResult => heading(l, id, part, text);
    const inPeriod = register.entries.filter((e) => entryInPeriod(e, register.period));
    return html`<section class="register" part="register">
      ${h(level, 'title', 'title', `${t(locale, 'register.title')}: ${this.unitName(register.unit, locale)}`)}
      <p class="period" part="period">${t(locale, 'register.period', { from: formatDate(register.period.from, locale), to: formatDate(register.period.to, locale) })}</p>
      <p class="summary" part="summary">
        ${t(locale, 'register.entries', { count: inPeriod.length })}${
          missing.size
            ? html` · <strong class="bad">${t(locale, 'register.missing-count', { count: missing.size })}</strong>`
            : nothing
        }
      </p>
      ${DISCLOSURE_CATEGORY_FACTS.map((c, i) => {
        const entries = inPeriod.filter((e) => e.category === c.id);
        if (!entries.length && !missing.has(c.id)) return nothing;
        const id = `cat-${i}`;
        return html`<section class="category" part="category">
          ${h(level + 1, 'category-title', id, localize(c.name, locale))}
          ${
            entries.length
              ? html`<ul class="entries" part="entries">
                ${entries.map((e) => this.renderEntry(e))}
              </ul>`
              : html`<p class="missing" part="missing"><span aria-hidden="true">✕</span> ${t(locale, 'register.missing')}</p>`
          }
        </section>`;
      })}
    </section>`;
  }

  private renderEntry(e: DisclosureEntry): TemplateResult {
    const href = safeHref(e.href);
    return html`<li class="entry" part="entry">
      <p class="entry-title" part="entry-title">${href ? html`<a href=${href} rel="noopener">${e.title}</a>` : e.title}</p>
      <papi-disclosure-badge
        exportparts=${BADGE_PARTS}
        category=${e.category}
        posted=${e.posted}
        removed=${e.removed ?? nothing}
        href=${href ?? nothing}
        location=${e.location ?? nothing}
        days=${e.days ?? nothing}
        today=${this.today ?? nothing}
      ></papi-disclosure-badge>
    </li>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.data.state;
    const register = state.status === 'ready' ? state.value : undefined;
    this.updateJsonLd(register);
    if (register && register !== this.lastReady) {
      this.lastReady = register;
      this.dispatchEvent(
        new CustomEvent<RegisterEventDetail>('papi-register-ready', {
          detail: {
            unit: register.unit,
            entries: register.entries.length,
            missing: missingMandatoryCategories(register),
          },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  /** schema.org: an ItemList of the register's documents, each a DigitalDocument published by the commune. */
  jsonLdData(register: DisclosureRegister): Record<string, unknown> {
    const publisher = { '@type': 'GovernmentOrganization', name: this.unitName(register.unit, 'vi') };
    return {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: `${t('vi', 'register.title')}: ${publisher.name} (${register.period.from} – ${register.period.to})`,
      inLanguage: 'vi',
      itemListElement: register.entries
        .filter((e) => entryInPeriod(e, register.period))
        .map((e, i) => {
          const href = safeHref(e.href);
          const category = DISCLOSURE_CATEGORY_FACTS.find((c) => c.id === e.category);
          return {
            '@type': 'ListItem',
            position: i + 1,
            item: {
              '@type': 'DigitalDocument',
              name: e.title,
              about: category ? category.name.vi : e.category,
              datePublished: e.posted,
              ...(e.removed ? { expires: e.removed } : {}),
              ...(href ? { url: href } : {}),
              ...(e.location ? { contentLocation: { '@type': 'Place', name: e.location } } : {}),
              publisher,
            },
          };
        }),
    };
  }

  private updateJsonLd(register: DisclosureRegister | undefined): void {
    if (!register || this.noJsonld || !this.parentNode) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.dataset.papiRegister = '';
    }
    const text = jsonLdText(this.jsonLdData(register));
    if (this.jsonLd.textContent !== text) this.jsonLd.textContent = text;
    if (this.jsonLd.previousSibling !== this) this.after(this.jsonLd);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'papi-disclosure-register': PapiDisclosureRegister;
  }
}
