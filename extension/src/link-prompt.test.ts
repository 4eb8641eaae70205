import { afterEach, describe, expect, it } from 'vitest';
import { LinkPrompt } from './link-prompt.js';
import type { LinkOffer } from './messages.js';
import { clickAsPerson, trusted } from './testing/events.js';

const offer: LinkOffer = {
  guideId: 'khai-sinh',
  lang: 'km',
  title: 'បើកការណែនាំផ្សេងទៀតឬ?',
  text: 'សំណុំឯកសារ #1 (<b>Đăng ký khai tử</b>) កំពុងធ្វើ។',
  replace: 'ចាប់ផ្តើមការណែនាំថ្មី',
  keep: 'បន្តសំណុំឯកសារដែលកំពុងធ្វើ',
};
const dialog = (): HTMLElement | null =>
  document.querySelector('[data-papi-overlay]')?.shadowRoot?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
const button = (answer: 'keep' | 'replace'): HTMLButtonElement =>
  dialog()!.querySelector<HTMLButtonElement>(`[data-answer="${answer}"]`)!;
const key = (el: Element, k: string, shiftKey = false) =>
  el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true })));

afterEach(() => document.body.replaceChildren());

describe('the question a deep link asks before it replaces the case in progress', () => {
  it('is a labelled dialog in the clerk’s language, as text, with the focus on keeping the case', () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    const answers: [string, boolean][] = [];
    const prompt = new LinkPrompt(document, (id, replace) => answers.push([id, replace]));
    prompt.update(offer);
    const d = dialog()!;
    expect(d.getAttribute('lang')).toBe('km');
    const root = d.getRootNode() as ShadowRoot;
    expect(root.getElementById(d.getAttribute('aria-labelledby')!)?.textContent).toBe(offer.title);
    expect(root.getElementById(d.getAttribute('aria-describedby')!)?.textContent).toBe(offer.text);
    expect(d.querySelector('b')).toBeNull(); // text, never markup
    expect(root.activeElement).toBe(button('keep'));
    // Tab and Shift+Tab stay in the dialog.
    key(button('keep'), 'Tab');
    expect(root.activeElement).toBe(button('replace'));
    key(button('replace'), 'Tab', true);
    expect(root.activeElement).toBe(button('keep'));
    // Escape keeps the case; the focus goes back where it was.
    key(button('keep'), 'Escape');
    expect(answers).toEqual([['khai-sinh', false]]);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('is answered only by the clerk: the portal’s scripts cannot press its buttons', () => {
    const answers: [string, boolean][] = [];
    const prompt = new LinkPrompt(document, (id, replace) => answers.push([id, replace]));
    prompt.update(offer);
    button('replace').click();
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(answers).toEqual([]);
    expect(dialog()).not.toBeNull();
    // The same question again (a new view of the same case) is not drawn twice.
    prompt.update(offer);
    expect(document.querySelectorAll('[data-papi-overlay]')).toHaveLength(1);
    clickAsPerson(button('replace'));
    expect(answers).toEqual([['khai-sinh', true]]);
    expect(dialog()).toBeNull();
  });

  it('goes away when the view no longer carries the question', () => {
    const prompt = new LinkPrompt(document, () => undefined);
    prompt.update(offer);
    expect(dialog()).not.toBeNull();
    prompt.update(undefined);
    expect(dialog()).toBeNull();
  });
});
