/**
 * The background's logic: one running case at a time (others paused), the runner's state, the cases and the
 * failure report in IndexedDB. Free of extension APIs (they come in as functions) so it tests without a browser.
 */
import {
  localize,
  matchesAny,
  matchUrlPattern,
  reduce,
  resumeGuide,
  startGuide,
  type Guide,
  type RunnerEvent,
  type RunnerState,
} from '@papi/core';
import { wardName } from './agency.js';
import type { GuideBook } from './guides/book.js';
import { overlayLabels, t } from './i18n/index.js';
import type { ActiveView, LinkOffer, StateMessage, ToBackground } from './messages.js';
import type { Settings } from './settings.js';
import { unitPortalName } from './settings.js';
import type { CaseRecord, Store } from './store.js';

/**
 * A deep link resumes the guide's open case only if it was worked on this recently: a reload or a second tab while
 * serving the same resident. Anything older is taken for a new resident, whose case must not continue the last one's.
 */
export const DEEP_LINK_RESUME_MS = 30 * 60_000;

/** What the hub handles: every message but "check this guide here" (see handle) and the recorder's. */
export type HubMessage = Exclude<
  ToBackground,
  {
    readonly type:
      'check-guide' | 'recorder-step' | 'recorder-ask' | 'recorder-start' | 'recorder-stop' | 'recorder-try';
  }
>;

export interface HubDeps {
  readonly store: Store;
  /** The guides the hub runs (the background reads them from the built extension's data file). */
  readonly guides: GuideBook;
  readonly settings: () => Promise<Settings>;
  /** Sends the state to the portal tab and to any open side panel. */
  readonly broadcast: (message: StateMessage, tabId: number | undefined) => void;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

interface Active {
  readonly guide: Guide;
  record: CaseRecord;
  state: RunnerState;
}

/**
 * The step's URL pattern that a page matched, for the failure report: the first of the step's patterns the page
 * matches, else all of them. Never the page's own address, whose path or query may hold a dossier code.
 */
export function stepPagePattern(patterns: readonly string[], url: string | undefined): string {
  return (url !== undefined ? patterns.find((p) => matchUrlPattern(p, url)) : undefined) ?? patterns.join(' | ');
}

export class Hub {
  private active: Active | null = null;
  private tabId: number | undefined;
  private lastUrl: string | undefined;
  private settings: Settings = { locale: 'vi' };
  private ready: Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();
  /** A deep link that would replace the case in progress, waiting for the clerk's answer on the page. */
  private offer: { readonly guide: Guide; readonly url: string } | null = null;

