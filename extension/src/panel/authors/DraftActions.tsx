/** "Try it" on the open portal page, "Export" as a guide file, why either was refused, and a new draft. */
import { signal } from '@preact/signals';
import { attempt, tr } from '../state.js';
import { IssueList } from './IssueList.js';
import { clearDraft, exportGuide, exportIssues, recNotice, tryDraft, type RecorderApi } from './record-flow.js';

/** "New draft" asks to be pressed again before it empties the draft. */
const confirming = signal(false);

export function DraftActions({ api }: { api: RecorderApi }) {
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
        {n?.tone === 'refused' ? <IssueList issues={issues} testId="export-issues" /> : null}
      </div>
    </div>
  );
}
