import { matchUrlPattern } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../guides/index.js';
import { urlPattern } from './url-pattern.js';

const known = [...new Set(GUIDES.flatMap((g) => g.steps.flatMap((s) => s.url)))];

describe('urlPattern', () => {
  it('keeps the page and the parameter names, never their values', () => {
    const url = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345&maHoSo=000.00.30.H51-260127-0001#x';
    const p = urlPattern(url)!;
    expect(p).toBe('dichvucong.gov.vn/nop-ho-so?formalityCaseId&maHoSo');
    expect(p).not.toMatch(/8812345|H51|260127|0001/);
    expect(matchUrlPattern(p, url)).toBe(true);
  });

  it.each([
    ['a dossier code', 'https://dichvucong.gov.vn/tra-cuu-ho-so/000.00.30.H51-260127-0001', '000.00.30'],
    ['a 12-digit personal number', 'https://dichvucong.gov.vn/cong-dan/079123456789/ho-so', '079123456789'],
    ['a 9-digit ID card number', 'https://dichvucong.gov.vn/cong-dan/361234567', '361234567'],
    ['a UUID', 'https://dichvucong.gov.vn/ho-so/3f2b8c1e-9a4d-4e6b-8f1a-2c3d4e5f6a7b/sua', '3f2b8c1e'],
    ['a long digit run', 'https://dichvucong.gov.vn/thanh-toan/20261204173301', '20261204'],
    ['a procedure code', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.001193', '001193'],
    ['an e-mail', 'https://dichvucong.gov.vn/u/nguyen.van.a@example.vn', 'nguyen'],
  ])('writes %s in a path as *', (_, url, secret) => {
    const p = urlPattern(url)!;
    expect(p).not.toContain(secret);
    expect(p).toContain('*');
    expect(matchUrlPattern(p, url)).toBe(true);
  });

  it('drops parameter names that hold digits (a value written as a name)', () => {
    expect(urlPattern('https://dichvucong.gov.vn/p?079123456789&formalityId=1')).toBe(
      'dichvucong.gov.vn/p?formalityId',
    );
  });

  it('writes the portal’s pages as the shipped guides do', () => {
    expect(urlPattern('https://dichvucong.gov.vn/')).toBe('dichvucong.gov.vn/');
    expect(urlPattern('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.001193', known)).toBe(
      'dichvucong.gov.vn/thu-tuc-hanh-chinh/*',
    );
    expect(urlPattern('https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=123', known)).toBe(
      'dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId',
    );
    // Not the same parameters: the guides' pattern does not say the same, the recorded one stands.
    expect(urlPattern('https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=1&page=2', known)).toBe(
      'dichvucong.gov.vn/nop-ho-so?formalityCaseId&page',
    );
    expect(urlPattern('https://SSO.dancuquocgia.gov.vn:443/auth?client=1')).toBe('sso.dancuquocgia.gov.vn/auth?client');
  });

  it('has no pattern for what is not a web page', () => {
    expect(urlPattern('about:blank')).toBeUndefined();
    expect(urlPattern('chrome-extension://abc/sidepanel.html')).toBeUndefined();
    expect(urlPattern('not a url')).toBeUndefined();
  });
});
