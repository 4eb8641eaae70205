/**
 * The target a recorded step proposes for an element the author clicked or focused: made with the locator's own
 * strategies (SurveyJS data-name prefix, label, role and name, CSS last), each checked by resolving it with the
 * locator, which must find that same element. Nothing a field holds (its value, the choice a dropdown shows) is
 * ever used: such text is the citizen's.
 */
import type { Locator, LocatorStrategy } from '@papi/core';
import { accessibleName, OVERLAY_ATTR, resolveTarget } from '../locator.js';

export interface Proposal {
  readonly strategy: LocatorStrategy;
  readonly target: Locator;
}

export interface Proposed {
  /** The element the step outlines (a SurveyJS question for anything inside one). */
  readonly element: Element;
  /** Every checked strategy together (CSS only when nothing sturdier works), as a guide step writes it. */
  readonly target: Locator;
  /** Each checked strategy alone, sturdiest first. */
  readonly alternatives: readonly Proposal[];
}

const QUESTION = '[data-name]';
const FIELD =
  'input, textarea, select, [contenteditable=""], [contenteditable=true], [role=combobox], [role=textbox], [role=listbox], [role=spinbutton], [role=searchbox]';
const CLICKABLE =
  'button, a[href], summary, input[type=button], input[type=submit], input[type=checkbox], input[type=radio], [role=button], [role=link], [role=tab], [role=menuitem], [role=option], [role=checkbox], [role=radio], option';

/** A SurveyJS name without its `__<template version>` suffix, when it fits the schema. */
export function dataNamePrefix(name: string): string | undefined {
  const prefix = name.replace(/__\d+$/, '');
  return /^[A-Za-z0-9_]{1,120}$/.test(prefix) ? prefix : undefined;
}

/** The element a step would outline for a click or focus on `el`: its SurveyJS question, else its control. */
export function anchorOf(el: Element): Element {
  const question = el.closest(QUESTION);
  if (question && dataNamePrefix(question.getAttribute('data-name') ?? '')) return question;
  const control = `${FIELD}, ${CLICKABLE}`;
  // The element itself when it is one (happy-dom's select is not its own closest()).
  return el.matches(control) ? el : (el.closest(control) ?? el);
}

/**
 * What the page shows as data in and around an element: field values, the chosen option, a SurveyJS dropdown's
 * shown value. No proposal may hold any of it.
 */
export function shownValues(el: Element): string[] {
  const scope = el.closest(QUESTION) ?? el;
  const out: string[] = [];
  const fields = [scope, ...Array.from(scope.querySelectorAll(FIELD))].filter((f) => f.matches(FIELD));
  for (const f of fields) {
    if (f.tagName === 'SELECT') {
      for (const o of Array.from((f as HTMLSelectElement).selectedOptions)) out.push(o.value, o.textContent ?? '');
    } else if ('value' in f && typeof f.value === 'string') out.push(f.value);
    else out.push(f.textContent ?? '');
  }
  for (const v of scope.querySelectorAll('.sd-dropdown__value, .sv-string-viewer--value, [aria-selected="true"]'))
    if (!v.closest('.sd-title, .sd-question__title')) out.push(v.textContent ?? '');
  return out.map((v) => v.trim()).filter((v) => v.length >= 2);
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase();

/** Whether any string in a locator holds one of the values. */
export function holdsValue(loc: Locator, values: readonly string[]): boolean {
  const texts = [loc.label, loc.name, loc.css, loc.dataName].filter((t): t is string => t !== undefined).map(norm);
  return values.some((v) => texts.some((t) => t.includes(norm(v))));
}

/**
 * Page text with many digits is data (a dossier code in a search result, a personal or phone number), never a
 * label to keep in a guide file.
 */
export function holdsNumber(loc: Locator): boolean {
  return [loc.label, loc.name, loc.css].some((t) => t !== undefined && (t.match(/\d/g)?.length ?? 0) >= 6);
}

const clean = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s*:]+$/, '')
    .trim();

