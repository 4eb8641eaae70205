import type { StoredFeedback, StoredReportTask } from './store.js';

/** Excel and LibreOffice need the byte order mark to read UTF-8 (Vietnamese diacritics) correctly. */
export const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would read as a formula (= + - @, and tab or carriage
 * return, which some strip before looking) gets a leading apostrophe: residents' comments are untrusted text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly (string | number | boolean | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export const FEEDBACK_COLUMNS = [
  'id', 'unit', 'service', 'dimension', 'rating', 'comment', 'contact', 'consent', 'lang', 'page', 'createdAt', 'period', 'receivedAt',
] as const;

export const REPORT_COLUMNS = [
  'reportId', 'planId', 'unit', 'period', 'submittedAt', 'receivedAt', 'current', 'supersededBy', 'lang', 'taskId', 'status', 'evidence', 'note',
] as const;

export async function* feedbackCsv(rows: AsyncIterable<StoredFeedback>): AsyncIterable<string> {
  yield BOM + csvLine(FEEDBACK_COLUMNS);
  let chunk = '';
  for await (const r of rows) {
    chunk += csvLine(FEEDBACK_COLUMNS.map((c) => r[c]));
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export async function* reportsCsv(rows: AsyncIterable<StoredReportTask>): AsyncIterable<string> {
  yield BOM + csvLine(REPORT_COLUMNS);
  let chunk = '';
  for await (const r of rows) {
    chunk += csvLine(REPORT_COLUMNS.map((c) => r[c]));
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
