/**
 * The draft the Authors section edits, as kept in storage.local (it holds only targets, URL patterns and the
 * author's own texts, never a citizen's data): the guide's id, procedure, title and summary, the steps, and how many
 * of the recording's steps (inbox) it has taken. Pure functions: reading it back (storage is data like any other),
 * taking newly recorded steps, and making the guide to export or to try.
 */
import { type Issue, type Locale, type Localized } from '@papi/core';
import { type Draft, EMPTY_DRAFT, exportDraft, type Export, appendStep, withCombined } from './draft.js';
import type { DraftStep } from './draft-step.js';
import { MAX_RECORDED, TRIAL_ID, type Inbox } from './session.js';

export const DRAFT_KEY = 'recorderDraft';
export const PORTAL_START = 'https://dichvucong.gov.vn/';

export interface DraftInfo {
  readonly id: string;
  readonly procedure: string;
  readonly title: Localized;
  readonly summary: Localized;
}

export interface StoredDraft extends Draft {
  readonly info: DraftInfo;
  /** The recording run whose steps were taken, and how many. */
  readonly run: string;
  readonly taken: number;
}

const EMPTY: Localized = { vi: '', en: '', km: '' };
export const NEW_DRAFT: StoredDraft = {
  ...EMPTY_DRAFT,
  info: { id: '', procedure: 'khai-sinh', title: EMPTY, summary: EMPTY },
  run: '',
  taken: 0,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const localized = (v: unknown, max: number): Localized =>
  isRecord(v) ? { vi: str(v.vi, max), en: str(v.en, max), km: str(v.km, max) } : EMPTY;

/** A stored step that still has the draft's shape (its contents are judged at export, by core). */
function parseStep(v: unknown): DraftStep | undefined {
  if (!isRecord(v) || typeof v.key !== 'string' || !Array.isArray(v.url) || !isRecord(v.advance)) return undefined;
  if (!v.url.every((u) => typeof u === 'string') || typeof v.advance.kind !== 'string') return undefined;
  if (!Array.isArray(v.alternatives) || (v.target !== undefined && !isRecord(v.target))) return undefined;
  return {
    key: v.key.slice(0, 40),
    url: (v.url as string[]).slice(0, 10),
    title: localized(v.title, 200),
    tip: localized(v.tip, 400),
    instructions: localized(v.instructions, 1000),
    ...(v.target ? { target: v.target } : {}),
    advance: v.advance as unknown as DraftStep['advance'],
    alternatives: (v.alternatives as DraftStep['alternatives']).slice(0, 5),
    ...(typeof v.strategy === 'string' ? { strategy: v.strategy as DraftStep['strategy'] } : {}),
  };
}

export function parseStoredDraft(raw: unknown): StoredDraft {
  if (!isRecord(raw) || !isRecord(raw.info) || !Array.isArray(raw.steps)) return NEW_DRAFT;
  const { info } = raw;
  return {
    info: {
      id: str(info.id, 60),
      procedure: str(info.procedure, 60) || NEW_DRAFT.info.procedure,
      title: localized(info.title, 200),
      summary: localized(info.summary, 1000),
    },
    steps: raw.steps
      .slice(0, MAX_RECORDED)
      .map(parseStep)
      .filter((s): s is DraftStep => s !== undefined),
    run: str(raw.run, 40),
    taken: Number.isInteger(raw.taken) && (raw.taken as number) >= 0 ? (raw.taken as number) : 0,
  };
}

/** The draft with the recording's steps it has not taken yet appended (a new run's from its first). */
export function takeRecorded(draft: StoredDraft, inbox: Inbox): StoredDraft {
  const from = inbox.run === draft.run ? draft.taken : 0;
  if (!inbox.run || from >= inbox.steps.length) return draft;
  const fresh = inbox.steps.slice(from);
  const { steps } = fresh.map(withCombined).reduce(appendStep, { steps: draft.steps } as Draft);
  return { ...draft, steps, run: inbox.run, taken: inbox.steps.length };
}

/** A text the author wrote in Vietnamese only: the other languages show the Vietnamese, as the extension does. */
export const fromVi = (t: Localized): Localized => ({
  vi: t.vi,
  en: t.en.trim() ? t.en : t.vi,
  km: t.km.trim() ? t.km : t.vi,
});

const startUrl = (id: string): string => `${PORTAL_START}#papi-guide=${id}`;

/**
 * The guide file: core's validateGuide judges it (each problem with its path). Vietnamese is required; an English
 * or Khmer text left empty takes the Vietnamese one, and an empty summary the title.
 */
export function exportStored(d: StoredDraft): Export {
  const summary = d.info.summary.vi.trim() ? d.info.summary : d.info.title;
  const out = exportDraft(
    {
      steps: d.steps.map((s) => ({
        ...s,
        title: fromVi(s.title),
        tip: fromVi(s.tip),
        instructions: fromVi(s.instructions),
      })),
    },
    {
      id: d.info.id,
      procedure: d.info.procedure,
      title: fromVi(d.info.title),
      summary: fromVi(summary),
      startUrl: startUrl(d.info.id),
    },
  );
  if (out.ok) return out;
  // An empty Vietnamese text is the one to write: its English and Khmer, empty with it, are not listed again.
  const paths = new Set(out.issues.map((i) => i.path));
  const issues = out.issues.filter((i) => !/\.(en|km)$/.test(i.path) || !paths.has(i.path.replace(/(en|km)$/, 'vi')));
  return { ok: false, issues };
}

/**
 * The draft as a guide to try at once, unfinished as it may be: under its own id, and a text not written yet shows
 * `untitled(n)` (the step's number) in the clerk's language.
 */
export function trialGuide(
  d: StoredDraft,
  untitled: (n: number) => string,
  locale: Locale,
): Export | { readonly ok: false; readonly issues: readonly Issue[] } {
  const fill = (t: Localized, n: number): Localized => {
    const any = t[locale].trim() || t.vi.trim() || t.en.trim() || t.km.trim() || untitled(n);
    return { vi: t.vi.trim() || any, en: t.en.trim() || any, km: t.km.trim() || any };
  };
  const title = fill(d.info.title, 0);
  return exportDraft(
    {
      steps: d.steps.map((s, i) => ({
        ...s,
        title: fill(s.title, i + 1),
        tip: fill(s.tip.vi || s.tip.en || s.tip.km ? s.tip : s.title, i + 1),
        instructions: fill(s.instructions.vi || s.instructions.en || s.instructions.km ? s.instructions : s.tip, i + 1),
      })),
    },
    { id: TRIAL_ID, procedure: d.info.procedure, title, summary: title, startUrl: startUrl(TRIAL_ID) },
  );
}
