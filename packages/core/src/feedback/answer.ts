/**
 * Where a resident's feedback stands (#13): the collector has it, the unit is handling it, or the unit answered it.
 * One list for the collector, the inbox and the resident's status page.
 */
export const ANSWER_STATUSES = ['received', 'in-progress', 'answered'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export function isAnswerStatus(value: unknown): value is AnswerStatus {
  return typeof value === 'string' && (ANSWER_STATUSES as readonly string[]).includes(value);
}

/** The longest answer a unit may give, in characters (code points, so that Vietnamese and Khmer count as read). */
export const ANSWER_MAX_LENGTH = 2000;

/** A text's length in code points (a Khmer or emoji character written with two UTF-16 units counts once). */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
