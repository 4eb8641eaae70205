import { formatIssue, LOCALES, procedureById, validateGuide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { GUIDE_DATA, GUIDES } from './guides/index.js';

describe('shipped guides', () => {
  it('every guide validates against core’s schema', () => {
    for (const g of GUIDE_DATA) {
      const r = validateGuide(g);
      expect(r.issues.map((i) => formatIssue(i, 'en'))).toEqual([]);
    }
    expect(GUIDES).toHaveLength(GUIDE_DATA.length);
  });

  it('covers the essential procedures, from sign-in to the dossier code', () => {
    expect(GUIDES.map((g) => g.id).sort()).toEqual(['ket-hon', 'khai-sinh', 'khai-tu', 'lien-thong-khai-sinh', 'tam-tru', 'thuong-tru']);
    for (const g of GUIDES) {
      expect(procedureById(g.procedure)).toBeDefined();
      expect(g.steps[0]?.id).toBe('dang-nhap');
      expect(g.steps.at(-1)?.id).toBe('ma-ho-so');
      // Signing on does not apply when the portal is already signed in: it neither blocks the page flow nor
      // completion; the filing steps from the search on do.
      for (const s of g.steps.slice(0, g.steps.findIndex((x) => x.id === 'tim-thu-tuc'))) expect(s.optional).toBe(true);
      expect(g.steps.at(-1)?.optional).toBeUndefined();
      expect(g.steps.find((x) => x.id === 'luu-va-nop')?.optional).toBeUndefined();
      for (const s of g.steps) for (const l of LOCALES) expect(s.instructions[l].length).toBeGreaterThan(0);
    }
  });
});
