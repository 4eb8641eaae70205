import { type ReactiveController, type ReactiveControllerHost, css, html, nothing, type TemplateResult } from 'lit';
import { formatUnitToken, parseUnitToken } from '@papi/core';
import { inBackground } from './in-background.js';
import {
  type StoredUnitToken,
  UNIT_TOKEN_CHANNEL,
  forgetUnitToken,
  getUnitToken,
  saveUnitToken,
} from './unit-tokens.js';

/** Whether the unit's token is kept on this device for the collector and unit (never the token itself). */
export type UnitTokenState = 'unknown' | 'none' | 'saved';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface UnitTokenOptions {
  /** The id of the paragraph that says whether a token is kept: focus goes there once a token is saved. */
  readonly stateId: string;
  /** A state was learnt for the scope in use (stored: the token kept, if any). */
  readonly loaded?: (stored: StoredUnitToken | undefined) => void;
  /** Another tab or element saved or removed this scope's token; by default the state is learnt again. */
  readonly changed?: () => void;
  /** A token was just saved, before the element shows it: what waited for one may go on. */
  readonly saved?: () => void;
  /** Once the saved token's state has focus: work with the new token (its own announcement is no news meanwhile). */
  readonly afterSave?: (scope: string) => Promise<void> | void;
  /** The token was just removed, before the element shows it. */
  readonly forgotten?: () => void;
}

/**
 * The unit's token of a widget that talks to the collector for a unit (the checklist's reports, the inbox): whether
 * one is kept for the collector and unit (unit-tokens.ts' scope), the form that takes a new one, and the news of other
 * tabs and elements that save or remove it. The token itself is read from the store only when it is saved or used:
 * it is never kept in the element.
 */
export class UnitTokenController implements ReactiveController {
  /** The collector and unit the state is about; empty when the element sends nothing. */
  scope = '';
  state: UnitTokenState = 'unknown';
  /** The form is shown on request (a new token), besides when the element needs one. */
  formOpen = false;
  /** What the field says: the text typed is no token, or the browser would not keep it. */
  error: '' | 'bad' | 'storage' = '';
  /** What was just done with the token, said once beside it. */
  notice: '' | 'saved' | 'forgotten' = '';
  private channel: BroadcastChannel | undefined;
  /** While this element saves or removes the token itself (its own announcement is then no news). */
  private busy = false;

  constructor(
    private readonly host: Host,
    readonly options: UnitTokenOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel !== 'function') return;
    // A token saved or removed in another tab, or in another widget of this page, counts here too.
    this.channel = new BroadcastChannel(UNIT_TOKEN_CHANNEL);
    this.channel.onmessage = (e: MessageEvent<unknown>) => {
      if (!this.scope || e.data !== this.scope || this.busy) return;
      if (this.options.changed) this.options.changed();
      else this.refresh();
    };
  }

  hostDisconnected(): void {
    this.channel?.close();
    this.channel = undefined;
    this.scope = '';
  }

  /** Follows this scope: for another one than before, the form closes and the state is learnt afresh. */
  use(scope: string): void {
    if (scope === this.scope) return;
    this.formOpen = false;
    this.error = '';
    this.notice = '';
    this.scope = scope;
    this.state = 'unknown';
    if (scope) this.refresh();
  }

  /**
   * Learns again whether a token is kept for the scope in use, the form and its messages staying as they are (a
   * notice of this element's own is dropped when the state it spoke of is gone). `unknownMeanwhile`: the element
   * shows nothing of the token until then.
   */
  refresh(unknownMeanwhile = false): void {
    const scope = this.scope;
    if (!scope) return;
    const known = this.state;
    if (unknownMeanwhile) this.state = 'unknown';
    inBackground(
      getUnitToken(scope).then((stored) => {
        if (this.scope !== scope) return;
        const state = stored ? 'saved' : 'none';
        if (known !== 'unknown' && state !== known) this.notice = '';
        this.state = state;
        this.host.requestUpdate();
        this.options.loaded?.(stored);
      }),
      'unit token',
    );
  }

  /** The token typed or pasted: kept when it is one (in its canonical form), refused in words when it is not. */
  async submit(e: Event): Promise<void> {
    e.preventDefault();
    const scope = this.scope;
    const input = this.host.renderRoot.querySelector<HTMLInputElement>('#unit-token');
    if (!scope || !input) return;
    const parts = parseUnitToken(input.value);
    if (!parts) {
      this.error = 'bad';
      this.host.requestUpdate();
      input.focus();
      return;
    }
    this.busy = true;
    try {
      await saveUnitToken(scope, formatUnitToken(parts));
    } catch {
      this.busy = false;
      this.error = 'storage';
      this.host.requestUpdate();
      return;
    }
    input.value = '';
    this.state = 'saved';
    this.formOpen = false;
    this.error = '';
    this.notice = 'saved';
    this.options.saved?.();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focus(`#${this.options.stateId}`);
    try {
      await this.options.afterSave?.(scope);
    } finally {
      this.busy = false;
    }
  }

  openForm(): void {
    this.formOpen = true;
    this.notice = '';
    this.error = '';
    this.host.requestUpdate();
    this.focusAfterUpdate('#unit-token');
  }

  closeForm(): void {
    this.formOpen = false;
    this.error = '';
    this.host.requestUpdate();
    this.focusAfterUpdate(`#${this.options.stateId}`);
  }

  /** Removes the token from this device (a shared computer, an officer who leaves). */
  async forget(): Promise<void> {
    const scope = this.scope;
    if (!scope) return;
    this.busy = true;
    await forgetUnitToken(scope).catch(() => undefined);
    this.busy = false;
    this.state = 'none';
    this.notice = 'forgotten';
    this.options.forgotten?.();
    this.host.requestUpdate();
    // The state's paragraph, or the field where the element then asks for a token.
    this.focusAfterUpdate(`#${this.options.stateId}, #unit-token`);
  }

  clearError(): void {
    if (!this.error) return;
    this.error = '';
    this.host.requestUpdate();
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private focusAfterUpdate(selector: string): void {
    inBackground(
      this.host.updateComplete.then(() => this.focus(selector)),
      'focus',
    );
  }
}

