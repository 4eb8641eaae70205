/** "Try it" on the open portal page, "Export" as a guide file, why either was refused, and a new draft. */
import { formatIssue } from '@papi/core';
import { signal } from '@preact/signals';
import { attempt, L, tr } from '../state.js';
import { clearDraft, exportGuide, exportIssues, recNotice, tryDraft, type RecorderApi } from './record-flow.js';

/** At most this many problems are listed; the count says how many there are. */
const SHOWN_ISSUES = 12;
/** "New draft" asks to be pressed again before it empties the draft. */
const confirming = signal(false);

export function DraftActions({ api }: { api: RecorderApi }) {
  const loc = L();
  const n = recNotice.value;
  const issues = exportIssues.value;
  return (
    <div class="draft-actions">
      <div class="buttons">
        <button type="button" onClick={() => attempt(tryDraft(api), 'recorder try')} aria-describedby="try-hint">
          {tr('recorder.try')}
        </button>
        <button type="button" class="primary" onClick={() => exportGuide(api)}>
          {tr('recorder.export')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!confirming.value) {
              confirming.value = true;
              return;
            }
            confirming.value = false;
            attempt(clearDraft(api), 'recorder clear');
          }}
          onBlur={() => (confirming.value = false)}
        >
          {confirming.value ? tr('recorder.clearConfirm') : tr('recorder.clear')}
        </button>
      </div>
      <p id="try-hint" class="muted">
        {tr('recorder.tryHint')}
      </p>
      <div role="alert" class="problem" data-testid="recorder-refused">
        {n?.tone === 'refused' ? <p>{tr(n.key, n.params)}</p> : null}
        {n?.tone === 'refused' && issues.length ? (
          <ul class="issues" data-testid="export-issues">
            {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <li key={i}>
                <code>{formatIssue(issue, loc)}</code>
              </li>
            ))}
            {issues.length > SHOWN_ISSUES ? (
              <li>{tr('authors.issuesMore', { n: issues.length - SHOWN_ISSUES })}</li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
