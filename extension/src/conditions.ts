/**
 * Advance conditions on the page. None of them reads what the clerk types: "filled" is judged from
 * `:placeholder-shown` and the constraint-validation state, with input/change events only as the signal.
 */

/** Calls back with the new URL on SPA navigation (pushState, replaceState, popstate, hash changes) and loads. */
export function watchUrl(win: Window, onChange: (url: string) => void, pollMs = 250): () => void {
  let last = win.location.href;
  const check = (): void => {
    const now = win.location.href;
    if (now !== last) {
      last = now;
      onChange(now);
    }
  };
  // A content script's isolated world cannot wrap the page's history.pushState, so poll as well.
  const timer = setInterval(check, pollMs);
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', check);
  return () => {
    clearInterval(timer);
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    nav?.removeEventListener('currententrychange', check);
  };
}

/** A press on the target: mousedown (the portal's combo options commit on it), click, or Enter/Space. */
export function watchClick(doc: Document, target: Element, onMet: () => void): () => void {
  let fired = false;
  const onEvent = (e: Event): void => {
    if (fired || !(e.target instanceof Node) || !target.contains(e.target)) return;
    if (e.type === 'keydown') {
      const key = (e as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
    }
    fired = true;
    onMet();
  };
  const types = ['mousedown', 'click', 'keydown'] as const;
  for (const t of types) doc.addEventListener(t, onEvent, true);
  return () => {
    for (const t of types) doc.removeEventListener(t, onEvent, true);
  };
}

const matches = (el: Element, selector: string): boolean | undefined => {
  try {
    return el.matches(selector);
  } catch {
    return undefined;
  }
};

/** Whether a control holds something, without reading its value. Undefined when it cannot be told. */
export function looksFilled(el: Element): boolean | undefined {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return matches(el, ':checked');
  if (el.hasAttribute('placeholder')) {
    const shown = matches(el, ':placeholder-shown');
    if (shown !== undefined) return !shown;
  }
  const validity = (el as HTMLInputElement).validity as ValidityState | undefined;
  if (validity && (el as HTMLInputElement).required) return !validity.valueMissing;
  return undefined;
}

/**
 * "Field becomes filled": on change or leaving the field (not on every keystroke, so the guide does not move
 * after the first letter), met when the control looks filled, or when it cannot be told and it changed.
 */
export function watchFilled(doc: Document, target: Element, control: Element | null, onMet: () => void): () => void {
  let changed = false;
  let fired = false;
  const inside = (e: Event): boolean => e.target instanceof Node && target.contains(e.target);
  const onInput = (e: Event): void => {
    if (inside(e)) changed = true;
  };
  const onCommit = (e: Event): void => {
    if (fired || !inside(e)) return;
    if (e.type === 'change') changed = true;
    if (!changed) return;
    const el = control ?? (e.target as Element);
    const filled = looksFilled(el);
    if (filled === false) return;
    fired = true;
    onMet();
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('change', onCommit, true);
  doc.addEventListener('focusout', onCommit, true);
  return () => {
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('change', onCommit, true);
    doc.removeEventListener('focusout', onCommit, true);
  };
}

/**
 * "Target gone": met when a target that was found can no longer be found (re-located on DOM changes and on a
 * slow interval), twice in a row so that a re-render in between does not count.
 */
export function watchGone(doc: Document, locate: () => Element | null, onMet: () => void): () => void {
  let misses = 0;
  let fired = false;
  const check = (): void => {
    if (fired) return;
    misses = locate() ? 0 : misses + 1;
    if (misses < 2) return;
    fired = true;
    stop();
    onMet();
  };
  const win = doc.defaultView ?? globalThis;
  let scheduled = false;
  const observer = new (win as typeof globalThis).MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      check();
    }, 150);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const timer = setInterval(check, 400);
  const stop = (): void => {
    observer.disconnect();
    clearInterval(timer);
  };
  return stop;
}
