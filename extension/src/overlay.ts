/**
 * The guidance drawn on the portal: an outline around the target and a tip beside it, inside a Shadow DOM so the
 * portal's CSS cannot reach it and ours cannot reach the portal. Built with createElement and textContent only.
 */
import { OVERLAY_ATTR } from './locator.js';
import type { OverlayLabels } from './messages.js';

export const TARGET_ATTR = 'data-papi-target';

const CSS = `
:host{all:initial}
.box{position:fixed;z-index:2147483646;pointer-events:none;border:3px solid #903938;border-radius:6px;box-shadow:0 0 0 4px rgba(206,122,88,.45);transition:all .12s}
.tip{position:fixed;z-index:2147483647;pointer-events:none;max-width:320px;background:#1E2F41;color:#fff;font:14px/1.45 system-ui,"Nunito Sans",sans-serif;border-radius:8px;padding:10px 12px;box-shadow:0 4px 16px rgba(0,0,0,.35)}
.tip.fallback{pointer-events:auto;right:16px;bottom:16px;left:auto;top:auto;background:#fff;color:#1E2F41;border:2px solid #903938}
.step{font-size:12px;opacity:.85;margin:0 0 2px}
.title{font-weight:700;margin:0 0 4px;font-size:15px}
.note{font-size:12px;font-style:italic;margin:4px 0 0}
.items{margin:4px 0 0;padding-left:18px;font-size:13px}
.row{display:flex;gap:6px;margin-top:8px;flex-wrap:wrap}
button{pointer-events:auto;font:inherit;font-size:13px;cursor:pointer;border-radius:5px;border:1px solid #CE7A58;background:#fff;color:#1E2F41;padding:3px 9px}
button.primary{background:#CE7A58;color:#fff;border-color:#CE7A58}
button:focus-visible{outline:3px solid #ffd166;outline-offset:1px}
.hidden{display:none}
.tip.looking .note::before{content:"";display:inline-block;vertical-align:-2px;width:10px;height:10px;margin-right:6px;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:papi-spin 1s linear infinite}
@keyframes papi-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.tip.looking .note::before{animation:none}}
`;

/** What the tip shows: beside its target, the step's instructions while the target is looked for, or without one. */
export type TipState = 'found' | 'looking' | 'fallback';

export interface TipContent {
  readonly stepLabel: string;
  readonly title: string;
  readonly text: string;
  readonly note?: string;
  /** A short list under the text (the required fields still empty), as text. */
  readonly items?: readonly string[];
}

export type OverlayAction = 'back' | 'next' | 'manual' | 'close';

/** The keys that bring the focus to the tip (its buttons come after every control of the portal's page). */
export const TIP_SHORTCUT = {
  aria: 'Alt+Shift+H',
  matches: (e: KeyboardEvent): boolean => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH',
} as const;

