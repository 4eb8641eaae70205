/** The draft's steps, in order, each editable; a manual step can be added; the focus follows a moved step. */
import { useEffect, useRef } from 'preact/hooks';
import { insertManualStep } from '../../recorder/draft.js';
import { attempt, tr } from '../state.js';
import { draft, editSteps, focusAfter, type RecorderApi } from './record-flow.js';
import { StepEditor } from './StepEditor.js';

/** The control to focus after a change: the one asked for, else the step's first enabled button. */
function focusTarget(list: HTMLElement, key: string, control: string): HTMLElement | null {
  if (!key) return list.parentElement?.querySelector<HTMLElement>('[data-control="add"]') ?? null;
  const item = list.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (!item) return null;
  if (control === 'title') return item.querySelector<HTMLElement>('input');
  const candidates = [control, 'up', 'down', 'delete'].map((c) =>
    item.querySelector<HTMLButtonElement>(`[data-control="${c}"]`),
  );
  return candidates.find((b) => b && !b.disabled) ?? null;
}

export function DraftSteps({ api }: { api: RecorderApi }) {
  const { steps } = draft.value;
  const list = useRef<HTMLOListElement>(null);
  const wanted = focusAfter.value;
  useEffect(() => {
    if (!wanted || !list.current) return;
    const el = focusTarget(list.current, wanted.key, wanted.control);
    if (el) {
      el.focus();
      focusAfter.value = null;
    }
  }, [wanted, steps]);
  return (
    <div>
      <h4 id="draft-steps-h">{tr('recorder.steps', { count: steps.length })}</h4>
      {steps.length === 0 ? <p>{tr('recorder.none')}</p> : null}
      <ol class="draft-steps" aria-labelledby="draft-steps-h" ref={list}>
        {steps.map((s, i) => (
          <StepEditor key={s.key} api={api} step={s} index={i} count={steps.length} />
        ))}
      </ol>
      <div class="buttons">
        <button
          type="button"
          data-control="add"
          onClick={() =>
            attempt(
              editSteps(api, (d) => {
                const next = insertManualStep(d, d.steps.length);
                focusAfter.value = { key: next.steps.at(-1)!.key, control: 'title' };
                return next;
              }),
              'recorder edit',
            )
          }
        >
          {tr('recorder.add')}
        </button>
      </div>
    </div>
  );
}
