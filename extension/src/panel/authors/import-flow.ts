/**
 * Importing a guide file from the Authors section: judged first (import-file.ts), then, when its id is taken,
 * settled by the author's explicit choice; only a valid guide is ever written, and the whole list at once, so a
 * refused file or a failed write leaves what was stored as it was. What the panel says is kept as keys and
 * parameters and put into words when shown, in the clerk's language at that moment.
 */
import { signal } from '@preact/signals';
import type { Issue } from '@papi/core';
import { BUILT_IN } from '../../guides/index.js';
import { asNewVersion, judgeGuideFile, roomForNew, type Verdict } from '../../guides/import-file.js';
import {
  MAX_GUIDE_FILE_BYTES,
  MAX_IMPORTED,
  withImported,
  withoutImported,
  type ImportedGuide,
} from '../../guides/imported.js';
import type { PanelKey } from '../../i18n/panel.js';
import { imported } from '../guides.js';

/** What the Authors section needs of the extension (the panel's API): its stored list of imported guides. */
export interface ImportApi {
  loadImported(): Promise<ImportedGuide[]>;
  saveImported(list: readonly ImportedGuide[]): Promise<void>;
}

/** A file as the file input gives it (a File), or as a test makes one. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface Notice {
  readonly tone: 'ok' | 'refused';
  readonly key: PanelKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** A refused guide's problems, each with its path (`steps[3].target.role`). */
  readonly issues?: readonly Issue[];
}

export type Clash = Extract<Verdict, { kind: 'clash' }>;

export const notice = signal<Notice | null>(null);
/** A file whose guide id is taken, waiting for the author's choice. */
export const question = signal<{ readonly file: string; readonly clash: Clash } | null>(null);

export const MAX_KB = Math.round(MAX_GUIDE_FILE_BYTES / 1024);
const FILE_NAME_MAX = 200;

export async function loadGuides(api: ImportApi): Promise<void> {
  imported.value = await api.loadImported();
}

/** Writes the list, then shows it as stored; a failed write says so and keeps the list as it was. */
async function store(api: ImportApi, list: readonly ImportedGuide[], done: Notice): Promise<void> {
  try {
    await api.saveImported(list);
  } catch (error) {
    console.warn('papi panel: imported guides not saved:', error);
    notice.value = { tone: 'refused', key: 'authors.saveFailed', params: {} };
    await loadGuides(api);
    return;
  }
  await loadGuides(api);
  notice.value = done;
}

export async function importFile(api: ImportApi, file: FileLike, now = new Date()): Promise<void> {
  const name = file.name.slice(0, FILE_NAME_MAX);
  question.value = null;
  // Judged against what is stored now (another panel may have changed it).
  const stored = await api.loadImported();
  imported.value = stored;
  let text = '';
  if (file.size > 0 && file.size <= MAX_GUIDE_FILE_BYTES) {
    try {
      text = await file.text();
    } catch {
      notice.value = { tone: 'refused', key: 'authors.refused.unreadable', params: { file: name } };
      return;
    }
  }
  const verdict = judgeGuideFile(file.size, () => text, {
    builtInIds: BUILT_IN.all.map((g) => g.id),
    imported: stored,
  });
  if (verdict.kind === 'refused') {
    notice.value = {
      tone: 'refused',
      key: `authors.refused.${verdict.reason}`,
      params: { file: name, max: verdict.reason === 'full' ? MAX_IMPORTED : MAX_KB, count: verdict.issues.length },
      issues: verdict.issues,
    };
    return;
  }
  if (verdict.kind === 'clash') {
    notice.value = null;
    question.value = { file: name, clash: verdict };
    return;
  }
  const record: ImportedGuide = { guide: verdict.guide, file: name, importedAt: now.toISOString() };
  await store(api, withImported(stored, record), {
    tone: 'ok',
    key: 'authors.imported',
    params: { id: verdict.guide.id, title: verdict.guide.title.vi },
  });
}

export type Choice = 'new-version' | 'replace' | 'cancel';

/** The author's answer to the clash question. */
export async function settle(api: ImportApi, choice: Choice, now = new Date()): Promise<void> {
  const q = question.value;
  if (!q) return;
  question.value = null;
  if (choice === 'cancel') {
    notice.value = { tone: 'ok', key: 'authors.cancelled', params: { file: q.file } };
    return;
  }
  const stored = await api.loadImported();
  const { clash } = q;
  if (choice === 'replace') {
    // Only an earlier import can be replaced; a built-in guide never is.
    if (!clash.earlier) return;
    const record: ImportedGuide = { guide: clash.guide, file: q.file, importedAt: now.toISOString() };
    await store(api, withImported(stored, record), {
      tone: 'ok',
      key: 'authors.replaced',
      params: { id: clash.guide.id, title: clash.guide.title.vi },
    });
    return;
  }
  if (!roomForNew(stored)) {
    notice.value = { tone: 'refused', key: 'authors.refused.full', params: { file: q.file, max: MAX_IMPORTED } };
    return;
  }
  const guide = asNewVersion(clash.guide, clash.newId);
  // The new id was free when the question was put; another import meanwhile may have taken it.
  if (BUILT_IN.byId(guide.id) || stored.some((g) => g.guide.id === guide.id)) {
    notice.value = { tone: 'refused', key: 'authors.cancelled', params: { file: q.file } };
    return;
  }
  await store(api, [...stored, { guide, file: q.file, importedAt: now.toISOString() }], {
    tone: 'ok',
    key: 'authors.imported',
    params: { id: guide.id, title: guide.title.vi },
  });
}

export async function removeGuide(api: ImportApi, id: string): Promise<void> {
  question.value = null;
  const stored = await api.loadImported();
  await store(api, withoutImported(stored, id), { tone: 'ok', key: 'authors.removed', params: { id } });
}