/** The texts of the token's form and state, in the element's own catalogue (each widget words them for its task). */
export type UnitTokenText =
  'label' | 'hint' | 'save' | 'cancel' | 'bad' | 'storage' | 'kept' | 'change' | 'forget' | 'saved' | 'forgotten';

export interface UnitTokenView {
  readonly text: (key: UnitTokenText) => string;
  /** The element needs a token now (a report waits, or there is nothing to show without one): the form, no cancel. */
  readonly forced: boolean;
  /** What the state says and offers while no token is kept; not needed where no token forces the form. */
  readonly none?: { readonly said: string; readonly enter: string };
}

/**
 * The unit's token: the form, while the element needs a token or on request; otherwise whether one is kept, with
 * buttons to replace or remove it. The field is a password field filled by the officer: the token is never written
 * into the element's attributes nor kept in its properties.
 */
export function unitTokenView(token: UnitTokenController, view: UnitTokenView): TemplateResult {
  const { text } = view;
  if (token.formOpen || view.forced) {
    const error = token.error ? text(token.error) : '';
    return html`<form class="token" part="token" novalidate @submit=${(e: Event) => inBackground(token.submit(e), 'unit token')}>
      ${token.notice === 'forgotten' ? html`<p role="status">${text('forgotten')}</p>` : nothing}
      <label for="unit-token">${text('label')}</label>
      <p class="hint" id="unit-token-hint">${text('hint')}</p>
      <input id="unit-token" name="unit-token" type="password" autocomplete="off" autocapitalize="off" spellcheck="false" required
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'unit-token-hint unit-token-error' : 'unit-token-hint'}
        @input=${() => token.clearError()} />
      ${error ? html`<p class="field-error" id="unit-token-error" role="alert">${error}</p>` : nothing}
      <div class="token-actions">
        <button type="submit" part="button" class="primary">${text('save')}</button>
        ${
          token.formOpen && !view.forced
            ? html`<button type="button" part="button" @click=${() => token.closeForm()}>${text('cancel')}</button>`
            : nothing
        }
      </div>
    </form>`;
  }
  const saved = token.state === 'saved';
  const notice = token.notice ? text(token.notice) : '';
  return html`<div class="token" part="token">
    <p class="token-state" id=${token.options.stateId} tabindex="-1">
      ${saved ? text('kept') : view.none?.said}${notice ? html` <span role="status">${notice}</span>` : nothing}
    </p>
    <div class="token-actions">
      <button type="button" part="button" @click=${() => token.openForm()}>${saved ? text('change') : view.none?.enter}</button>
      ${saved ? html`<button type="button" part="button" @click=${() => inBackground(token.forget(), 'unit token')}>${text('forget')}</button>` : nothing}
    </div>
  </div>`;
}

/** What the token's form looks like in every widget; each places it in its own layout. */
export const unitTokenStyles = css`
  .token label {
    font-weight: 600;
  }
  .token-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
