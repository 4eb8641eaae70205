/**
 * A unit's answers to residents' feedback (#13): where a feedback stands. The answers branch (#13 part 3) holds the
 * rest (validateAnswer, the overdue rule, the accountability figures); this is the part the status page needs, with
 * the same names, so that the two meet as one file.
 */

/** Where a feedback stands: every feedback starts `received`; the unit moves it on. */
export const ANSWER_STATUSES = ['received', 'in-progress', 'answered'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** The longest answer, in characters as a reader counts them (Unicode code points, not UTF-16 units). */
export const ANSWER_MAX_LENGTH = 2000;

/** Characters as a reader counts them: an emoji or a rare Han character is one, not two. */
export function answerLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