  constructor(private readonly deps: HubDeps) {
    this.ready = this.init();
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  private async init(): Promise<void> {
    this.settings = await this.deps.settings();
    const record = await this.deps.store.activeCase();
    const guide = record && this.deps.guides.byId(record.guideId);
    if (record && guide)
      this.active = { guide, record, state: resumeGuide(guide, record.step, record.done, undefined, record.detour) };
  }

  /** The portal tab that reported its page last (the tab in use: a tab reports again when it is shown or focused). */
  get portalTab(): number | undefined {
    return this.tabId;
  }

  /**
   * Messages are handled one after another, so a burst from the page cannot interleave storage writes. "Check this
   * guide here" is answered outside the hub (check-guide.ts): it waits for the page, and changes nothing.
   */
  handle(message: HubMessage, tabId?: number): Promise<unknown> {
    return this.inTurn(() => this.process(message, tabId));
  }

  /** Runs `work` after everything queued before it, once the hub is ready; a failure does not stop the queue. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.ready;
      return work();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  view(): ActiveView | null {
    const a = this.active;
    if (!a) return null;
    const step = a.guide.steps[a.state.step]!;
    const unitName = unitPortalName(this.settings.unitId);
    const url = a.state.url;
    const screens =
      url === undefined
        ? []
        : a.guide.steps.flatMap((s) => (s.screen && matchesAny(s.url, url) ? [{ step: s.id, screen: s.screen }] : []));
    return {
      caseId: a.record.id,
      caseNumber: a.record.number,
      guideId: a.guide.id,
      state: a.state,
      step,
      stepCount: a.guide.steps.length,
      locale: this.settings.locale,
      ...(unitName ? { unitName } : {}),
      ...(a.record.agency ? { agencyName: a.record.agency } : {}),
      ...(screens.length ? { screens } : {}),
      labels: overlayLabels(this.settings.locale),
      ...(this.offer && a.state.status === 'running' ? { linkOffer: this.linkOffer(a, this.offer.guide) } : {}),
    };
  }

  /** The question put to the clerk, in their language: which case is in progress, which guide the link opens. */
  private linkOffer(a: Active, wanted: Guide): LinkOffer {
    const locale = this.settings.locale;
    return {
      guideId: wanted.id,
      lang: locale,
      title: t(locale, 'link.title'),
      text: t(locale, 'link.text', {
        n: a.record.number,
        current: localize(a.guide.title, locale),
        wanted: localize(wanted.title, locale),
      }),
      replace: t(locale, 'link.replace'),
      keep: t(locale, 'link.keep'),
    };
  }

  /**
   * The guide book changed (a guide imported, replaced or removed in the Authors section). A case whose guide was
   * replaced goes on with the new version at the same step; one whose guide was removed is paused, kept in the
   * list of cases, and can go on if its guide comes back. The offer of a removed guide's deep link is dropped.
   */
  guidesChanged(): Promise<unknown> {
    return this.inTurn(async () => {
      if (this.offer && this.deps.guides.byId(this.offer.guide.id) === undefined) this.offer = null;
      const a = this.active;
      if (a) {
        const now = this.deps.guides.byId(a.guide.id);
        if (!now) await this.pause();
        // The book is built anew on each change: a guide whose data is the same is the same guide.
        else if (JSON.stringify(now) !== JSON.stringify(a.guide))
          this.active = {
            guide: now,
            record: a.record,
            state: resumeGuide(now, a.state.step, a.state.done, this.lastUrl, a.state.detour),
          };
      }
      return this.publish();
    });
  }

  private async process(message: HubMessage, tabId: number | undefined): Promise<unknown> {
    switch (message.type) {
      case 'get-state':
        return this.view();
      case 'page': {
        if (tabId !== undefined) this.tabId = tabId;
        this.lastUrl = message.url;
        const wanted = message.deepLink ? this.deps.guides.byId(message.deepLink) : undefined;
        const a = this.active;
        const running = a?.state.status === 'running';
        if (wanted && a && running && a.guide.id !== wanted.id) {
          // Another case is in progress: the link does not replace it unless the clerk says so on the page.
          this.offer = { guide: wanted, url: message.url };
          await this.apply({ type: 'url', url: message.url });
        } else if (wanted && !(a && running && a.guide.id === wanted.id)) {
          this.offer = null;
          await this.openFromLink(wanted, message.url);
        } else if (a) await this.apply({ type: 'url', url: message.url });
        break;
      }
      case 'link-answer': {
        const offer = this.offer;
        if (!offer || offer.guide.id !== message.guideId) return this.view();
        this.offer = null;
        if (message.replace) await this.openFromLink(offer.guide, this.lastUrl ?? offer.url);
        break;
      }
      case 'start': {
        const guide = this.deps.guides.byId(message.guideId);
        if (!guide) return null;
        await this.start(guide, this.lastUrl);
        break;
      }
      case 'located':
      case 'not-found': {
        const a = this.active;
        if (!a || a.guide.steps[a.state.step]?.id !== message.step) return this.view();
        const failed = message.type === 'located' ? message.failed : message.tried;
        const page = stepPagePattern(a.guide.steps[a.state.step]!.url, a.state.url ?? this.lastUrl);
        for (const strategy of failed)
          await this.deps.store.recordFailure(
            { guideId: a.guide.id, stepId: message.step, strategy, page },
            this.now(),
          );
        if (message.type === 'located')
          await this.apply({ type: 'located', step: message.step, strategy: message.strategy });
        else await this.apply({ type: 'not-found', step: message.step });
        break;
      }
      case 'condition-met':
        await this.apply({ type: 'condition-met', step: message.step });
        break;
      case 'screen':
        await this.apply({ type: 'screen', step: message.step });
        break;
      case 'agency': {
        // Kept only from the step that asks for it, and only as a ward's or commune's name.
        const a = this.active;
        const step = a?.guide.steps[a.state.step];
        const name = wardName(message.name);
        if (!a || step?.id !== message.step || step.remember !== 'agency' || !name || a.record.agency === name)
          return this.view();
        a.record.agency = name;
        a.record.updatedAt = this.now();
        await this.save();
        break;
      }
      case 'manual':
      case 'next':
      case 'back':
        await this.apply({ type: message.type });
        break;
      case 'goto':
        await this.apply({ type: 'goto', step: message.step });
        break;
      case 'pause':
        await this.pause();
        break;
      case 'resume': {
        const record = await this.deps.store.getCase(message.caseId);
        const guide = record && this.deps.guides.byId(record.guideId);
        if (!record || !guide || record.status === 'completed') return this.view();
        await this.resumeCase(record, guide, this.lastUrl);
        break;
      }
      case 'discard':
        if (this.active?.record.id === message.caseId) {
          this.active = null;
          this.offer = null;
        }
        await this.deps.store.deleteCase(message.caseId);
        break;
      case 'settings-changed':
        this.settings = await this.deps.settings();
        break;
    }
    return this.publish();
  }

  /** Tells the panel and the page the new state, and gives it back. */
  private publish(): ActiveView | null {
    const view = this.view();
    this.deps.broadcast({ type: 'state', view }, this.tabId);
    return view;
  }

  private async pause(): Promise<void> {
    // The question about replacing the case in progress goes with it.
    this.offer = null;
    const a = this.active;
    if (!a) return;
    if (a.record.status === 'active') {
      a.record.status = 'paused';
      a.record.updatedAt = this.now();
      await this.deps.store.putCase(a.record);
    }
    this.active = null;
  }

  private async resumeCase(record: CaseRecord, guide: Guide, url: string | undefined): Promise<void> {
    if (this.active?.record.id !== record.id) await this.pause();
    record.status = 'active';
    record.updatedAt = this.now();
    this.active = { guide, record, state: resumeGuide(guide, record.step, record.done, url, record.detour) };
    await this.save();
  }

  /**
   * A deep link (#papi-guide=…): resumes the guide's case that is not completed if it was worked on within
   * DEEP_LINK_RESUME_MS (a reloaded tab or a link followed again must not start a duplicate case), else starts a
   * new case.
   */
  private async openFromLink(guide: Guide, url: string): Promise<void> {
    const since = (this.deps.now?.() ?? new Date()).getTime() - DEEP_LINK_RESUME_MS;
    const open = (await this.deps.store.cases()).find(
      (c) => c.guideId === guide.id && c.status !== 'completed' && Date.parse(c.updatedAt) >= since,
    );
    if (open) await this.resumeCase(open, guide, url);
    else await this.start(guide, url);
  }

  private async start(guide: Guide, url: string | undefined): Promise<void> {
    await this.pause();
    const at = this.now();
    const state = startGuide(guide, url);
    const record: CaseRecord = {
      id: this.deps.newId?.() ?? crypto.randomUUID(),
      number: await this.deps.store.nextNumber(),
      guideId: guide.id,
      procedure: guide.procedure,
      ...(this.settings.unitId ? { unitId: this.settings.unitId } : {}),
      status: 'active',
      step: state.step,
      done: [...state.done],
      startedAt: at,
      updatedAt: at,
      times: [{ step: guide.steps[state.step]!.id, at }],
    };
    this.active = { guide, record, state };
    await this.save();
  }

  private async apply(event: RunnerEvent): Promise<void> {
    const a = this.active;
    if (!a) return;
    const before = a.state;
    a.state = reduce(a.guide, before, event);
    if (a.state === before) return;
    const at = this.now();
    if (a.state.step !== before.step || a.state.status !== before.status) {
      a.record.times.push({ step: a.state.status === 'completed' ? 'completed' : a.guide.steps[a.state.step]!.id, at });
    }
    a.record.step = a.state.step;
    a.record.done = [...a.state.done];
    if (a.state.detour) a.record.detour = { ...a.state.detour };
    else delete a.record.detour;
    a.record.updatedAt = at;
    if (a.state.status === 'completed' && a.record.status !== 'completed') {
      a.record.status = 'completed';
      a.record.completedAt = at;
    } else if (a.state.status === 'running' && a.record.status === 'completed') {
      // "Back" after completion reopens the case; it no longer counts as filed.
      a.record.status = 'active';
      delete a.record.completedAt;
    }
    if (
      a.state.step !== before.step ||
      a.state.status !== before.status ||
      a.state.detour !== before.detour ||
      event.type !== 'located'
    )
      await this.save();
  }

  private async save(): Promise<void> {
    if (this.active) await this.deps.store.putCase(this.active.record);
  }
}
