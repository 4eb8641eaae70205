/**
 * The content script's recorder: while on, it listens on the page (capture phase, so the portal's own handlers
 * cannot hide a click from it) for the author's trusted clicks, choices and focus on fields, and posts each as a
 * draft step. The portal's scripts cannot add steps (their events are not trusted), and nothing the author types is
 * read: only where they clicked, chose or typed.
 */
import { isUrlPattern } from '@papi/core';
import { OVERLAY_ATTR } from '../locator.js';
import { type DraftOptions, type DraftStep, draftStep, type RecordedKind } from './draft-step.js';

/**
 * What starts and stops the recorder; anything else is not for it. A start may carry the URL patterns the guides
 * already use, for a recorded step to take the same one (with its alternatives) rather than a pattern of its own.
 */
export interface RecorderCommand {
  readonly type: 'recorder';
  readonly command: 'start' | 'stop';
  readonly known?: readonly string[];
}

/** At most this many known patterns, each at most this long: more is not a guide's. */
export const MAX_KNOWN = 1000;
export const MAX_PATTERN = 300;

const isKnownList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_KNOWN &&
  value.every((p) => typeof p === 'string' && p.length > 0 && p.length <= MAX_PATTERN && isUrlPattern(p));

export function isRecorderCommand(value: unknown): value is RecorderCommand {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).filter((k) => k !== 'known');
  return (
    m.type === 'recorder' &&
    (m.command === 'start' || m.command === 'stop') &&
    keys.length === 2 &&
    (m.known === undefined || (m.command === 'start' && isKnownList(m.known)))
  );
}

/** Fields that take typed text: their focus is the step, their typing is never looked at. */
const TEXT_ENTRY =
  'textarea, [contenteditable=""], [contenteditable=true], [role=textbox], input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number], input[type=search], input[type=date], input[type=password], input[type=url]';
/** A press on one of these picks a value in a list. */
const CHOICE = '[role=option], .sv-list__item, option, input[type=radio], input[type=checkbox]';
/** An item of a list drawn by the page (SurveyJS, ARIA listbox). */
const LIST_ITEM = '[role=option], .sv-list__item';
const TICKABLE = 'input[type=radio], input[type=checkbox]';
/** A press that only opens a list or a field: the choice or the focus that follows is the step. */
const OPENER = '.sd-dropdown, [role=combobox], select';

/** What kind of step an event is, or undefined for one that is not a step. */
export function classify(event: Event): { kind: RecordedKind; element: Element } | undefined {
  const target = event.target as Node | null;
  if (!event.isTrusted || target?.nodeType !== 1) return undefined;
  const element = target as Element;
  if (element.closest(`[${OVERLAY_ATTR}]`)) return undefined;
  if (event.type === 'focusin') return element.matches(TEXT_ENTRY) ? { kind: 'focus', element } : undefined;
  if (event.type === 'change') return element.matches('select') ? { kind: 'choice', element } : undefined; // radios count on their click
  if (event.type === 'keydown') {
    // A choice made with the keyboard: Enter or Space on a list's item, or on a combobox whose active item it is.
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return undefined;
    const active = element.getAttribute('aria-activedescendant');
    const item = element.closest(LIST_ITEM) ?? (active ? element.ownerDocument.getElementById(active) : null);
    return item?.matches(LIST_ITEM) ? { kind: 'choice', element: item } : undefined;
  }
  if (event.type === 'click') {
    // A radio's or checkbox's label counts as the choice (its click is also the input's).
    const choice = element.closest(CHOICE) ?? element.closest('label')?.querySelector(TICKABLE);
    if (choice) return { kind: 'choice', element: choice };
    if (element.closest(TEXT_ENTRY) || element.closest(OPENER)) return undefined;
    return { kind: 'click', element };
  }
  return undefined;
}

export interface RecorderOptions extends DraftOptions {
  readonly doc: Document;
  /** The page's address at the time of the event. */
  readonly location: () => string;
  readonly post: (step: DraftStep) => void;
}

export interface Recorder {
  readonly recording: boolean;
  start(): void;
  stop(): void;
  /** Starts or stops on a command; false when the message is not one. */
  onMessage(message: unknown): boolean;
}

export function createRecorder(options: RecorderOptions): Recorder {
  const { doc } = options;
  let on = false;
  let known: readonly string[] = options.knownPatterns ?? [];
  // The question last worked on, for a choice in a list the portal draws elsewhere (a popup in the body).
  let owner: Element | undefined;
  const listener = (event: Event): void => {
    const seen = classify(event);
    if (event.isTrusted && event.type !== 'change') {
      const question = (event.target as Element | null)?.closest?.('[data-name]');
      if (question) owner = question;
    }
    if (!seen) return;
    const step = draftStep({ ...seen, url: options.location(), owner }, { knownPatterns: known });
    if (step) options.post(step);
  };
  const types = ['click', 'change', 'focusin', 'keydown'] as const;
  const recorder: Recorder = {
    get recording() {
      return on;
    },
    start() {
      if (on) return;
      on = true;
      for (const t of types) doc.addEventListener(t, listener, { capture: true });
    },
    stop() {
      if (!on) return;
      on = false;
      owner = undefined;
      for (const t of types) doc.removeEventListener(t, listener, { capture: true });
    },
    onMessage(message) {
      if (!isRecorderCommand(message)) return false;
      if (message.command === 'start') {
        known = message.known ?? known;
        recorder.start();
      } else recorder.stop();
      return true;
    },
  };
  return recorder;
}
