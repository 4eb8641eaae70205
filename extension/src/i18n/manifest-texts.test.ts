import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './index.js';

// The store and the browser refuse a manifest whose localized name or description is too long (75 and 132 characters).
describe('manifest texts (_locales, written from the catalogues at build)', () => {
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    it(`${locale}: name and description fit Chrome's limits`, () => {
      const name = `PAPI – ${messages['app.title']}`;
      expect([...name].length).toBeLessThanOrEqual(75);
      expect([...messages['app.description']].length).toBeLessThanOrEqual(132);
      expect(messages['app.description']).toContain('dichvucong.gov.vn');
    });
  }
});
