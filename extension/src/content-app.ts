/**
 * The content script's logic, kept free of extension APIs so it tests in happy-dom: it reports the page and any
 * deep link, draws the current step, and reports what it found and which conditions were met.
 */
import { guideIdFromHash, localize, type Locator } from '@papi/core';
import { chosenWardOnPage, pressedOption, wardName } from './agency.js';
import { awaitsAnswer, questions, titleOf } from './answers.js';
import { watchClick, watchFilled, watchGone, watchToast, watchUrl } from './conditions.js';
import { LinkPrompt } from './link-prompt.js';
import { resolveTarget, strategiesOf, waitForTarget, type Found, type LocateOptions } from './locator.js';
import type { ActiveView, Control, FromContent } from './messages.js';
import { Overlay, TIP_SHORTCUT, type OverlayAction, type TipContent } from './overlay.js';

/** Where a guide's watcher failed: on the page's console, since nothing awaits it and the clerk goes on by hand. */
function logFailure(where: string): (error: unknown) => void {
  return (error) => console.warn(`papi guide, ${where}:`, error);
}

/** The URL without the `papi-guide=…` part of its fragment (other fragment parts are kept). */
export function withoutDeepLink(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0) return url;
  const rest = url
    .slice(hash + 1)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('papi-guide='))
    .join('&');
  return rest ? `${url.slice(0, hash)}#${rest}` : url.slice(0, hash);
}

export interface ContentDeps {
  readonly win: Window;
  readonly send: (message: FromContent | Control) => void;
  /** How long to look for an element before falling back to the text instructions. */
  readonly fallbackMs?: number;
}

export interface ContentApp {
  /** A new view from the background (null: no guide running). */
  onView(view: ActiveView | null): void;
  stop(): void;
}

