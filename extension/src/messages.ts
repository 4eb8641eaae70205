/** Messages between the content script, the side panel and the background. Plain data only. */
import type { Guide, GuideStep, Locator, LocatorStrategy, RunnerState } from '@papi/core';
import type { DraftStep } from './recorder/draft-step.js';

/** What the page and panel need to draw the current step. */
export interface ActiveView {
  readonly caseId: string;
  readonly caseNumber: number;
  readonly guideId: string;
  readonly state: RunnerState;
  readonly step: GuideStep;
  readonly stepCount: number;
  readonly locale: 'vi' | 'en' | 'km';
  /** The clerk's unit as the portal names it ("Phường Vĩnh Phước"), for locators near the unit's card. */
  readonly unitName?: string;
  /** The office the clerk chose under "Chọn cơ quan thực hiện" in this case (an office, not citizen data). */
  readonly agencyName?: string;
  /** Steps told apart by what is on the page, whose URL matches this page: the content script reports which shows. */
  readonly screens?: readonly { readonly step: string; readonly screen: Locator }[];
  /** Overlay texts in the clerk's language (the content script carries no catalogue). */
  readonly labels: OverlayLabels;
  /** A deep link followed while this case is in progress: the page asks the clerk before it replaces the case. */
  readonly linkOffer?: LinkOffer;
}

/** The question a deep link asks when it would replace the case in progress, in the clerk's language. */
export interface LinkOffer {
  readonly guideId: string;
  readonly lang: string;
  readonly title: string;
  readonly text: string;
  readonly replace: string;
  readonly keep: string;
}

export interface OverlayLabels {
  /** The language of the texts: the tip says it, since the portal page around it is Vietnamese. */
  readonly lang: string;
  readonly back: string;
  readonly next: string;
  readonly manual: string;
  readonly close: string;
  readonly stepOf: string;
  readonly notFound: string;
  /** While the step's element is looked for: the tip shows the instructions at once, and this. */
  readonly looking: string;
  readonly otherPage: string;
  readonly region: string;
  readonly agency: string;
  readonly agencyUnknown: string;
  readonly more: string;
}

export type FromContent =
  | { readonly type: 'page'; readonly url: string; readonly deepLink?: string }
  | {
      readonly type: 'located';
      readonly step: string;
      readonly strategy: LocatorStrategy;
      readonly failed: readonly LocatorStrategy[];
    }
  | {
      readonly type: 'not-found';
      readonly step: string;
      readonly tried: readonly LocatorStrategy[];
    }
  | { readonly type: 'condition-met'; readonly step: string }
  /** The ward or commune the clerk chose in a step that remembers it (`remember: "agency"`). */
  | { readonly type: 'agency'; readonly step: string; readonly name: string }
  /** The page shows that step's `screen`. */
  | { readonly type: 'screen'; readonly step: string }
  /** The clerk's answer to a deep link that would replace the case in progress (see ActiveView.linkOffer). */
  | { readonly type: 'link-answer'; readonly guideId: string; readonly replace: boolean }
  /** A step the guide recorder drafted from the author's action on the page (no text, no value: see inbox/shapes). */
  | { readonly type: 'recorder-step'; readonly step: DraftStep }
  /** A content script just started: should it record (the recording goes on across the portal's pages)? */
  | { readonly type: 'recorder-ask' };

export type FromPanel =
  | { readonly type: 'get-state' }
  | { readonly type: 'start'; readonly guideId: string }
  | { readonly type: 'pause' }
  | { readonly type: 'resume'; readonly caseId: string }
  | { readonly type: 'discard'; readonly caseId: string }
  | { readonly type: 'settings-changed' }
  /** "Check this guide here": the Authors section asks for its steps on the open portal page (answered by a CheckOutcome). */
  | { readonly type: 'check-guide'; readonly guideId: string }
  /** The Authors section's recorder: start or stop recording on the portal tab in use (answered by a RecorderStatus). */
  | { readonly type: 'recorder-start' }
  | { readonly type: 'recorder-stop' }
  /** "Try it": run the draft, as a guide (validated), on the portal tab in use (answered by the view). */
  | { readonly type: 'recorder-try'; readonly guide: Guide };

export type Control =
  | { readonly type: 'manual' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'goto'; readonly step: number };

export type ToBackground = FromContent | FromPanel | Control;

export interface StateMessage {
  readonly type: 'state';
  readonly view: ActiveView | null;
}

/** A step as the content script needs it to check its locator on the page: its URL patterns and its target. */
export interface CheckStep {
  readonly id: string;
  readonly url: readonly string[];
  readonly target?: Locator;
}

/** The background asks the portal tab's content script to check a guide's steps on the open page. */
export interface CheckRequest {
  readonly type: 'check-steps';
  readonly steps: readonly CheckStep[];
  /** The clerk's unit as the portal names it, for locators that name `{unit}` (and `{agency}`, when the page shows none). */
  readonly unitName?: string;
}

/** One step whose URL pattern matches the open page: found (and by which strategy), not found, or a text step. */
export type StepCheck =
  | {
      readonly step: string;
      readonly result: 'found';
      readonly strategy: LocatorStrategy;
      readonly failed: readonly LocatorStrategy[];
    }
  | { readonly step: string; readonly result: 'not-found'; readonly tried: readonly LocatorStrategy[] }
  | { readonly step: string; readonly result: 'no-target' };

/** The content script's answer: the steps whose page this is, in the guide's order. No address is sent. */
export interface CheckReport {
  readonly type: 'check-report';
  readonly steps: readonly StepCheck[];
}

/** What the panel gets back for "check this guide here". */
export type CheckOutcome =
  | { readonly ok: true; readonly guideId: string; readonly steps: readonly StepCheck[] }
  | { readonly ok: false; readonly guideId: string; readonly reason: 'no-guide' | 'no-page' | 'bad-answer' };

/** Whether the recorder is on, and on which tab; `no-page` when there was no portal tab to record on. */
export interface RecorderStatus {
  readonly recording: boolean;
  readonly problem?: 'no-page';
}
