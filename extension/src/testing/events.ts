/**
 * Events as the browser makes them for a person's input (isTrusted), for unit tests under happy-dom, whose events
 * have no isTrusted at all. A real browser forbids this; there the Chromium tests press with playwright.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click on an element (what `el.click()` does, but trusted). */
export function clickAsPerson(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}