function implicitRole(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'button' || (tag === 'input' && (type === 'button' || type === 'submit'))) return 'button';
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  if (tag === 'select') return el.hasAttribute('multiple') ? 'listbox' : 'combobox';
  if (tag === 'option') return 'option';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') {
    if (type === 'checkbox' || type === 'radio') return type;
    if (['', 'text', 'email', 'tel', 'number', 'search'].includes(type)) return 'textbox';
  }
  if (/^h[1-6]$/.test(tag)) return 'heading';
  return undefined;
}

/** The label text that stands for the anchor: a question's title, a field's label, a control's own text. */
function labelText(anchor: Element): string | undefined {
  if (anchor.matches(QUESTION)) {
    const title = anchor.querySelector('.sd-title .sv-string-viewer, .sd-title, .sd-question__title');
    return title ? clean(title.textContent ?? '') : undefined;
  }
  // A field's text is its value (a custom dropdown shows the choice): only a label or an attribute names it.
  if (anchor.matches(FIELD)) {
    const labels = (anchor as HTMLInputElement).labels;
    if (labels?.length) return clean(labels[0]!.textContent ?? '');
    return clean(anchor.getAttribute('aria-label') ?? anchor.getAttribute('placeholder') ?? '') || undefined;
  }
  return clean(anchor.textContent ?? '') || undefined;
}

function roleAndName(anchor: Element): Locator | undefined {
  const role = implicitRole(anchor);
  if (!role) return undefined;
  // A field's text is its value: its name must come from a label, never from what it shows.
  const name =
    anchor.matches(FIELD) && !/^(INPUT|TEXTAREA|SELECT)$/.test(anchor.tagName)
      ? clean(anchor.getAttribute('aria-label') ?? '')
      : clean(accessibleName(anchor));
  return name ? { role, name } : undefined;
}

const cssEscape = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`);
/** Ids and classes the portal's build makes up (digits, hashes) change per build: not worth proposing. */
const STABLE_TOKEN = /^[A-Za-z][A-Za-z_-]{1,40}$/;

function cssFor(anchor: Element): string | undefined {
  const id = anchor.getAttribute('id');
  if (id && STABLE_TOKEN.test(id)) return `#${cssEscape(id)}`;
  const classes = Array.from(anchor.classList).filter((c) => STABLE_TOKEN.test(c));
  return `${anchor.tagName.toLowerCase()}${classes.map((c) => `.${cssEscape(c)}`).join('')}`;
}

const ORDER: readonly LocatorStrategy[] = ['data-name', 'label', 'role', 'css'];

/**
 * Proposes a target for the element; undefined when no strategy finds it again (the locator finds another element
 * first, or it is our own overlay).
 */
export function proposeTarget(el: Element): Proposed | undefined {
  if (el.closest(`[${OVERLAY_ATTR}]`)) return undefined;
  const doc = el.ownerDocument;
  const anchor = anchorOf(el);
  const values = shownValues(el);
  const candidates: Proposal[] = [];
  const prefix = anchor.matches(QUESTION) ? dataNamePrefix(anchor.getAttribute('data-name') ?? '') : undefined;
  if (prefix) candidates.push({ strategy: 'data-name', target: { dataName: prefix } });
  const label = labelText(anchor);
  if (label && label.length <= 200) candidates.push({ strategy: 'label', target: { label } });
  const rn = roleAndName(anchor);
  if (rn && (rn.name ?? '').length <= 200) candidates.push({ strategy: 'role', target: rn });
  const css = cssFor(anchor);
  if (css) candidates.push({ strategy: 'css', target: { css } });
  const alternatives = candidates.filter(
    (c) => !holdsValue(c.target, values) && !holdsNumber(c.target) && resolveTarget(doc, c.target)?.element === anchor,
  );
  if (!alternatives.length) return undefined;
  alternatives.sort((a, b) => ORDER.indexOf(a.strategy) - ORDER.indexOf(b.strategy));
  const sturdy = alternatives.filter((a) => a.strategy !== 'css');
  const merged: Locator = Object.assign({}, ...(sturdy.length ? sturdy : alternatives).map((a) => a.target));
  // Together the strategies must still find the element (a data-name bounds the others to its question).
  const target = resolveTarget(doc, merged)?.element === anchor ? merged : alternatives[0]!.target;
  return { element: anchor, target, alternatives };
}
