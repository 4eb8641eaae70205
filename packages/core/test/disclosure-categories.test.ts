import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POSTING_DAYS,
  DEFAULT_POSTING_DAYS_BASIS,
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_FORMS,
  disclosureCategoryById,
} from '../src/disclosure/categories.js';
import { LOCALES } from '../src/i18n/locale.js';

const SEED_5_2 = ['ho-ngheo', 'ngan-sach-xa', 'quy-hoach-su-dung-dat', 'boi-thuong-thu-hoi-dat'];
const DIEU_11 = ['ke-hoach-kinh-te-xa-hoi', 'ngan-sach-xa', 'du-an-dau-tu-quy-hoach'];

describe('disclosure categories', () => {
  it('has unique ids', () => {
    const ids = DISCLOSURE_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(disclosureCategoryById('nope')).toBeUndefined();
  });

  it('holds every item of the seed’s 5.2 and the confirmed items of Điều 11', () => {
    for (const id of SEED_5_2) expect(disclosureCategoryById(id)?.origin, id).toContain('seed-5.2');
    for (const id of DIEU_11) expect(disclosureCategoryById(id)?.origin, id).toContain('dieu-11');
    expect(disclosureCategoryById('ngan-sach-xa')?.origin).toEqual(['seed-5.2', 'dieu-11']);
    expect(DISCLOSURE_CATEGORIES).toHaveLength(6);
  });

  it('gives residents legal citations only: provenance and doubts stay in the notes', () => {
    for (const c of DISCLOSURE_CATEGORIES) {
      for (const b of c.legalBasis)
        expect(b, c.id).not.toMatch(/\b(seed|as the|not confirmed|cites?)\b|\((land|mục)\b/i);
    }
  });

  it('cites only the confirmed items 1–3 of Điều 11', () => {
    for (const c of DISCLOSURE_CATEGORIES) {
      for (const b of c.legalBasis) {
        const m = /Điều 11 khoản (\d+)/.exec(b);
        if (m) expect(Number(m[1]), c.id).toBeLessThanOrEqual(3);
      }
      expect(c.broadcastDays, c.id).toBeUndefined();
    }
  });

  it('uses the 30-day default, unconfirmed, citing Điều 21 khoản 2', () => {
    expect(DEFAULT_POSTING_DAYS).toBe(30);
    expect(DEFAULT_POSTING_DAYS_BASIS).toMatch(/104\/2016\/QH13, Điều 21 khoản 2/);
    for (const c of DISCLOSURE_CATEGORIES) {
      expect(c.postingDays, c.id).toBe(30);
      expect(c.postingDaysConfirmed, c.id).toBe(false);
      expect(c.postingDaysBasis, c.id).toMatch(/Điều 21 khoản 2/);
      expect(c.mandatory, c.id).toBe(true);
    }
  });

  it('gives every category names, a legal basis and sources', () => {
    for (const c of DISCLOSURE_CATEGORIES) {
      for (const l of LOCALES) expect(c.name[l].trim(), `${c.id} ${l}`).not.toBe('');
      expect(c.legalBasis.length, c.id).toBeGreaterThan(0);
      for (const b of c.legalBasis) expect(b.trim(), c.id).not.toBe('');
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      if (c.origin.includes('seed-5.2')) expect(c.sources, c.id).toContain('Seed: Phụ lục, hoạt động 5.2');
      if (c.origin.includes('dieu-11'))
        expect(
          c.sources.some((s) => s.includes('thuvienphapluat.vn')),
          c.id,
        ).toBe(true);
    }
  });

  it('uses the glossary’s Khmer terms', () => {
    expect(disclosureCategoryById('ho-ngheo')?.name.km).toContain('គ្រួសារក្រីក្រ');
    expect(disclosureCategoryById('ngan-sach-xa')?.name.km).toContain('ថវិកា');
    expect(disclosureCategoryById('quy-hoach-su-dung-dat')?.name.km).toContain('ផែនការប្រើប្រាស់ដី');
  });

  it('lists Điều 12’s forms of disclosure with unique ids and names', () => {
    expect(DISCLOSURE_FORMS.length).toBeGreaterThanOrEqual(9);
    const ids = DISCLOSURE_FORMS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('niem-yet');
    expect(ids).toContain('loa-truyen-thanh');
    for (const f of DISCLOSURE_FORMS) for (const l of LOCALES) expect(f.name[l].trim(), `${f.id} ${l}`).not.toBe('');
  });
});
