import { formatIssue, LOCALES, procedureById, validateGuide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { GUIDE_DATA, GUIDES, guideById } from './guides/index.js';

describe('shipped guides', () => {
  it('every guide validates against core’s schema', () => {
    for (const g of GUIDE_DATA) {
      const r = validateGuide(g);
      expect(r.issues.map((i) => formatIssue(i, 'en'))).toEqual([]);
    }
    expect(GUIDES).toHaveLength(GUIDE_DATA.length);
  });

  it('covers the essential procedures, from sign-in to the dossier code', () => {
    expect(GUIDES.map((g) => g.id).sort()).toEqual([
      'ket-hon',
      'khai-sinh',
      'khai-tu',
      'lien-thong-khai-sinh',
      'tam-tru',
      'thuong-tru',
    ]);
    for (const g of GUIDES) {
      expect(procedureById(g.procedure)).toBeDefined();
      expect(g.steps[0]?.id).toBe('dang-nhap');
      expect(g.steps.at(-1)?.id).toBe('ma-ho-so');
      // Signing on does not apply when the portal is already signed in: it neither blocks the page flow nor
      // completion; the filing steps from the search on do.
      for (const s of g.steps.slice(
        0,
        g.steps.findIndex((x) => x.id === 'tim-thu-tuc'),
      ))
        expect(s.optional).toBe(true);
      expect(g.steps.at(-1)?.optional).toBeUndefined();
      expect(g.steps.find((x) => x.id === 'luu-va-nop')?.optional).toBeUndefined();
      for (const s of g.steps) for (const l of LOCALES) expect(s.instructions[l].length).toBeGreaterThan(0);
    }
  });

  it('names in its notes every CSS selector PORTAL.md does not give (reviewed against it)', () => {
    // The selectors PORTAL.md itself gives: the Ant Design modal, the result choice's wrapper, the upload button,
    // the SurveyJS question's data-name.
    const fromPortal = [
      '.ant-modal-content input',
      '.cc-select-wrapper',
      'button[title="Tải lên file"]',
      '[data-name]',
    ];
    for (const g of GUIDES) {
      expect(
        g.notes?.some((n) => n.startsWith('Reviewed against PORTAL.md')),
        g.id,
      ).toBe(true);
      for (const s of g.steps)
        for (const loc of [s.target, s.screen, s.advance.kind === 'appear' ? s.advance.target : undefined]) {
          if (loc?.css === undefined || fromPortal.includes(loc.css)) continue;
          expect(
            g.notes?.some((n) => n.includes(`“${loc.css}”`) && n.includes(`“${s.id}”`)),
            `${g.id}: ${s.id}'s ${loc.css}`,
          ).toBe(true);
        }
    }
  });

  it('marks the steps on pages nobody has recorded as assumed, names them in the notes, and guesses no target for them', () => {
    for (const g of GUIDES) {
      for (const s of g.steps.filter((x) => x.assumed)) {
        expect(
          g.notes?.some((n) => n.includes(`“${s.id}”`)),
          `${g.id}: ${s.id} in the notes`,
        ).toBe(true);
        // Only what PORTAL.md quotes (a label, a role and its name): no CSS class, SurveyJS name or row text.
        if (s.target)
          expect(
            Object.keys(s.target).filter((k) => !['label', 'role', 'name'].includes(k)),
            `${g.id}: ${s.id}`,
          ).toEqual([]);
      }
      // The page after submission is unknown for every procedure.
      expect(g.steps.find((x) => x.id === 'ma-ho-so')?.assumed, g.id).toBe(true);
    }
    // PORTAL.md: the kết hôn, thường trú and tạm trú e-forms are unknown: every step on the e-form is assumed.
    for (const id of ['ket-hon', 'thuong-tru', 'tam-tru']) {
      const g = guideById(id)!;
      const onForm = g.steps.filter((x) => x.url.some((u) => u.includes('/nop-ho-so')));
      expect(onForm.map((x) => x.id)).toEqual(
        expect.arrayContaining(['ke-khai', 'tai-giay-to', 'nhan-ket-qua', 'luu-va-nop']),
      );
      for (const s of onForm) expect(s.assumed, `${id}: ${s.id}`).toBe(true);
    }
  });
});
