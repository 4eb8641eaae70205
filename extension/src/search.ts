import { foldedIncludes, PROCEDURES, type Procedure } from '@papi/core';

/** Procedures whose name (in any language) holds every word of the query, diacritics optional. */
export function searchProcedures(query: string, list: readonly Procedure[] = PROCEDURES): readonly Procedure[] {
  const q = query.trim();
  if (!q) return list;
  return list.filter((p) => foldedIncludes(`${p.name.vi} ${p.name.en} ${p.seedName ?? ''} ${p.id.replace(/-/g, ' ')}`, q));
}
