/** Excel and LibreOffice need the byte order mark to read UTF-8 (Vietnamese and Khmer text) correctly. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180), quoted when it must be. A cell that a spreadsheet would read as a formula (= + - @, and tab
 * or carriage return, which some strip before looking) gets a leading apostrophe: residents' and officers' text is
 * untrusted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line end. */
export const csvLine = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** A whole CSV file: the byte order mark, then one CRLF-ended line per row. */
export const toCsv = (rows: readonly (readonly CsvValue[])[]): string => CSV_BOM + rows.map(csvLine).join('');
