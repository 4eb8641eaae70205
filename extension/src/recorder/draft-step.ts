/**
 * A recorded interaction as a draft guide step: the proposed target, advance condition and URL pattern, and empty
 * texts for the author to write. What the author typed, chose, or the page shows in a field is never part of it.
 */
import type { Advance, GuideStep, LocatorStrategy, Localized } from '@papi/core';
import { proposeTarget, type Proposal } from './propose.js';
import { urlPattern } from './url-pattern.js';

/** click: a press; choice: an item picked in a list (SurveyJS dropdown, select, radio, checkbox); focus: a field. */
export type RecordedKind = 'click' | 'choice' | 'focus';

export interface RecordedEvent {
  readonly kind: RecordedKind;
  readonly element: Element;
  /** The page's address when it happened. */
  readonly url: string;
  /** For a choice in a list drawn apart from its question (a popup in the body): the question last used. */
  readonly owner?: Element;
}

/** A guide step's parts (core's GuideStep) as far as a recording gives them, with what the editor needs besides. */
export interface DraftStep extends Pick<GuideStep, 'url' | 'title' | 'tip' | 'instructions' | 'target' | 'advance'> {
  /** The draft's own key for the editor (the guide step's id is given at export). */
  readonly key: string;
  /** The other checked targets, sturdiest first, for the author to pick from. */
  readonly alternatives: readonly Proposal[];
  /** Which strategy the proposed target leads with. */
  readonly strategy?: LocatorStrategy;
}

export const EMPTY_TEXT: Localized = { vi: '', en: '', km: '' };

let counter = 0;
export const newKey = (): string => `s${Date.now().toString(36)}-${(counter++).toString(36)}`;

export interface DraftOptions {
  /** URL patterns already in use (the shipped guides'), reused when they say the same. */
  readonly knownPatterns?: readonly string[];
}

/** The draft step for an interaction, or undefined when nothing on the page can be proposed as its target. */
export function draftStep(event: RecordedEvent, options: DraftOptions = {}): DraftStep | undefined {
  const pattern = urlPattern(event.url, options.knownPatterns);
  if (!pattern) return undefined;
  // A choice is made on its question or list: the option's own text is the chosen value, never a target.
  const el = event.element;
  const list = 'select, fieldset, [role=radiogroup], [role=listbox]';
  const from =
    event.kind === 'choice'
      ? (el.closest('[data-name]') ?? (el.matches(list) ? el : el.closest(list)) ?? event.owner)
      : el;
  if (!from) return undefined;
  const proposed = proposeTarget(from);
  if (!proposed) return undefined;
  const advance: Advance = event.kind === 'click' ? { kind: 'click' } : { kind: 'filled' };
  return {
    key: newKey(),
    url: [pattern],
    title: EMPTY_TEXT,
    tip: EMPTY_TEXT,
    instructions: EMPTY_TEXT,
    target: proposed.target,
    advance,
    alternatives: proposed.alternatives,
    strategy: proposed.alternatives[0]?.strategy,
  };
}
