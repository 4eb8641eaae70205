/**
 * What is still waiting for the clerk on the e-form: required questions not answered (answers.ts), and attachments:
 * one table row per required paper, its "Tải lên file" button, and the file's name shown in the row once the portal
 * accepts the file (a refused file, "Vui lòng chọn tệp nhỏ hơn 2MB!", or a cancelled picker leaves the row without
 * one).
 */
import type { Locator } from '@papi/core';
import { awaitsAnswer, questionOf } from './answers.js';

/** A file's name: a word, a dot, and an extension of 2 to 5 letters or digits ("giay-chung-sinh.pdf"). */
const FILE_NAME = /(?:^|[\s(/\\:])[^\s/\\():;]+\.[a-z0-9]{2,5}(?=$|[\s),;])/iu;

/** The table row (or ARIA row) an element is in. */
export function rowOf(el: Element): Element | null {
  return el.closest('tr, [role="row"]');
}

/** Whether an upload row shows a file's name; the first cell (the paper's name) is left out. */
export function rowHasFile(row: Element): boolean {
  const cells = Array.from(row.children).filter((c) => c.matches('td, th, [role="cell"], [role="gridcell"]'));
  const parts = cells.length > 1 ? cells.slice(1) : [row];
  return parts.some((c) => FILE_NAME.test(c.textContent ?? ''));
}

/** Whether a candidate is still waiting, for a locator's `pending`. */
export function isPending(el: Element, pending: NonNullable<Locator['pending']>): boolean {
  if (pending === 'file') {
    const row = rowOf(el);
    return row !== null && !rowHasFile(row);
  }
  const question = questionOf(el);
  return question === el && awaitsAnswer(question);
}
