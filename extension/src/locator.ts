/**
 * Finds a guide step's element on the portal. Strategies, in order: the SurveyJS `data-name` prefix (which then
 * bounds the others to its question), visible label text (folded for case and Vietnamese diacritics), ARIA role and
 * accessible name, CSS last. Only visible elements count (the portal renders some parts twice, one copy hidden).
 * Everything read from the page is compared as text; nothing is ever written back as markup.
 */
import { foldText, type Locator, type LocatorStrategy } from '@papi/core';
import { isPending } from './pending.js';

export interface Found {
  readonly element: Element;
  readonly strategy: LocatorStrategy;
  /** Strategies the locator gives that were tried first and found nothing. */
  readonly failed: readonly LocatorStrategy[];
}

export interface LocateOptions {
  /** The clerk's unit name, for `{unit}`. Without it, a strategy or a `near` that needs it finds nothing. */
  readonly unit?: string;
  /**
   * The office the clerk chose under "Chọn cơ quan thực hiện", for `{agency}` (asked at each attempt: the page
   * may show it late). Without it, a strategy or a `near` that needs it finds nothing.
   */
  readonly agency?: () => string | undefined;
}

/** Our own overlay is never a target. */
export const OVERLAY_ATTR = 'data-papi-overlay';

/**
 * Whether a scrolling ancestor (a long option list, ~100 wards) hides most of the element: an option scrolled out
 * of its panel cannot be pressed where the outline would be drawn.
 */
function clipped(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.height === 0 && r.width === 0) return false;
  const view = el.ownerDocument.defaultView;
  for (
    let a = el.parentElement;
    a && a !== el.ownerDocument.body && a !== el.ownerDocument.documentElement;
    a = a.parentElement
  ) {
    const style = view?.getComputedStyle(a);
    if (!style || !/(auto|scroll|hidden|clip)/.test(`${style.overflowY} ${style.overflowX}`)) continue;
    const b = a.getBoundingClientRect();
    const shownH = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
    const shownW = Math.min(r.right, b.right) - Math.max(r.left, b.left);
    if (shownH < r.height / 2 || shownW <= 0) return true;
  }
  return false;
}

export function isVisible(el: Element): boolean {
  if (el.closest(`[${OVERLAY_ATTR}]`)) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el, { visibilityProperty: true })) return false;
    // With boxes laid out, the engine has answered for display and visibility; aria-hidden and clipping are left.
    if (el.getClientRects().length > 0) return !el.closest('[aria-hidden="true"]') && !clipped(el);
  }
  // No layout (happy-dom) or no boxes (display: contents): walk up for hidden attributes and computed display.
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return false;
    const style = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

const SKIP_LEAD = new Set([' ', '\t', '\n', '\r', '\u00a0', '*', ':', '•', '-', '–', '›', '»']);
const foldedChars = new Map<string, string>();

/** Folds only the first meaningful character, to skip most text nodes cheaply before folding them whole. */
function firstFolded(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SKIP_LEAD.has(c)) continue;
    let f = foldedChars.get(c);
    if (f === undefined) foldedChars.set(c, (f = foldText(c).charAt(0)));
    return f;
  }
  return '';
}

const CLICKABLE =
  'button, a, label, summary, [role=button], [role=option], [role=tab], [role=link], [role=menuitem], [role=checkbox], [role=radio], [role=combobox], li, th, td, dt, dd, h1, h2, h3, h4, h5, h6, legend';
const CONTROL = 'input:not([type=hidden]), textarea, select, [role=combobox], [role=textbox], [contenteditable=true]';

/** The element a piece of label text stands for: a label's control, a SurveyJS title's question, or the clickable around it. */
function labelTarget(el: Element): Element {
  const doc = el.ownerDocument;
  const title = el.closest('.sd-title, .sd-question__title');
  if (title) return title.closest('[data-name], .sd-question') ?? title;
  const label = el.closest('label');
  if (label) {
    const id = label.getAttribute('for');
    const ctl = (id && doc.getElementById(id)) || label.querySelector(CONTROL);
    if (ctl) return ctl;
    const question = label.closest('[data-name], .sd-question');
    if (question) return question;
    return label;
  }
  return el.closest(CLICKABLE) ?? el;
}

