/**
 * The guides the panel offers: the built-in ones (bundled with the panel) and those imported in the Authors section
 * (storage.local), which the background's guide book holds too, so both run alike.
 */
import { signal } from '@preact/signals';
import type { Guide } from '@papi/core';
import { BUILT_IN } from '../guides/index.js';
import type { ImportedGuide } from '../guides/imported.js';

export const imported = signal<readonly ImportedGuide[]>([]);
/** The recorder's draft as last tried ("Try it"): the running guide's steps show in the panel as any guide's. */
export const trial = signal<Guide | null>(null);

export const allGuides = (): readonly Guide[] => [...BUILT_IN.all, ...imported.value.map((g) => g.guide)];

export const anyGuideById = (id: string): Guide | undefined =>
  BUILT_IN.byId(id) ??
  imported.value.find((g) => g.guide.id === id)?.guide ??
  (trial.value?.id === id ? trial.value : undefined);

export const importedById = (id: string): ImportedGuide | undefined => imported.value.find((g) => g.guide.id === id);

/** The procedure's guides: the built-in one first, then the imported ones. */
export const guidesForProcedure = (procedureId: string): readonly Guide[] =>
  allGuides().filter((g) => g.procedure === procedureId);
