/** A guide's problems as core's validator names them (path and reason, in the clerk's language), at most a dozen. */
import { formatIssue, type Issue } from '@papi/core';
import { L, tr } from '../state.js';

/** At most this many problems are listed; the count says how many more there are. */
const SHOWN_ISSUES = 12;

export function IssueList({ issues, testId }: { issues: readonly Issue[]; testId: string }) {
  const loc = L();
  if (issues.length === 0) return null;
  return (
    <ul class="issues" data-testid={testId}>
      {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
        <li key={i}>
          <code>{formatIssue(issue, loc)}</code>
        </li>
      ))}
      {issues.length > SHOWN_ISSUES ? <li>{tr('authors.issuesMore', { n: issues.length - SHOWN_ISSUES })}</li> : null}
    </ul>
  );
}
