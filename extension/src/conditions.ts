/**
 * Advance conditions on the page. None of them keeps what the clerk types: "filled" only tests whether a field is
 * empty (see answers.ts).
 */
import { foldText } from '@papi/core';
import { isAnswered, isLocked, isRequired, isTyping, questionOf, questions } from './answers.js';

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

/**
 * A press on the target: mousedown (the portal's combo options commit on it), click, or Enter/Space. Only the
 * clerk's own press counts (isTrusted): a click the portal's scripts dispatch does not mark the step done.
 */
export function watchClick(doc: Document, target: Element, onMet: () => void): () => void {
  let fired = false;
  const onEvent = (e: Event): void => {
    if (fired || !e.isTrusted || !(e.target instanceof Node) || !target.contains(e.target)) return;
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

/**
 * "Field becomes filled": the question (SurveyJS) or field holds an answer — a text not empty, a choice shown in a
 * dropdown, a ticked radio, a picked date — and so does every required question it revealed when answered (the
 * fields "Trong nước" shows) or holds. Judged from the page's state, re-checked on events, DOM changes and a slow
 * interval (a SurveyJS dropdown fires no input or change event), and never while the clerk is still typing in it.
 * A field typed in and cleared again is not filled. Only emptiness is tested; nothing typed is kept. Only once the
 * clerk has acted on the page since the step began (a trusted event): a value the portal's scripts put there alone
 * (a draft restored, a synthetic input) does not do the step.
 */
export function watchFilled(doc: Document, target: Element, onMet: () => void): () => void {
  const question = questionOf(target) ?? target;
  const before = new Set(questions(doc));
  /** Questions shown since the step began, right after this one: what its answer revealed. */
  const revealed = (): Element[] => {
    const out: Element[] = [];
    for (const q of questions(doc)) {
      if (q === question || question.contains(q) || !(question.compareDocumentPosition(q) & 4 /* FOLLOWING */))
        continue;
      if (before.has(q)) break;
      out.push(q);
    }
    return out;
  };
  let fired = false;
  let acted = false;
  const check = (): void => {
    if (fired || !acted) return;
    const parts = revealed();
    const active = doc.activeElement;
    if (isTyping(active) && (question.contains(active) || parts.some((p) => p.contains(active!)))) return;
    if (!isAnswered(question)) return;
    if (parts.some((p) => isRequired(p) && !isLocked(p) && !isAnswered(p))) return;
    fired = true;
    stop();
    onMet();
  };
  let scheduled = false;
  const soon = (): void => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      check();
    }, 80);
  };
  const onEvent = (e: Event): void => {
    if (e.isTrusted) acted = true;
    soon();
  };
  const types = ['input', 'change', 'focusout', 'click', 'keyup', 'mousedown', 'keydown'] as const;
  for (const t of types) doc.addEventListener(t, onEvent, true);
  const win = doc.defaultView ?? globalThis;
  const observer = new (win as typeof globalThis).MutationObserver(soon);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'checked'],
  });
  const timer = setInterval(check, 500);
  const stop = (): void => {
    for (const t of types) doc.removeEventListener(t, onEvent, true);
    observer.disconnect();
    clearInterval(timer);
  };
  soon();
  return stop;
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

const TOASTS = '.Toastify, [aria-live], [role="alert"], [role="status"]';

/**
 * "A toast says so": after a press on the target (or at once, when no target was found), a toast, live region or
 * alert whose text holds the wanted words (folded) and did not hold them at the press. A toast left from before
 * (an upload's "thành công") does not count, nor does a press the portal's scripts dispatch (not isTrusted).
 */
export function watchToast(doc: Document, target: Element | null, text: string, onMet: () => void): () => void {
  const want = foldText(text);
  const saying = (): Element[] =>
    Array.from(doc.querySelectorAll(TOASTS))
      .flatMap((region) => [region, ...region.querySelectorAll('*')])
      .filter((el) => foldText(el.textContent ?? '').includes(want));
  let before: Set<Element> | null = target === null ? new Set(saying()) : null;
  let fired = false;
  const check = (): void => {
    if (fired || !before) return;
    if (!saying().some((el) => !before!.has(el))) return;
    fired = true;
    stop();
    onMet();
  };
  const onPress = (e: Event): void => {
    if (!target || !e.isTrusted || !(e.target instanceof Node) || !target.contains(e.target)) return;
    if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter' && (e as KeyboardEvent).key !== ' ') return;
    before ??= new Set(saying());
  };
  const types = ['mousedown', 'click', 'keydown'] as const;
  for (const t of types) doc.addEventListener(t, onPress, true);
  const win = doc.defaultView ?? globalThis;
  const observer = new (win as typeof globalThis).MutationObserver(check);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = (): void => {
    for (const t of types) doc.removeEventListener(t, onPress, true);
    observer.disconnect();
  };
  return stop;
}
