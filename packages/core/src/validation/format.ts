import { type Locale } from '../i18n/locale.js';
import { type MessageKey, translate } from '../i18n/messages.js';
import type { Issue, IssueCode } from './schema.js';

/**
 * The validator's messages are for editors and developers (issue.*, Vietnamese in km); an answer's, which an officer
 * meets in the inbox, have their own keys (answer.*) in every language.
 */
const keyOf = (code: IssueCode): MessageKey =>
  code.startsWith('answer-')
    ? (`answer.${code.slice('answer-'.length)}` as MessageKey)
    : (`issue.${code}` as MessageKey);

/** One issue as a plain sentence: `tasks[3].lead[0]: unknown unit "phong-noi-vu2"`. */
export function formatIssue(issue: Issue, locale: Locale): string {
  const params: Record<string, string | number> = { ...issue.params };
  // Keep numbers in issue params unformatted: they are lengths, limits and bad values quoted back.
  for (const [k, v] of Object.entries(params)) if (typeof v === 'number') params[k] = String(v);
  if (issue.code === 'type') {
    params.expected = translate(locale, `type.${String(params.expected)}` as MessageKey);
    params.actual = translate(locale, `type.${String(params.actual)}` as MessageKey);
  }
  const text = translate(locale, keyOf(issue.code), params);
  return issue.path ? `${issue.path}: ${text}` : text;
}
