import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CERTIFIED_COPY_RULE, PROCEDURES, procedureById, proceduresInList } from '../src/procedures/catalogue.js';
import { PROCEDURE_ID_LIST } from '../src/procedures/ids.js';
import { LOCALES } from '../src/i18n/locale.js';

const seed = readFileSync(new URL('../seed/ke-hoach-papi-vinh-chau-2023.txt', import.meta.url), 'utf8');

/** The seed's footnote ¹ (Quyết định 06/QĐ-TTg), as one paragraph. */
function footnote(): string {
  const start = seed.indexOf('¹ Quyết định số 06/QĐ-TTg');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = seed.indexOf('\n', start);
  return seed.slice(start, end === -1 ? undefined : end);
}

/** The footnote's items by number: "(1) text; (2) text; … (18) text." */
function footnoteItems(): Map<number, string> {
  const text = footnote();
  const markers = [...text.matchAll(/\((\d{1,2})\) /g)];
  const items = new Map<number, string>();
  markers.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = markers[i + 1]?.index ?? text.length;
    items.set(Number(m[1]), text.slice(from, to).trim().replace(/[;.]$/, ''));
  });
  return items;
}

const GUIDE_IDS = [
  'khai-sinh',
  'lien-thong-khai-sinh',
  'khai-tu',
  'lien-thong-khai-tu',
  'ket-hon',
  'thuong-tru',
  'tam-tru',
  'tam-vang',
  'luu-tru',
  'xac-nhan-cmnd',
  'can-cuoc',
  'bien-so-xe-may',
  'phat-nguoi',
  'bhyt-ho-gia-dinh',
  'dang-ky-thue',
  'bien-dong-dat-dai',
  'giay-phep-lai-xe',
  'tro-cap-that-nghiep',
  'ho-chieu',
  'con-dau-moi',
  'con-dau-thu-nho',
  'ly-lich-tu-phap',
  'cap-dien-moi',
  'doi-chu-the-hop-dong-dien',
  'thi-tot-nghiep-thpt',
];

const TABLE_IDS = ['khai-sinh', 'lien-thong-khai-sinh', 'thuong-tru', 'tam-tru', 'khai-tu', 'ket-hon'];

describe('procedure catalogue', () => {
  it('has 25 records with unique slug ids', () => {
    expect(PROCEDURES).toHaveLength(25);
    // The light id list the validators use is the catalogue's, in the same order.
    expect([...PROCEDURE_ID_LIST]).toEqual(PROCEDURES.map((p) => p.id));
    const ids = PROCEDURES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has exactly the guide procedure ids', () => {
    for (const id of GUIDE_IDS) expect(procedureById(id), id).toBeDefined();
    expect(PROCEDURES.map((p) => p.id).sort()).toEqual([...GUIDE_IDS].sort());
    expect(procedureById('no-such-procedure')).toBeUndefined();
  });

  it('numbers the 18 of QĐ 06 as 1..18 without gaps', () => {
    const list = proceduresInList('qd06-2022');
    expect(list).toHaveLength(18);
    expect(list.map((p) => p.lists['qd06-2022'])).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('numbers the 25 of CT 24 as 1..25 without gaps, grouped commune 6, police 13, other 6', () => {
    const list = proceduresInList('ct24-2025');
    expect(list).toHaveLength(25);
    expect(list.map((p) => p.lists['ct24-2025'])).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const areas = list.map((p) => p.area);
    expect(areas.slice(0, 6).every((a) => a === 'commune')).toBe(true);
    expect(areas.slice(6, 19).every((a) => a === 'police')).toBe(true);
    expect(areas.slice(19).every((a) => a === 'other')).toBe(true);
  });

  it('puts every one of the 18 among the 25', () => {
    for (const p of proceduresInList('qd06-2022')) expect(p.lists['ct24-2025'], p.id).toBeDefined();
  });

  it('gives each of the 18 its seed name, verbatim from the footnote and under the same number', () => {
    const text = footnote();
    const items = footnoteItems();
    expect(items.size).toBe(18);
    for (const p of PROCEDURES) {
      const n = p.lists['qd06-2022'];
      if (n === undefined) {
        expect(p.seedName, p.id).toBeUndefined();
        continue;
      }
      expect(p.seedName, p.id).toBeDefined();
      expect(text).toContain(p.seedName);
      expect(items.get(n), p.id).toBe(p.seedName);
    }
  });

  it('names every record in vi, en and km', () => {
    for (const p of PROCEDURES) {
      for (const l of LOCALES) expect(p.name[l].trim(), `${p.id} ${l}`).not.toBe('');
      expect(p.name.km, p.id).toMatch(/[\u1780-\u17FF]/);
    }
  });

  it('fills every field of the six complete records (DOMAIN.md §5 table)', () => {
    const complete = PROCEDURES.filter((p) => p.complete).map((p) => p.id);
    expect(complete.sort()).toEqual([...TABLE_IDS].sort());
    for (const id of TABLE_IDS) {
      const p = procedureById(id);
      expect(p).toBeDefined();
      if (!p) continue;
      expect(p.onlineLevel, id).toBeDefined();
      expect(p.unconfirmed, id).toContain('onlineLevel');
      for (const field of [p.handledBy, p.timeLimit, p.fee]) {
        expect(field, id).toBeDefined();
        for (const l of LOCALES) expect(field?.[l].trim(), `${id} ${l}`).not.toBe('');
      }
      expect(p.documents?.length ?? 0, id).toBeGreaterThan(0);
      for (const d of p.documents ?? []) {
        for (const l of LOCALES) expect(d.name[l].trim()).not.toBe('');
        if (d.condition) for (const l of LOCALES) expect(d.condition[l].trim()).not.toBe('');
      }
      expect(p.legalBasis?.length ?? 0, id).toBeGreaterThan(0);
      expect(p.sources.length, id).toBeGreaterThan(0);
    }
    expect(procedureById('tam-tru')?.code).toBe('1.004194');
  });

  it('marks the others incomplete and guesses no fee, time limit, documents or code for them', () => {
    for (const p of PROCEDURES.filter((x) => !TABLE_IDS.includes(x.id))) {
      expect(p.complete, p.id).toBe(false);
      expect(p.fee, p.id).toBeUndefined();
      expect(p.timeLimit, p.id).toBeUndefined();
      expect(p.documents, p.id).toBeUndefined();
      expect(p.code, p.id).toBeUndefined();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
  });

  it('has the police handle the police 13', () => {
    const police = PROCEDURES.filter((p) => p.area === 'police');
    expect(police).toHaveLength(13);
    for (const p of police) expect(p.handledBy?.vi, p.id).toMatch(/Công an/);
  });

  it('states the certified-copy rule with its legal basis', () => {
    for (const l of LOCALES) expect(CERTIFIED_COPY_RULE.text[l].trim()).not.toBe('');
    expect(CERTIFIED_COPY_RULE.text.vi).toMatch(/chứng thực/);
    expect(CERTIFIED_COPY_RULE.legalBasis.join(' | ')).toMatch(/23\/2015\/NĐ-CP/);
    expect(CERTIFIED_COPY_RULE.legalBasis.join(' | ')).toMatch(/8835\/VPCP-KSTT/);
    expect(CERTIFIED_COPY_RULE.legalBasis.join(' | ')).toMatch(/17\/CT-TTg/);
  });
});
