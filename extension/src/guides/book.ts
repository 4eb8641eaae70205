/**
 * A set of guides made from data: each is validated with core's validateGuide, and one that fails is left out
 * (rather than half-run) with the reason kept for the console. Nothing in a guide is ever run as code.
 */
import { validateGuide, type Guide } from '@papi/core';

/** The guides as one data file in the built extension, read by the background (which then carries no guide). */
export const GUIDES_FILE = 'guides.json';

export interface GuideBook {
  readonly all: readonly Guide[];
  /** Why each left-out guide was left out: its index in the data, then its first issues' paths and codes. */
  readonly refused: readonly string[];
  byId(id: string): Guide | undefined;
  forProcedure(procedureId: string): Guide | undefined;
}

export function guideBook(data: readonly unknown[]): GuideBook {
  const all: Guide[] = [];
  const refused: string[] = [];
  data.forEach((g, i) => {
    const r = validateGuide(g);
    if (r.ok) all.push(r.guide);
    else
      refused.push(
        `guide ${i}: ${r.issues
          .slice(0, 3)
          .map((issue) => `${issue.path || '(guide)'} ${issue.code}`)
          .join('; ')}`,
      );
  });
  return {
    all,
    refused,
    byId: (id) => all.find((g) => g.id === id),
    forProcedure: (procedureId) => all.find((g) => g.procedure === procedureId),
  };
}

/**
 * A guide book whose guides can be replaced (the built-in ones and those imported in the Authors section, read again
 * when the imported ones change): whoever holds it sees the new guides at their next look-up.
 */
export interface LiveGuideBook extends GuideBook {
  set(data: readonly unknown[]): void;
}

export function liveGuideBook(data: readonly unknown[] = []): LiveGuideBook {
  let book = guideBook(data);
  return {
    get all() {
      return book.all;
    },
    get refused() {
      return book.refused;
    },
    byId: (id) => book.byId(id),
    forProcedure: (procedureId) => book.forProcedure(procedureId),
    set(next) {
      book = guideBook(next);
    },
  };
}

/** The data of the built extension's guide file (read with fetch in the browser). */
export async function readGuideData(read: (file: string) => Promise<string>): Promise<unknown[]> {
  const data: unknown = JSON.parse(await read(GUIDES_FILE));
  if (!Array.isArray(data)) throw new Error(`${GUIDES_FILE} does not hold a list of guides`);
  return data;
}