export class Overlay {
  readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private readonly tip: HTMLDivElement;
  private readonly stepEl: HTMLParagraphElement;
  private readonly titleEl: HTMLParagraphElement;
  private readonly textEl: HTMLParagraphElement;
  private readonly noteEl: HTMLParagraphElement;
  private readonly itemsEl: HTMLUListElement;
  private readonly buttons: Record<OverlayAction, HTMLButtonElement>;
  private target: Element | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    onAction: (action: OverlayAction) => void,
  ) {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] => {
      const e = doc.createElement(tag);
      if (cls) e.className = cls;
      return e;
    };
    this.host = el('div');
    this.host.setAttribute(OVERLAY_ATTR, '');
    const root = this.host.attachShadow({ mode: 'open' });
    const style = el('style');
    style.textContent = CSS;
    this.box = el('div', 'box hidden');
    this.tip = el('div', 'tip hidden');
    this.tip.setAttribute('role', 'region');
    this.tip.setAttribute('aria-keyshortcuts', TIP_SHORTCUT.aria);
    this.tip.setAttribute('aria-live', 'polite');
    this.stepEl = el('p', 'step');
    this.titleEl = el('p', 'title');
    this.textEl = el('p');
    this.textEl.style.margin = '0';
    this.noteEl = el('p', 'note');
    this.itemsEl = el('ul', 'items hidden');
    const row = el('div', 'row');
    const make = (action: OverlayAction, primary = false): HTMLButtonElement => {
      const b = el('button', primary ? 'primary' : undefined);
      b.type = 'button';
      b.dataset.action = action;
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        // Only the clerk's own press counts: the portal's scripts can reach this (open) shadow root and click.
        if (e.isTrusted) onAction(action);
      });
      row.append(b);
      return b;
    };
    this.buttons = { back: make('back'), manual: make('manual', true), next: make('next'), close: make('close') };
    // A keyboard user reaching the tip (its buttons come after the page's controls) sees the target it is about.
    this.tip.addEventListener('focusin', () => {
      const r = this.target?.getBoundingClientRect();
      const view = this.doc.defaultView;
      if (r && view && (r.top < 0 || r.bottom > view.innerHeight)) this.target!.scrollIntoView({ block: 'center' });
    });
    // Escape closes the tip when the focus is in it; the portal's own Escape (its dialogs) is left alone otherwise.
    this.tip.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !e.isTrusted) return;
      e.stopPropagation();
      onAction('close');
    });
    this.tip.append(this.stepEl, this.titleEl, this.textEl, this.itemsEl, this.noteEl, row);
    root.append(style, this.box, this.tip);
  }

  setLabels(labels: OverlayLabels): void {
    this.buttons.back.textContent = `‹ ${labels.back}`;
    this.buttons.next.textContent = `${labels.next} ›`;
    this.buttons.manual.textContent = labels.manual;
    this.buttons.close.textContent = '×';
    this.buttons.close.setAttribute('aria-label', labels.close);
    this.tip.setAttribute('aria-label', labels.region);
    this.tip.setAttribute('lang', labels.lang);
  }

  private attach(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  private fill(content: TipContent): void {
    this.stepEl.textContent = content.stepLabel;
    this.titleEl.textContent = content.title;
    this.textEl.textContent = content.text;
    this.noteEl.textContent = content.note ?? '';
    this.noteEl.classList.toggle('hidden', !content.note);
    this.itemsEl.replaceChildren(
      ...(content.items ?? []).map((text) => {
        const li = this.doc.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
    this.itemsEl.classList.toggle('hidden', !content.items?.length);
  }

  private setState(state: TipState): void {
    this.tip.dataset.state = state;
    this.tip.classList.toggle('looking', state === 'looking');
    if (state === 'looking') this.tip.setAttribute('aria-busy', 'true');
    else this.tip.removeAttribute('aria-busy');
  }

  /** Outlines the target and puts the tip beside it; the target carries data-papi-target meanwhile. */
  showAt(target: Element, content: TipContent): void {
    this.attach();
    if (this.target !== target) this.clearTarget();
    this.target = target;
    target.setAttribute(TARGET_ATTR, '');
    this.fill(content);
    this.setState('found');
    this.tip.classList.remove('fallback', 'hidden');
    this.box.classList.remove('hidden');
    const rect = target.getBoundingClientRect();
    const view = this.doc.defaultView;
    // Brought into view when any part of it is off screen: a button half below the fold is easily missed.
    if (view && (rect.top < 0 || rect.bottom > view.innerHeight)) target.scrollIntoView({ block: 'center' });
    this.place();
  }

  /**
   * The text instructions, at once while the element is looked for (`looking`: the page may still be drawing it),
   * and when it was not found or the page is another one.
   */
  showFallback(content: TipContent, state: Exclude<TipState, 'found'> = 'fallback'): void {
    this.attach();
    this.clearTarget();
    this.fill(content);
    this.setState(state);
    this.box.classList.add('hidden');
    this.tip.classList.remove('hidden');
    this.tip.classList.add('fallback');
    this.tip.style.cssText = '';
  }

  /** Puts the keyboard focus on the tip's main button; false when no tip is shown. */
  focusTip(): boolean {
    if (this.tip.classList.contains('hidden') || !this.host.isConnected) return false;
    this.buttons.manual.focus();
    return true;
  }

  hide(): void {
    this.clearTarget();
    this.box.classList.add('hidden');
    this.tip.classList.add('hidden');
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }

  private clearTarget(): void {
    cancelAnimationFrame(this.frame);
    this.target?.removeAttribute(TARGET_ATTR);
    this.target = null;
  }

  /** Keeps the outline and tip on the target while the page scrolls or reflows. */
  private place = (): void => {
    const t = this.target;
    const view = this.doc.defaultView;
    if (!t || !view) return;
    const r = t.getBoundingClientRect();
    const pad = 4;
    Object.assign(this.box.style, {
      left: `${r.left - pad}px`,
      top: `${r.top - pad}px`,
      width: `${r.width + pad * 2}px`,
      height: `${r.height + pad * 2}px`,
    });
    const tipH = this.tip.offsetHeight || 120;
    const tipW = this.tip.offsetWidth || 300;
    // Beside the target when there is room (so the tip does not cover the controls below it), else below or above.
    let left: number;
    let top: number;
    if (r.right + 14 + tipW < view.innerWidth) {
      left = r.right + 14;
      top = Math.min(Math.max(8, r.top), Math.max(8, view.innerHeight - tipH - 8));
    } else if (r.left - 14 - tipW > 0) {
      left = r.left - 14 - tipW;
      top = Math.min(Math.max(8, r.top), Math.max(8, view.innerHeight - tipH - 8));
    } else {
      const below = r.bottom + 10 + tipH < view.innerHeight;
      // Kept on screen even when the target is scrolled away, so the tip and its buttons can always be seen.
      top = Math.min(Math.max(8, below ? r.bottom + 10 : r.top - tipH - 10), Math.max(8, view.innerHeight - tipH - 8));
      left = Math.min(Math.max(8, r.left), Math.max(8, view.innerWidth - tipW - 8));
    }
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
    this.frame = requestAnimationFrame(this.place);
  };
}
