/** The file input, what became of the last file, and the question when its guide's id is taken. */
import { formatDateTime, localize } from '@papi/core';
import { useEffect, useRef } from 'preact/hooks';
import { anyGuideById } from '../guides.js';
import { attempt, L, tr } from '../state.js';
import { IssueList } from './IssueList.js';
import {
  importFile,
  MAX_KB,
  notice,
  question,
  settle,
  type Choice,
  type ImportApi,
  type Notice,
} from './import-flow.js';

function NoticeText({ n }: { n: Notice }) {
  const loc = L();
  const guide = typeof n.params.id === 'string' ? anyGuideById(n.params.id) : undefined;
  const params = guide ? { ...n.params, title: localize(guide.title, loc) } : n.params;
  const issues = n.issues ?? [];
  return (
    <>
      <p>{tr(n.key, params)}</p>
      <IssueList issues={issues} testId="import-issues" />
    </>
  );
}

function ClashQuestion({ api, onDone }: { api: ImportApi; onDone: () => void }) {
  const q = question.value!;
  const first = useRef<HTMLButtonElement>(null);
  // The question takes the focus when it appears, so a keyboard user meets it at once.
  useEffect(() => first.current?.focus(), [q]);
  const loc = L();
  const { clash } = q;
  const answer = (choice: Choice): void => {
    attempt(settle(api, choice), 'import');
    onDone();
  };
  const text = clash.builtIn
    ? tr('authors.clash.builtIn', {
        file: q.file,
        id: clash.guide.id,
        title: localize(anyGuideById(clash.guide.id)?.title, loc),
        newId: clash.newId,
      })
    : tr('authors.clash.imported', {
        file: q.file,
        id: clash.guide.id,
        title: localize(clash.earlier!.guide.title, loc),
        earlier: clash.earlier!.file,
        date: formatDateTime(Date.parse(clash.earlier!.importedAt), loc),
        newId: clash.newId,
      });
  return (
    <div
      class="question"
      role="group"
      aria-labelledby="clash-h"
      aria-describedby="clash-text"
      onKeyDown={(e) => {
        if (e.key === 'Escape') answer('cancel');
      }}
    >
      <h4 id="clash-h">{tr('authors.clash.title')}</h4>
      <p id="clash-text">{text}</p>
      <div class="buttons">
        <button type="button" ref={first} onClick={() => answer('new-version')}>
          {tr('authors.clash.newVersion', { newId: clash.newId })}
        </button>
        {clash.earlier ? (
          <button type="button" onClick={() => answer('replace')}>
            {tr('authors.clash.replace')}
          </button>
        ) : null}
        <button type="button" onClick={() => answer('cancel')}>
          {tr('authors.clash.cancel')}
        </button>
      </div>
    </div>
  );
}

export function ImportGuide({ api }: { api: ImportApi }) {
  const input = useRef<HTMLInputElement>(null);
  const n = notice.value;
  return (
    <div class="block">
      <h3>{tr('authors.import')}</h3>
      <label for="guide-file">{tr('authors.file', { max: MAX_KB })}</label>
      <input
        id="guide-file"
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const el = e.target as HTMLInputElement;
          const file = el.files?.[0];
          if (!file) return;
          // Cleared at once, so choosing the same file again (after repairing it) is a new import.
          attempt(
            importFile(api, file).finally(() => (el.value = '')),
            'import',
          );
        }}
      />
      {question.value ? <ClashQuestion api={api} onDone={() => input.current?.focus()} /> : null}
      <div role="status" data-testid="import-ok">
        {n?.tone === 'ok' ? <NoticeText n={n} /> : null}
      </div>
      <div role="alert" class="problem" data-testid="import-refused">
        {n?.tone === 'refused' ? <NoticeText n={n} /> : null}
      </div>
    </div>
  );
}