type Tier = 0 | 1; // exact, prefix
function tierOf(folded: string, want: string): Tier | -1 {
  if (folded === want) return 0;
  if (folded.startsWith(want)) return 1;
  return -1;
}

function byLabel(doc: Document, label: string, accept: (el: Element) => boolean): Element | null {
  const want = foldText(label);
  if (!want) return null;
  const first = want.charAt(0);
  const tiers: Element[][] = [[], []];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = n.nodeValue ?? '';
    if (data.length < want.length - 2 || firstFolded(data) !== first) continue;
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    const tier = tierOf(foldText(data), want);
    if (tier >= 0) tiers[tier]!.push(parent);
  }
  for (const el of doc.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const v = el.getAttribute(attr);
      if (!v || v.length < want.length - 2 || firstFolded(v) !== first) continue;
      const tier = tierOf(foldText(v), want);
      if (tier >= 0) tiers[tier]!.push(el);
    }
  }
  for (const list of tiers) {
    for (const el of list) {
      const target = labelTarget(el);
      if (accept(target)) return target;
    }
  }
  return null;
}

const ROLE_SELECTORS: Readonly<Record<string, string>> = {
  button: 'button, input[type=button], input[type=submit], [role=button]',
  link: 'a[href], [role=link]',
  textbox:
    'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number], input[type=search], textarea, [role=textbox]',
  combobox: 'select:not([multiple]), [role=combobox]',
  listbox: 'select[multiple], [role=listbox]',
  option: 'option, [role=option]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  radio: 'input[type=radio], [role=radio]',
  tab: '[role=tab]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  dialog: 'dialog, [role=dialog]',
  row: 'tr, [role=row]',
  cell: 'td, [role=cell]',
  menuitem: '[role=menuitem]',
};

/** Text content without aria-hidden parts (an icon glyph is not a button's name). */
function visibleText(el: Element): string {
  if (!el.querySelector('[aria-hidden="true"]')) return el.textContent ?? '';
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node as Element).getAttribute('aria-hidden') !== 'true')
      out += visibleText(node as Element);
  }
  return out;
}

/** A simplified accessible name: aria-labelledby, aria-label, labels, text, title, placeholder, alt. */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return Array.from(labels, (l) => l.textContent ?? '').join(' ');
  const isField = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
  if (!isField) {
    const text = visibleText(el).trim();
    if (text) return text;
    const alt = el.querySelector('img[alt]')?.getAttribute('alt');
    if (alt) return alt;
  }
  if (el.tagName === 'INPUT' && /^(button|submit)$/i.test(el.getAttribute('type') ?? ''))
    return el.getAttribute('value') ?? '';
  return el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '';
}

function byRole(
  doc: Document,
  role: string,
  name: string | undefined,
  accept: (el: Element) => boolean,
): Element | null {
  const selector = ROLE_SELECTORS[role] ?? `[role="${role}"]`;
  const want = name === undefined ? undefined : foldText(name);
  let prefix: Element | null = null;
  for (const el of doc.querySelectorAll(selector)) {
    const explicit = el.getAttribute('role');
    if (explicit && explicit !== role) continue;
    if (want === undefined) {
      if (accept(el)) return el;
      continue;
    }
    const tier = tierOf(foldText(accessibleName(el)), want);
    if (tier === 0 && accept(el)) return el;
    if (tier === 1 && !prefix && accept(el)) prefix = el;
  }
  return prefix;
}

/** A SurveyJS name matches its prefix exactly or as `<prefix>__<template version>`. */
const namedBy = (name: string, prefix: string): boolean =>
  name === prefix ||
  (name.startsWith(prefix) && name.charAt(prefix.length) === '_' && name.charAt(prefix.length + 1) === '_');

