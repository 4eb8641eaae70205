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
      for (const s of g.steps) for (const l of LOCALES) expect(s.instructions[l].length).toBeGreaterThan(0);
    }
  });
});
