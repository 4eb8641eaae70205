import type { Localized } from '../i18n/locale.js';

/** The strategies a locator can use; a `dataName` is tried first when given, then these in this order. */
export const LOCATOR_STRATEGIES = ['label', 'role', 'data-name', 'css'] as const;
export type LocatorStrategy = (typeof LOCATOR_STRATEGIES)[number];

/**
 * How to find a step's element on the portal. Every field is optional, but at least one strategy must be given.
 * A `dataName` is tried first and bounds the others: what a label, role or CSS finds must lie within that question
 * (the portal repeats titles across the applicant's, the child's and the parents' blocks). The others are tried in
 * LOCATOR_STRATEGIES order, CSS last (the portal's classes and ids change per build).
 */
export interface Locator {
  /** Visible label or text (a field's label, a button's or link's text), folded for case and Vietnamese diacritics. */
  readonly label?: string;
  /** ARIA role (explicit or implicit), matched together with `name` when given. */
  readonly role?: string;
  /** Accessible name for `role`, folded like `label`. */
  readonly name?: string;
  /** SurveyJS question name without its `__<template version>` suffix. */
  readonly dataName?: string;
  /** A CSS selector, the last resort. */
  readonly css?: string;
  /**
   * Text the element's own card or row must hold, as whole words (folded): the one candidate whose nearest
   * ancestor holding it holds no other candidate; none or several found nothing. `{unit}` stands for the clerk's
   * unit, `{agency}` for the office they chose (see `remember`); without a value, nothing is found.
   */
  readonly near?: string;
  /**
   * Only candidates still waiting for the clerk: "file", a button in an upload row whose file name has not
   * appeared yet (the portal shows the name in the row once a file is accepted); "required", a question of the
   * e-form that is required (`aria-required`, or "*" in its title) and not answered, nor locked.
   */
  readonly pending?: 'file' | 'required';
}

export type AdvanceKind = 'click' | 'url' | 'appear' | 'filled' | 'gone' | 'toast' | 'manual';

/** When a step is done by itself. */
export type Advance =
  | { readonly kind: 'click' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'appear'; readonly target: Locator }
  | { readonly kind: 'filled' }
  /**
   * The step's target, once found, can no longer be found: with `pending`, nothing is left to do (every upload
   * row shows its file). Also met at once when the page shows such targets but none is pending.
   */
  | { readonly kind: 'gone' }
  /**
   * After a press on the target, a toast (react-toastify, or any live region or alert) whose text holds `text`
   * (folded): the portal's only sign of success on the e-form is a toast with "thành công". A page change to `url`
   * is a second sign.
   */
  | { readonly kind: 'toast'; readonly text: string; readonly url?: string }
  | { readonly kind: 'manual' };

export interface GuideStep {
  /** Stable within the guide, a slug: used by cases and the locator-failure report. */
  readonly id: string;
  /** URL patterns of the page this step belongs to (see matchUrlPattern). */
  readonly url: readonly string[];
  readonly title: Localized;
  /** The short tip drawn beside the element. */
  readonly tip: Localized;
  /** What to do when the element cannot be found: plain instructions. */
  readonly instructions: Localized;
  /** The element to outline; a step without one is text only. */
  readonly target?: Locator;
  readonly advance: Advance;
  /** True when the step may not apply (e.g. the passcode screen does not always appear). */
  readonly optional?: boolean;
  /**
   * "agency": the ward or commune the clerk picks from a list in this step is the office the dossier goes to,
   * kept with the case for `{agency}` (an office's name, never citizen data).
   */
  readonly remember?: 'agency';
  /**
   * What tells this step's screen apart where several steps share a page (the sign-on host's screens at
   * `/auth?…`, the passcode modal): such a step is reached when the page shows it, never by its URL alone.
   */
  readonly screen?: Locator;
  /**
   * Steps with the same branch name form a side trip the portal may send the clerk on from a later step (the VNeID
   * sign-on, which "Nộp trực tuyến" starts when signed out): the guide takes it from wherever the clerk is, and
   * comes back to that step afterwards.
   */
  readonly branch?: string;
  /**
   * The page or element this step works on is not recorded (PORTAL.md "Unknown": the kết hôn, thường trú and tạm
   * trú e-forms, the page after submission): its target, if any, uses only labels PORTAL.md quotes, and where they
   * are absent the step falls back to its instructions. The guide's `notes` say which steps are assumed and why.
   */
  readonly assumed?: boolean;
}

export interface Guide {
  /** The guide's id; for the essential procedures the same as the procedure's id. */
  readonly id: string;
  /** The procedure's id in the catalogue. */
  readonly procedure: string;
  readonly title: Localized;
  readonly summary: Localized;
  /** Where the guide begins when started away from the portal. */
  readonly startUrl: string;
  readonly steps: readonly GuideStep[];
  /** Things the guide assumes about pages nobody has seen (PORTAL.md "Unknown"), for reviewers. */
  readonly notes?: readonly string[];
}