function byDataName(doc: Document, prefix: string, accept: (el: Element) => boolean): Element | null {
  for (const el of doc.querySelectorAll('[data-name]')) {
    if (namedBy(el.getAttribute('data-name') ?? '', prefix) && accept(el)) return el;
  }
  return null;
}

/** Whether an element is (or lies within) the SurveyJS question the prefix names. */
function withinQuestion(el: Element, prefix: string): boolean {
  for (let e: Element | null = el.closest('[data-name]'); e; e = e.parentElement?.closest('[data-name]') ?? null) {
    if (namedBy(e.getAttribute('data-name') ?? '', prefix)) return true;
  }
  return false;
}

function byCss(doc: Document, css: string, accept: (el: Element) => boolean): Element | null {
  let list: NodeListOf<Element>;
  try {
    list = doc.querySelectorAll(css);
  } catch {
    return null;
  }
  for (const el of list) if (accept(el)) return el;
  return null;
}

/** Whether folded text holds a folded phrase as whole words ("phuong vinh phuoc", not "phuong vinh phuoc 2"). */
export function holdsPhrase(text: string, phrase: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!word.test(text.charAt(i - 1)) && !word.test(text.charAt(i + phrase.length))) return true;
  }
  return false;
}

/** An element's text with its text nodes kept apart ("…Vĩnh Phước" and "Nộp trực tuyến" do not run together). */
function spacedText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ');
}

/**
 * The one candidate whose own card holds the `near` text: the smallest ancestor holding the text must hold no
 * other candidate (a department's card, whose nearest holder is the whole list, does not qualify). Two candidates
 * that qualify are ambiguous, and an ambiguous target is no target: the step falls back to its text.
 */