export function startContent({ win, send, fallbackMs = 4000 }: ContentDeps): ContentApp {
  const doc = win.document;
  let closed = false;
  let last: ActiveView | null = null;
  const overlay = new Overlay(doc, (action: OverlayAction) => {
    if (action === 'close') {
      closed = true;
      overlay.hide();
      return;
    }
    send({ type: action });
  });
  // A deep link that would replace the case in progress asks the clerk first.
  const prompt = new LinkPrompt(doc, (guideId, replace) => send({ type: 'link-answer', guideId, replace }));
  let key = '';
  let cleanups: (() => void)[] = [];
  let abort: AbortController | null = null;

  const reset = (): void => {
    abort?.abort();
    abort = null;
    for (const c of cleanups) c();
    cleanups = [];
  };

  /** The office the dossier goes to: as this page shows it, else as chosen earlier in the case, else the clerk's unit. */
  const agencyOf = (view: ActiveView): string | undefined => chosenWardOnPage(doc) ?? view.agencyName ?? view.unitName;
  const needsAgency = (view: ActiveView): boolean => view.step.target?.near?.includes('{agency}') === true;

  /** The tip (or, with a note, the instructions); a step that needs the office says which one it is. */
  const content = (view: ActiveView, note?: string): TipContent => {
    const agency = needsAgency(view) ? agencyOf(view) : undefined;
    const agencyNote = !needsAgency(view)
      ? undefined
      : agency
        ? view.labels.agency.replace('{agency}', agency)
        : view.labels.agencyUnknown;
    const notes = [note, agencyNote].filter((n): n is string => !!n);
    const items = view.step.target?.pending === 'required' ? pendingList(view) : [];
    return {
      stepLabel: view.labels.stepOf
        .replace('{n}', String(view.state.step + 1))
        .replace('{total}', String(view.stepCount)),
      title: localize(view.step.title, view.locale),
      text: localize(note === undefined ? view.step.tip : view.step.instructions, view.locale),
      ...(notes.length ? { note: notes.join(' ') } : {}),
      ...(items.length ? { items } : {}),
    };
  };

  /** The titles of the required questions still empty (the portal's own labels), a few at most. */
  const pendingList = (view: ActiveView): string[] => {
    const titles = questions(doc).filter(awaitsAnswer).map(titleOf).filter(Boolean);
    const shown = titles.slice(0, 8);
    return titles.length > shown.length
      ? [...shown, view.labels.more.replace('{n}', String(titles.length - shown.length))]
      : shown;
  };

  const baseOpts = (view: ActiveView): LocateOptions => ({
    agency: () => agencyOf(view),
    ...(view.unitName ? { unit: view.unitName } : {}),
  });
  const locateOpts = (view: ActiveView, timeoutMs: number, signal: AbortSignal) => ({
    timeoutMs,
    signal,
    ...baseOpts(view),
  });

  /** In a step that remembers the office, the ward or commune the clerk picks from a list is sent to the case. */
  const rememberAgency = (view: ActiveView): void => {
    if (view.step.remember !== 'agency') return;
    let last = '';
    const onPress = (e: Event): void => {
      if (!e.isTrusted || (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter')) return;
      const name = wardName(pressedOption(e.target)?.textContent);
      if (!name || name === last) return;
      last = name;
      send({ type: 'agency', step: view.step.id, name });
    };
    const types = ['mousedown', 'click', 'keydown'] as const;
    for (const t of types) doc.addEventListener(t, onPress, true);
    cleanups.push(() => {
      for (const t of types) doc.removeEventListener(t, onPress, true);
    });
  };

  const watchAdvance = (view: ActiveView, found: Found | null, signal: AbortSignal): void => {
    const step = view.step;
    const met = (): void => send({ type: 'condition-met', step: step.id });
    const adv = step.advance;
    if (adv.kind === 'click' && found) cleanups.push(watchClick(doc, found.element, met));
    else if (adv.kind === 'filled' && found) cleanups.push(watchFilled(doc, found.element, met));
    else if (adv.kind === 'toast') cleanups.push(watchToast(doc, found?.element ?? null, adv.text, met));
    else if (adv.kind === 'gone' && found)
      cleanups.push(watchGone(doc, () => resolveTarget(doc, step.target!, baseOpts(view))?.element ?? null, met));
    else if (adv.kind === 'appear') {
      waitForTarget(doc, adv.target as Locator, locateOpts(view, 24 * 3600_000, signal))
        .then((f) => {
          if (f && !signal.aborted) met();
        })
        .catch(logFailure('waiting for the step to be done'));
    }
  };

  /**
   * A "gone" step whose targets are all done already: the page shows them (the same locator without `pending`
   * finds one) but none is pending — every upload row shows its file.
   */
  const nothingPending = (view: ActiveView): boolean => {
    const target = view.step.target;
    if (view.step.advance.kind !== 'gone' || !target?.pending) return false;
    const { pending: _all, ...any } = target;
    return !resolveTarget(doc, target, baseOpts(view)) && resolveTarget(doc, any, baseOpts(view)) !== null;
  };

  /** Re-locates when the outlined element disappears (the portal re-renders whole blocks). */
  const keepAlive = (view: ActiveView, found: Found): void => {
    const timer = setInterval(() => {
      if (found.element.isConnected && resolveTarget(doc, view.step.target!, baseOpts(view))?.element === found.element)
        return;
      clearInterval(timer);
      key = '';
      onView(view);
    }, 700);
    cleanups.push(() => clearInterval(timer));
  };

  /**
   * Steps sharing this page are told apart by what it shows (the sign-on screens, the passcode modal): the last
   * one in the guide whose screen is there is reported, when it is not the current step.
   */
  const watchScreens = (view: ActiveView): void => {
    const screens = view.screens ?? [];
    if (!screens.length) return;
    let sent = '';
    const check = (): void => {
      const shown = screens.filter((s) => resolveTarget(doc, s.screen, baseOpts(view)) !== null).at(-1);
      if (!shown || shown.step === view.step.id || shown.step === sent) return;
      sent = shown.step;
      send({ type: 'screen', step: shown.step });
    };
    let scheduled = false;
    const observer = new ((doc.defaultView ?? globalThis) as typeof globalThis).MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        check();
      }, 60);
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
    });
    const timer = setInterval(check, 500);
    check();
    cleanups.push(() => {
      observer.disconnect();
      clearInterval(timer);
    });
  };

  const draw = (view: ActiveView): void => {
    reset();
    const ac = new AbortController();
    abort = ac;
    const step = view.step;
    overlay.setLabels(view.labels);
    if (view.state.status !== 'running') {
      overlay.hide();
      return;
    }
    watchScreens(view);
    if (!view.state.onStepPage) {
      overlay.showFallback(content(view, view.labels.otherPage));
      return;
    }
    rememberAgency(view);
    if (!step.target) {
      overlay.showFallback(content(view, ''));
      watchAdvance(view, null, ac.signal);
      return;
    }
    if (nothingPending(view)) {
      overlay.hide();
      send({ type: 'condition-met', step: step.id });
      return;
    }
    /** Outlines what was found (at once, or later on a page still drawing it) and watches the step's condition. */
    const attach = (found: Found): void => {
      send({ type: 'located', step: step.id, strategy: found.strategy, failed: found.failed });
      if (!closed) overlay.showAt(found.element, content(view));
      watchAdvance(view, found, ac.signal);
      // Scrolled away again (a long list), or re-rendered: looked for anew.
      keepAlive(view, found);
    };
    const now = resolveTarget(doc, step.target, baseOpts(view));
    if (now) {
      attach(now);
      return;
    }
    // Not (yet) on the page: the portal draws its views late. The tip shows at once with the step's instructions,
    // saying that it is looking, and moves to the element when it appears.
    if (!closed) overlay.showFallback(content(view, view.labels.looking), 'looking');
    waitForTarget(doc, step.target, locateOpts(view, fallbackMs, ac.signal))
      .then((found) => {
        if (ac.signal.aborted) return;
        if (found) {
          attach(found);
          return;
        }
        send({ type: 'not-found', step: step.id, tried: strategiesOf(step.target!) });
        if (!closed) overlay.showFallback(content(view, view.labels.notFound));
        // With no button to watch, a toast's words alone tell that the clerk pressed it.
        if (step.advance.kind === 'toast') watchAdvance(view, null, ac.signal);
        // Keep looking quietly: a late element still gets outlined and watched.
        waitForTarget(doc, step.target!, locateOpts(view, 60_000, ac.signal))
          .then((late) => {
            if (late && !ac.signal.aborted) attach(late);
          })
          .catch(logFailure('looking again'));
      })
      .catch(logFailure('looking for the step'));
  };

  function onView(view: ActiveView | null): void {
    last = view;
    prompt.update(view?.linkOffer);
    if (!view) {
      key = '';
      reset();
      overlay.hide();
      return;
    }
    const next = `${view.caseId}|${view.state.step}|${view.state.status}|${view.state.onStepPage}|${view.locale}`;
    if (next === key) return;
    // Closing the tip hides it for this step only: the next step (or another case) shows it again.
    if (!key.startsWith(`${view.caseId}|${view.state.step}|`)) closed = false;
    key = next;
    draw(view);
  }

  /** Reports the page; a deep link is reported once, then taken out of the address bar (a reload must not repeat it). */
  const report = (url: string): void => {
    const deepLink = guideIdFromHash(url);
    if (!deepLink) {
      send({ type: 'page', url });
      return;
    }
    const clean = withoutDeepLink(url);
    try {
      win.history.replaceState(win.history.state, '', clean);
    } catch {
      /* the address stays as it is */
    }
    send({ type: 'page', url: clean, deepLink });
  };
  // A page loaded in a background tab is reported when the clerk switches to it: the guide follows the tab in use.
  let pending = doc.visibilityState === 'hidden';
  // Reported before watching, so that taking the deep link out of the address is not seen as a navigation.
  if (!pending) report(win.location.href);
  const stopUrl = watchUrl(win, (url) => {
    // The step may stay the same on a new page: force a redraw when the next view arrives.
    key = '';
    if (doc.visibilityState === 'hidden') pending = true;
    else report(url);
  });
  // Back to this tab (or window): report its page again, so that the guide follows it and redraws here.
  const onShow = (): void => {
    if (doc.visibilityState === 'hidden') return;
    if (pending) key = '';
    pending = false;
    report(win.location.href);
  };
  doc.addEventListener('visibilitychange', onShow);
  win.addEventListener('focus', onShow);
  // Alt+Shift+H: to the tip from anywhere on the page, showing it again if the clerk had closed it.
  const onKey = (e: KeyboardEvent): void => {
    if (!e.isTrusted || !TIP_SHORTCUT.matches(e) || !last) return;
    e.preventDefault();
    if (closed) {
      closed = false;
      key = '';
      onView(last);
    }
    // The tip may still be on its way (the target being located): try again for as long as that can take.
    const until = Date.now() + fallbackMs + 200;
    const attempt = (): void => {
      if (!overlay.focusTip() && Date.now() < until) setTimeout(attempt, 50);
    };
    attempt();
  };
  doc.addEventListener('keydown', onKey, true);

  return {
    onView,
    stop() {
      doc.removeEventListener('visibilitychange', onShow);
      win.removeEventListener('focus', onShow);
      doc.removeEventListener('keydown', onKey, true);
      stopUrl();
      reset();
      overlay.destroy();
      prompt.hide();
    },
  };
}
