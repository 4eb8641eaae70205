/**
 * Whether a question of the portal's e-form holds an answer, as SurveyJS renders it (checked against survey-library
 * v2.5.39, the v2 line PORTAL.md's traces match): the question root carries `data-name` and `sd-question--answered`
 * once answered; a dropdown's `.sd-dropdown__value` exists before any choice (it wraps the filter input), and the
 * control keeps `sd-dropdown--empty` until a choice; the choice shows as `.sv-string-viewer` once the control loses
 * the focus, and until then as the filter input's text (a filter typed without a choice leaves the control empty);
 * read-only, the control shows the choice, or the placeholder "Chọn..." when there is none, as `.sv-string-viewer`;
 * a radiogroup is a fieldset of visually hidden radios; text inputs have empty placeholders and no native
 * `required`, only `aria-required`. Some builds mark a required question with "*" in its title only.
 *
 * Privacy: a field's content is only ever tested for being empty; it is never kept, compared or sent.
 */
export const QUESTION = '[data-name], .sd-question';
const CONTROLS = 'input:not([type=hidden]), textarea, select, .sd-dropdown';
const FILTER = 'sd-dropdown__filter-string-input';

/** The question an element belongs to (the innermost), or null outside the e-form. */
export function questionOf(el: Element): Element | null {
  return el.closest(QUESTION);
}

/** Whether an element belongs to the question itself, not to a question nested in it. */
const ownedBy = (el: Element, q: Element): boolean => el.closest(QUESTION) === q;

/** The controls of the question itself (a nested question's are its own). */
function ownControls(q: Element): Element[] {
  if (q.matches(CONTROLS)) return [q];
  // The dropdown's open list (its popup) is not an answer.
  return Array.from(q.querySelectorAll(CONTROLS)).filter((c) => ownedBy(c, q) && !c.closest('.sv-popup'));
}

const isText = (c: Element): c is HTMLInputElement | HTMLTextAreaElement => {
  if (c.tagName === 'TEXTAREA') return true;
  if (c.tagName !== 'INPUT' || c.classList.contains(FILTER)) return false;
  return !/^(radio|checkbox|file|button|submit|reset|image|hidden|range|color)$/i.test((c as HTMLInputElement).type);
};

/** A text-like control the clerk types into (not a dropdown's filter, not one a date picker keeps read-only). */
export function isTyping(el: Element | null): boolean {
  return !!el && isText(el) && !(el as HTMLInputElement).readOnly && !(el as HTMLInputElement).disabled;
}

const hidden = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (e.matches(QUESTION)) break;
  }
  return false;
};

/** Whether the question's own control holds an answer; undefined when it has no control of its own. */
function ownAnswer(q: Element): boolean | undefined {
  const controls = ownControls(q);
  if (controls.length === 0) return undefined;
  const dropdown = controls.find((c) => c.classList.contains('sd-dropdown'));
  if (dropdown) {
    // Never from `.sd-dropdown__value` alone (there before a choice), nor from its text alone (the placeholder).
    if (dropdown.classList.contains('sd-dropdown--empty')) return false;
    const shown = dropdown.querySelector('.sd-dropdown__value .sv-string-viewer');
    const filter = dropdown.querySelector<HTMLInputElement>(`.${FILTER}`);
    return (shown?.textContent ?? '').trim() !== '' || (filter?.value ?? '').trim() !== '';
  }
  const choices = controls.filter(
    (c): c is HTMLInputElement => c.tagName === 'INPUT' && /^(radio|checkbox)$/i.test((c as HTMLInputElement).type),
  );
  if (choices.length) return choices.some((c) => c.checked || !!c.closest('.sd-item--checked'));
  const select = controls.find((c): c is HTMLSelectElement => c.tagName === 'SELECT');
  if (select) return select.value !== '';
  const texts = controls.filter(isText).filter((c) => !hidden(c));
  if (texts.length === 0) return undefined;
  return texts.every((c) => c.value.trim() !== '');
}

/** Nested questions (a composite's or a panel's), visible ones only. */
function nested(q: Element): Element[] {
  return Array.from(q.querySelectorAll(QUESTION)).filter((n) => n !== q && !hidden(n));
}

/**
 * Whether a question holds an answer: SurveyJS's own mark, else its control (a choice shown in the dropdown, a
 * ticked radio, a text not empty); a question made of nested ones is answered when its required ones are.
 */
export function isAnswered(q: Element): boolean {
  const own = q.classList.contains('sd-question--answered') || ownAnswer(q);
  if (own === false) return false;
  // What the answer revealed inside the question (a composite's fields) must be answered too.
  const inner = nested(q).filter((n) => !nested(n).length);
  if (own === undefined && inner.length === 0) return false;
  return inner.every((n) => !isRequired(n) || isAnswered(n)) && (own === true || inner.some(isAnswered));
}

/** The question's own title text, without the required mark. */
export function titleOf(q: Element): string {
  const t = Array.from(q.querySelectorAll('.sd-title, .sd-question__title, label.floating-label, legend')).find((e) =>
    ownedBy(e, q),
  );
  return (t?.textContent ?? '')
    .replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Required: SurveyJS's class, `aria-required` on the question or its control, or a "*" in its title. */
export function isRequired(q: Element): boolean {
  if (q.classList.contains('sd-question--required') || q.getAttribute('aria-required') === 'true') return true;
  if (Array.from(q.querySelectorAll('[aria-required="true"]')).some((c) => ownedBy(c, q))) return true;
  const t = Array.from(q.querySelectorAll('.sd-title, .sd-question__title, label.floating-label, legend')).find((e) =>
    ownedBy(e, q),
  );
  return !!t && (!!t.querySelector('.sd-question__required-text') || /\*\s*$/.test(t.textContent ?? ''));
}

/** Locked: read-only or disabled (the applicant's block from VNeID, fields the population lookup filled). */
export function isLocked(q: Element): boolean {
  if (q.classList.contains('sd-question--readonly') || q.classList.contains('sd-question--disabled')) return true;
  const controls = ownControls(q);
  if (controls.length === 0) return false;
  return controls.every((c) => {
    if (c.getAttribute('aria-readonly') === 'true' || c.getAttribute('aria-disabled') === 'true') return true;
    const input = c as HTMLInputElement;
    // A date picker keeps its input read-only (flatpickr): the clerk still picks a date.
    if (input.readOnly && c.classList.contains('flatpickr-input')) return false;
    return input.disabled === true || (input.readOnly === true && isText(c));
  });
}

/** The questions on the page in document order, visible ones, outermost first. */
export function questions(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(QUESTION)).filter((q) => !hidden(q) && !q.closest('[aria-hidden="true"]'));
}

/** The clerk is typing in the question's own text field: SurveyJS takes the answer when they leave it. */
function typingIn(q: Element): boolean {
  const active = q.ownerDocument.activeElement;
  return active !== null && isTyping(active) && questionOf(active) === q;
}

/**
 * A required question still waiting for an answer, for `pending: "required"`; one the clerk is still typing in
 * waits until they leave it (the outline stays on it rather than jumping on at the first key).
 */
export function awaitsAnswer(q: Element): boolean {
  return isRequired(q) && !isLocked(q) && (!isAnswered(q) || typingIn(q)) && !nested(q).length;
}
