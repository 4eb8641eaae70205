import { describe, expect, it } from 'vitest';
import { type Guide, PROCEDURES } from '@papi/core';
import { SAMPLE_GUIDE } from '../../packages/core/test/guide-fixture.js';
import { BUILT_IN } from './guides/index.js';
import { searchProcedures } from './search.js';
import { CATALOGUES } from './i18n/index.js';

describe('procedure search and catalogues', () => {
  it('finds procedures by their Khmer names, within words, since Khmer puts no spaces between them', () => {
    expect(searchProcedures('ការចុះបញ្ជីកំណើត')[0]!.id).toBe('khai-sinh');
    const births = searchProcedures('កំណើត').map((p) => p.id);
    expect(births).toContain('khai-sinh');
    expect(births).not.toContain('khai-tu');
    expect(searchProcedures('មរណភាព').map((p) => p.id)).toContain('khai-tu');
    // Subscripts and vowel signs belong to the word: "បញ្ជី" (register) is one query word, found in many names.
    expect(searchProcedures('បញ្ជី').length).toBeGreaterThan(1);
    expect(searchProcedures('ការចុះបញ្ជី កំណើត')[0]!.id).toBe('khai-sinh');
  });

  it('matches Khmer anywhere in a name, across the spaces between its phrases and the ones a clerk types', () => {
    const ids = (q: string): string[] => searchProcedures(q).map((p) => p.id);
    // "ស្នាក់នៅ" (residence) sits inside the names of permanent and temporary residence, and the residence notice.
    expect(ids('ស្នាក់នៅ')).toEqual(expect.arrayContaining(['thuong-tru', 'tam-tru', 'luu-tru']));
    expect(ids('អចិន្ត្រៃយ៍')).toEqual(expect.arrayContaining(['thuong-tru', 'lien-thong-khai-sinh']));
    expect(ids('អចិន្ត្រៃយ៍')).not.toContain('tam-tru');
    // "ការចុះបញ្ជី និងការចេញផ្លាកលេខម៉ូតូ": a query spanning the space between the two phrases.
    expect(ids('បញ្ជីនិងការចេញ')).toEqual(['bien-so-xe-may']);
    // A zero-width space, as some Khmer keyboards put between words, splits nothing that matters.
    expect(ids('ការចុះបញ្ជី\u200Bកំណើត')[0]).toBe('khai-sinh');
    // Khmer and Latin in one query: the Khmer part within words, the Latin one at a word's start.
    expect(ids('អត្តសញ្ញាណប័ណ្ណ CCCD')).toEqual(['xac-nhan-cmnd']);
    expect(ids('ត្រា')).toEqual(expect.arrayContaining(['con-dau-moi', 'con-dau-thu-nho']));
  });

  it('finds a Khmer name however the look-alike letters were typed', () => {
    // The catalogue writes "បណ្ដោះអាសន្ន" (temporary) with subscript DA; typed with subscript TA, which looks the
    // same, it still finds temporary residence and temporary absence.
    const withTa = 'បណ្ដោះអាសន្ន'.replace('\u17D2\u178A', '\u17D2\u178F');
    expect(withTa).not.toBe('បណ្ដោះអាសន្ន');
    expect(searchProcedures(withTa).map((p) => p.id)).toEqual(['tam-tru', 'tam-vang']);
    // The other way: "ប្តូរ" (change) has subscript TA in the catalogue; typed with DA.
    const withDa = 'ប្តូរ'.replace('\u17D2\u178F', '\u17D2\u178A');
    expect(searchProcedures(withDa).map((p) => p.id)).toEqual(
      expect.arrayContaining(['can-cuoc', 'doi-chu-the-hop-dong-dien']),
    );
    // "កំណើត" (birth) typed with its vowel as two signs, េ then ី, for ើ.
    expect(searchProcedures('កំណើត'.replace('\u17BE', '\u17C1\u17B8')).map((p) => p.id)).toContain('khai-sinh');
  });

  it('finds procedures with diacritics optional', () => {
    const names = searchProcedures('khai sinh').map((p) => p.name.vi);
    expect(names).toContain('Đăng ký khai sinh');
    expect(names.every((n) => /khai sinh/i.test(n))).toBe(true);
    expect(searchProcedures('TẠM TRÚ').map((p) => p.id)).toContain('tam-tru');
    expect(searchProcedures('').length).toBeGreaterThan(20);
  });

  it('puts the procedure a clerk named first, and finds a guide by its title', () => {
    expect(searchProcedures('Đăng ký thường trú')[0]!.id).toBe('thuong-tru');
    expect(searchProcedures('dang ky khai tu')[0]!.id).toBe('khai-tu');
    // The heading the guide tab shows, dashes and abbreviations included.
    expect(searchProcedures('Liên thông khai sinh – thường trú – thẻ BHYT trẻ dưới 6 tuổi').map((p) => p.id)).toEqual([
      'lien-thong-khai-sinh',
    ]);
    // Each query word must begin a word of the name: "inh" finds nothing, though "sinh" and "kinh" hold it.
    expect(searchProcedures('inh').map((p) => p.id)).toEqual([]);
  });

  it("finds a procedure by an imported guide's title, in any of its languages, once that guide is in the list", () => {
    const target = PROCEDURES.find((p) => !BUILT_IN.all.some((g) => g.procedure === p.id))!;
    const imported = {
      ...SAMPLE_GUIDE,
      id: 'nop-thu-nghiem',
      procedure: target.id,
      title: { vi: 'Nộp hồ sơ qua quầy Zalo', en: 'Filing at the Zalo desk', km: 'ដាក់ឯកសារនៅបញ្ជរ Zalo' },
    };
    const ids = (q: string, guides: readonly Guide[] = [...BUILT_IN.all, imported]): string[] =>
      searchProcedures(q, PROCEDURES, guides).map((p) => p.id);
    expect(ids('quay zalo')).toEqual([target.id]);
    expect(ids('zalo desk')).toEqual([target.id]);
    expect(ids('បញ្ជរ')).toContain(target.id);
    // Removed (not in the list any more), its title finds nothing.
    expect(ids('quay zalo', BUILT_IN.all)).toEqual([]);
  });

  it('has every key in English and Khmer', () => {
    const keys = Object.keys(CATALOGUES.vi).sort();
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(keys);
    // Khmer has every key too (each string awaits a native speaker's review).
    expect(Object.keys(CATALOGUES.km).sort()).toEqual(keys);
  });
});
