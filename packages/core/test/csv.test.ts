import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, toCsv } from '../src/index.js';

describe('CSV', () => {
  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Hài lòng')).toBe('Hài lòng');
  });

  it('quotes cells with commas, quotes or line breaks, and writes empty, numbers and booleans plainly', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(4)).toBe('4');
    expect(csvCell(true)).toBe('yes');
    expect(csvLine(['x', 1, null])).toBe('x,1,\r\n');
  });

  it('writes a file Excel opens as UTF-8', () => {
    expect(toCsv([['Đơn vị'], ['ភូមិ']])).toBe(`${CSV_BOM}Đơn vị\r\nភូមិ\r\n`);
  });
});
