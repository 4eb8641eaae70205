import { describe, expect, it } from 'vitest';
import { searchProcedures } from './search.js';
import { CATALOGUES } from './i18n/index.js';

describe('procedure search and catalogues', () => {
  it('finds procedures with diacritics optional', () => {
    const names = searchProcedures('khai sinh').map((p) => p.name.vi);
    expect(names).toContain('Đăng ký khai sinh');
    expect(names.every((n) => /khai sinh/i.test(n))).toBe(true);
    expect(searchProcedures('TẠM TRÚ').map((p) => p.id)).toContain('tam-tru');
    expect(searchProcedures('').length).toBeGreaterThan(20);
  });

  it('has every key in English and Khmer', () => {
    const keys = Object.keys(CATALOGUES.vi).sort();
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(keys);
    // Khmer has every key too (each string awaits a native speaker's review).
    expect(Object.keys(CATALOGUES.km).sort()).toEqual(keys);
  });
});
