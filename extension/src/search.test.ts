import { describe, expect, it } from 'vitest';
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

  it('has every key in English and Khmer', () => {
    const keys = Object.keys(CATALOGUES.vi).sort();
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(keys);
    // Khmer has every key too (each string awaits a native speaker's review).
    expect(Object.keys(CATALOGUES.km).sort()).toEqual(keys);
  });
});
