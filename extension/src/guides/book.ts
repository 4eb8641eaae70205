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

/** The guides from the built extension's data file, read with the given function (fetch in the browser). */
export async function loadGuideBook(read: (file: string) => Promise<string>): Promise<GuideBook> {
  const data: unknown = JSON.parse(await read(GUIDES_FILE));
  if (!Array.isArray(data)) throw new Error(`${GUIDES_FILE} does not hold a list of guides`);
  return guideBook(data);
}
