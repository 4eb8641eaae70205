/**
 * The question a deep link asks on the page when it would replace the case in progress: keep the case (the default,
 * and Escape), or start the linked guide (the case in progress is paused, not lost). A dialog in its own Shadow DOM,
 * built with textContent only; it takes the focus, keeps Tab inside, and gives the focus back when it closes. Only
 * the clerk's own presses count (isTrusted): the portal's scripts cannot answer it.
 */
import { OVERLAY_ATTR } from './locator.js';
import type { LinkOffer } from './messages.js';

const CSS = `
:host{all:initial}
.dialog{position:fixed;z-index:2147483647;top:16px;left:50%;transform:translateX(-50%);max-width:420px;width:calc(100% - 32px);box-sizing:border-box;background:#fff;color:#1E2F41;border:2px solid #903938;border-radius:8px;padding:14px 16px;font:14px/1.45 system-ui,"Nunito Sans",sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.35)}
.title{font-weight:700;font-size:15px;margin:0 0 6px}
p{margin:0}
.row{display:flex;gap:8px;margin-top:12px;flex-wrap:wrap}
button{font:inherit;font-size:14px;cursor:pointer;border-radius:5px;border:1px solid #CE7A58;background:#fff;color:#1E2F41;padding:5px 12px}
button.primary{background:#1E2F41;color:#fff;border-color:#1E2F41}
button:focus-visible{outline:3px solid #ffd166;outline-offset:1px}
`;

export class LinkPrompt {
  private host: HTMLElement | null = null;
  private shown = '';
  private returnFocus: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onAnswer: (guideId: string, replace: boolean) => void,
  ) {}

  /** Shows the question the view carries, or takes it away when there is none. */
  update(offer: LinkOffer | undefined): void {
    if (!offer) {
      this.hide();
      return;
    }
    const key = `${offer.guideId}|${offer.lang}|${offer.text}`;
    if (key === this.shown && this.host?.isConnected) return;
    this.hide();
    this.shown = key;
    this.show(offer);
  }

  private show(offer: LinkOffer): void {
    const doc = this.doc;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] => {
      const e = doc.createElement(tag);
      if (cls) e.className = cls;
      return e;
    };
    const host = el('div');
    host.setAttribute(OVERLAY_ATTR, '');
    const root = host.attachShadow({ mode: 'open' });
    const style = el('style');
    style.textContent = CSS;
    const dialog = el('div', 'dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-labelledby', 'papi-link-title');
    dialog.setAttribute('aria-describedby', 'papi-link-text');
    dialog.setAttribute('lang', offer.lang);
    const title = el('p', 'title');
    title.id = 'papi-link-title';
    title.textContent = offer.title;
    const text = el('p');
    text.id = 'papi-link-text';
    text.textContent = offer.text;
    const row = el('div', 'row');
    const answer = (replace: boolean): void => {
      this.hide();
      this.onAnswer(offer.guideId, replace);
    };
    const button = (label: string, replace: boolean, primary: boolean): HTMLButtonElement => {
      const b = el('button', primary ? 'primary' : undefined);
      b.type = 'button';
      b.dataset.answer = replace ? 'replace' : 'keep';
      b.textContent = label;
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        if (e.isTrusted) answer(replace);
      });
      row.append(b);
      return b;
    };
    const keep = button(offer.keep, false, true);
    const replace = button(offer.replace, true, false);
    dialog.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape') {
        e.stopPropagation();
        answer(false);
      } else if (e.key === 'Tab') {
        // Two buttons: Tab and Shift+Tab go from one to the other, never out to the page behind.
        e.preventDefault();
        (root.activeElement === keep ? replace : keep).focus();
      }
    });
    dialog.append(title, text, row);
    root.append(style, dialog);
    this.returnFocus = doc.activeElement;
    doc.documentElement.append(host);
    this.host = host;
    keep.focus();
  }

  hide(): void {
    if (!this.host) return;
    const hadFocus = (this.host.shadowRoot?.activeElement ?? null) !== null;
    this.host.remove();
    this.host = null;
    this.shown = '';
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && back instanceof HTMLElement && back.isConnected) back.focus();
  }
}
