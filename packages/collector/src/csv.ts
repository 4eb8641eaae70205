import { CSV_BOM, csvLine } from '@papi/core';
import type { StoredFeedback, StoredReportTask } from './store.js';

export { CSV_BOM as BOM, csvCell, csvLine } from '@papi/core';

export const FEEDBACK_COLUMNS = [
  'id',
  'unit',
  'service',
  'dimension',
  'rating',
  'comment',
  'contact',
  'consent',
  'lang',
  'page',
  'createdAt',
  'period',
  'receivedAt',
  // The kiosk's dossier code, personal data like the contact (which this export holds too); last, so that the
  // columns before it keep their places.
  'dossier',
] as const;

export const REPORT_COLUMNS = [
  'reportId',
  'planId',
  'unit',
  'period',
  'submittedAt',
  'receivedAt',
  'current',
  'supersededBy',
  'lang',
  'taskId',
  'status',
  'evidence',
  'note',
] as const;

export async function* feedbackCsv(rows: AsyncIterable<StoredFeedback>): AsyncIterable<string> {
  yield CSV_BOM + csvLine(FEEDBACK_COLUMNS);
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
  yield CSV_BOM + csvLine(REPORT_COLUMNS);
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
