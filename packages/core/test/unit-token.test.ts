import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  UNIT_TOKEN_LENGTH,
  formatUnitToken,
  newUnitToken,
  parseUnitToken,
  parseUnitTokenId,
  unitTokenLabel,
} from '../src/auth/unit-token.js';

describe('unit tokens', () => {
  it('are 68 characters a double-click selects whole, and parse back to their id and secret', () => {
    const parts = newUnitToken((n) => randomBytes(n));
    const token = formatUnitToken(parts);
    expect(token).toHaveLength(UNIT_TOKEN_LENGTH);
    expect(token).toMatch(/^papi_[a-z2-7]{10}_[a-z2-7]{52}$/);
    expect(/^\w+$/.test(token)).toBe(true);
    expect(parseUnitToken(token)).toEqual(parts);
    // Pasted with spaces around it, or typed in capitals.
    expect(parseUnitToken(`  ${token.toUpperCase()}\n`)).toEqual(parts);
    expect(unitTokenLabel(parts.id)).toBe(`papi_${parts.id}`);
    expect(parseUnitTokenId(unitTokenLabel(parts.id))).toBe(parts.id);
    expect(parseUnitTokenId(parts.id)).toBe(parts.id);
  });

  it('refuses anything else', () => {
    const good = formatUnitToken(newUnitToken((n) => randomBytes(n)));
    for (const bad of [
      '',
      'papi_',
      good.slice(0, -1),
      `${good}a`,
      good.replace('papi_', 'papa_'),
      good.replace(/_([a-z2-7]{52})$/, '-$1'),
      good.slice(0, -1) + '1',
      `Bearer ${good}`,
      good.replace(/.$/, 'é'),
    ]) {
      expect(parseUnitToken(bad), bad).toBeUndefined();
    }
    expect(parseUnitTokenId(good)).toBeUndefined();
    expect(parseUnitTokenId('papi_abc')).toBeUndefined();
  });

  it('draws every character of the alphabet evenly from the random bytes', () => {
    let counter = 0;
    const parts = newUnitToken((n) => Uint8Array.from({ length: n }, () => counter++));
    // Bytes 0, 1, 2 … map to a, b, c … and wrap every 32: no character is favoured.
    expect(parts.id).toBe('abcdefghij');
    expect(parts.secret.slice(0, 22)).toBe('klmnopqrstuvwxyz234567');
    expect(() => newUnitToken(() => new Uint8Array(3))).toThrow(/3 bytes/);
  });
});
