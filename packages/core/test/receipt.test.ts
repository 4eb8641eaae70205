import { describe, expect, it } from 'vitest';
import { RECEIPT_ALPHABET, parseReceipt, receiptFromBytes } from '../src/index.js';

describe('receipt codes', () => {
  it('writes 40 random bits as eight symbols in two groups, without look-alike letters', () => {
    expect(receiptFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('0000-0000');
    expect(receiptFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZ-ZZZZ');
    // 0x0123456789 by five bits: 00000 00100 10001 10100 01010 11001 11100 01001 = 0 4 17 20 10 25 28 9
    expect(receiptFromBytes(new Uint8Array([0x01, 0x23, 0x45, 0x67, 0x89]))).toBe('04HM-ASW9');
    expect(RECEIPT_ALPHABET).toHaveLength(32);
    for (const c of 'ILOU') expect(RECEIPT_ALPHABET).not.toContain(c);
    expect(() => receiptFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });

  it('gives different codes for different bytes: every one of the 40 bits counts', () => {
    const base = receiptFromBytes(new Uint8Array(5));
    const seen = new Set([base]);
    for (let bit = 0; bit < 40; bit++) {
      const bytes = new Uint8Array(5);
      bytes[Math.floor(bit / 8)] = 1 << (bit % 8);
      seen.add(receiptFromBytes(bytes));
    }
    expect(seen.size).toBe(41);
  });

  it('reads a code as a resident types it: lower case, no dash, spaces, O for 0, I or L for 1', () => {
    expect(parseReceipt('K7MQ-3XPD')).toBe('K7MQ-3XPD');
    expect(parseReceipt(' k7mq 3xpd ')).toBe('K7MQ-3XPD');
    expect(parseReceipt('k7mq3xpd')).toBe('K7MQ-3XPD');
    expect(parseReceipt('O1IL-0000')).toBe('0111-0000');
    expect(parseReceipt('K7MQ–3XPD')).toBe('K7MQ-3XPD'); // an en dash from a word processor
  });

  it('refuses what cannot be a code', () => {
    for (const bad of ['', 'K7MQ-3XP', 'K7MQ-3XPDD', 'K7MU-3XPD', 'K7MQ/3XPD', '<script>', '../../etc', 'x'.repeat(40)])
      expect(parseReceipt(bad), bad).toBeNull();
  });
});