function nearest(candidates: readonly Element[], want: string): Element | null {
  const unique = [...new Set(candidates)];
  let found: Element | null = null;
  for (const c of unique) {
    let holder: Element | null = c;
    const holds = (e: Element): boolean => holdsPhrase(foldText(spacedText(e)), want);
    for (let depth = 0; holder && depth < 12 && !holds(holder); depth++) holder = holder.parentElement;
    if (!holder || !holds(holder)) continue;
    if (unique.some((o) => o !== c && holder.contains(o))) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/**
 * The strategies a locator gives, in the order they are tried. A SurveyJS question name, when given, comes first:
 * the portal repeats titles such as "Họ, chữ đệm, tên" in the applicant's, the child's and the parents' blocks.
 */
export function strategiesOf(loc: Locator): LocatorStrategy[] {
  const out: LocatorStrategy[] = [];
  if (loc.dataName !== undefined) out.push('data-name');
  if (loc.label !== undefined) out.push('label');
  if (loc.role !== undefined) out.push('role');
  if (loc.css !== undefined) out.push('css');
  return out;
}

const OPERABLE = `${CONTROL}, button, a[href], summary, [role=button], [role=option], [role=link], [role=tab], [role=menuitem], [role=checkbox], [role=radio], [data-name], .sd-question`;

/**
 * The control a caption stands for, when a label found plain text: the first match of `css` after the caption in
 * its nearest enclosing block (up to four levels up) that holds one. Null when the label found a control itself.
 */
function pairedControl(caption: Element, css: string, accept: (el: Element) => boolean): Element | null {
  try {
    if (caption.matches(OPERABLE) || caption.matches(css)) return null;
    let block = caption.parentElement;
    for (let up = 0; block && up < 4; up++, block = block.parentElement) {
      for (const el of block.querySelectorAll(css))
        if (caption.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && accept(el)) return el;
    }
  } catch {
    // a bad selector: the caption stays the target
  }
  return null;
}

/** Resolves a locator now; null when no strategy finds a visible element. */
export function resolveTarget(doc: Document, loc: Locator, options: LocateOptions = {}): Found | null {
  // "{unit}" stands for the clerk's unit and "{agency}" for the office they chose; without a value, a strategy
  // (or a `near`) that needs it cannot be used: guessing there could send the dossier to the wrong office.
  let agency: string | undefined | null = null;
  const values = (key: string): string | undefined => {
    if (key === 'unit') return options.unit;
    if (agency === null) agency = options.agency?.();
    return agency;
  };
  const fill = (text: string | undefined): string | undefined | null => {
    if (text === undefined) return text;
    let missing = false;
    const out = text.replace(/\{(unit|agency)\}/g, (_, key: string) => values(key) ?? ((missing = true), ''));
    return missing ? null : out;
  };
  const nearText = fill(loc.near);
  if (nearText === null) return null;
  const near = nearText ? foldText(nearText) : undefined;
  const failed: LocatorStrategy[] = [];
  for (const strategy of strategiesOf(loc)) {
    // With `near`, every visible candidate is gathered and the one closest to the near text wins.
    const candidates: Element[] = [];
    // With a question name, what a label, role or selector finds must lie within that question: never the same
    // title in the applicant's block (pre-filled from VNeID, read-only) or the father's.
    const question =
      loc.dataName === undefined || strategy === 'data-name'
        ? isVisible
        : (el: Element): boolean => withinQuestion(el, loc.dataName!) && isVisible(el);
    // With `pending`, only what still waits for the clerk (an upload row without its file); with `near`, that is
    // asked of the one card's candidate, after every candidate has had its say on whose card is whose.
    const pending = (el: Element | null): boolean =>
      el !== null && (loc.pending === undefined || isPending(el, loc.pending));
    const accept =
      near === undefined
        ? (el: Element): boolean => question(el) && pending(el)
        : (el: Element): boolean => (question(el) && candidates.push(el), false);
    const label = fill(loc.label);
    const name = fill(loc.name);
    let el: Element | null;
    if (strategy === 'label') {
      el = label ? byLabel(doc, label, accept) : null;
      // A caption beside a custom control (the portal's "Hình thức nhận kết quả" over its `.cc-select-wrapper`):
      // the label says which one, the selector what to outline.
      if (el && loc.css !== undefined && near === undefined) el = pairedControl(el, loc.css, accept) ?? el;
    } else if (strategy === 'role') el = name === null ? null : byRole(doc, loc.role!, name, accept);
    else if (strategy === 'data-name') el = byDataName(doc, loc.dataName!, accept);
    else el = byCss(doc, loc.css!, accept);
    if (near !== undefined) {
      el = nearest(candidates, near);
      if (!pending(el)) el = null;
    }
    if (el) return { element: el, strategy, failed };
    failed.push(strategy);
  }
  return null;
}

export interface WaitOptions extends LocateOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * Resolves a locator, waiting for late elements: re-tries on DOM mutations (batched per animation frame or
 * timer tick) and on a slow interval (CSS-only visibility changes), until found, timed out or aborted.
 */
export function waitForTarget(doc: Document, loc: Locator, options: WaitOptions): Promise<Found | null> {
  const now = resolveTarget(doc, loc, options);
  if (now || options.timeoutMs <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    let scheduled = false;
    const win = doc.defaultView ?? globalThis;
    const finish = (found: Found | null): void => {
      observer.disconnect();
      doc.removeEventListener('scroll', onScroll, { capture: true });
      clearInterval(interval);
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(found);
    };
    const attempt = (): void => {
      scheduled = false;
      const found = resolveTarget(doc, loc, options);
      if (found) finish(found);
    };
    const observer = new (win as typeof globalThis).MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(attempt, 30);
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'role', 'aria-label'],
      characterData: true,
    });
    // Scrolling a long list brings an option into view without changing the DOM (unless the list is virtual).
    const onScroll = (): void => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(attempt, 30);
    };
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    const interval = setInterval(attempt, 400);
    const timer = setTimeout(() => finish(resolveTarget(doc, loc, options)), options.timeoutMs);
    const onAbort = (): void => finish(null);
    options.signal?.addEventListener('abort', onAbort);
  });
}
