/**
 * One recorded step in the draft: its texts, its target (one of the checked proposals), its advance condition, its
 * URL patterns, and the buttons that move, delete it or insert a manual step after it.
 */
import type { Locator } from '@papi/core';
import { useState } from 'preact/hooks';
import {
  advanceChoices,
  deleteStep,
  insertManualStep,
  moveStep,
  setStepAdvance,
  setStepTarget,
  setStepUrl,
  type EditableAdvance,
} from '../../recorder/draft.js';
import type { DraftStep } from '../../recorder/draft-step.js';
import { strategiesOf } from '../../locator.js';
import { attempt, tr } from '../state.js';
import { editSteps, focusAfter, type RecorderApi } from './record-flow.js';
import { missingTexts, StepTexts } from './StepTexts.js';

/** A target as the author reads it: the strategies it uses, and what it looks for. */
export function describeTarget(loc: Locator): string {
  const how = strategiesOf(loc)
    .map((s) => tr(`strategy.${s}`))
    .join(' + ');
  const role = loc.role ? `${loc.role}${loc.name ? ` “${loc.name}”` : ''}` : undefined;
  const what = [loc.dataName && `“${loc.dataName}”`, loc.label && `“${loc.label}”`, role, loc.css && `“${loc.css}”`]
    .filter(Boolean)
    .join(', ');
  return `${how}: ${what}`;
}

export function StepEditor({
  api,
  step,
  index,
  count,
}: {
  api: RecorderApi;
  step: DraftStep;
  index: number;
  count: number;
}) {
  const n = index + 1;
  const id = (part: string): string => `step-${step.key}-${part}`;
  const act = (work: Promise<void>): void => attempt(work, 'recorder edit');
  const move = (to: number, control: string): void => {
    focusAfter.value = { key: step.key, control };
    act(editSteps(api, (d) => moveStep(d, index, to)));
  };
  const chosen = step.target
    ? step.alternatives.findIndex((a) => JSON.stringify(a.target) === JSON.stringify(step.target))
    : -1;
  const missing = missingTexts(step);
  // A long draft is scanned for what is left to write: a step already written comes folded (when the panel opens),
  // one still missing texts open. Afterwards it stays as the author leaves it, never folding while they type.
  const [open] = useState(missing.length > 0);
  return (
    <li data-key={step.key} data-testid="draft-step">
      <fieldset>
        <legend>
          {tr('recorder.step', { n })}
          {step.title.vi ? ` — ${step.title.vi}` : ''}
        </legend>
        <details class="step-body" open={open}>
          <summary class={missing.length ? 'missing' : undefined}>
            {missing.length
              ? tr('recorder.stepMissing', { fields: missing.map((f) => tr(`recorder.field.${f}`)).join(', ') })
              : tr('recorder.stepReady')}
          </summary>
          <StepTexts api={api} step={step} index={index} />
          {step.target ? (
            <>
              <label for={id('target')}>{tr('recorder.target')}</label>
              <select
                id={id('target')}
                value={String(chosen)}
                onChange={(e) =>
                  act(editSteps(api, (d) => setStepTarget(d, index, Number((e.target as HTMLSelectElement).value))))
                }
              >
                {chosen < 0 ? <option value="-1">{describeTarget(step.target)}</option> : null}
                {step.alternatives.map((a, i) => (
                  <option key={i} value={String(i)}>
                    {describeTarget(a.target)}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <p>
              <strong>{tr('recorder.target')}</strong>: {tr('recorder.targetNone')}
            </p>
          )}
          <label for={id('advance')}>{tr('recorder.advance')}</label>
          <select
            id={id('advance')}
            value={step.advance.kind}
            onChange={(e) =>
              act(
                editSteps(api, (d) =>
                  setStepAdvance(d, index, (e.target as HTMLSelectElement).value as EditableAdvance),
                ),
              )
            }
          >
            {advanceChoices(step).map((k) => (
              <option key={k} value={k}>
                {tr(`recorder.advance.${k}`)}
              </option>
            ))}
          </select>
          <label for={id('url')}>{tr('recorder.url')}</label>
          <textarea
            id={id('url')}
            rows={Math.max(1, step.url.length)}
            spellcheck={false}
            value={step.url.join('\n')}
            onInput={(e) => {
              const lines = (e.target as HTMLTextAreaElement).value.split('\n').map((l) => l.trim());
              act(editSteps(api, (d) => setStepUrl(d, index, lines.filter(Boolean))));
            }}
          />
        </details>
        <div class="buttons">
          <button type="button" data-control="up" disabled={index === 0} onClick={() => move(index - 1, 'up')}>
            {tr('recorder.up', { n })}
          </button>
          <button
            type="button"
            data-control="down"
            disabled={index === count - 1}
            onClick={() => move(index + 1, 'down')}
          >
            {tr('recorder.down', { n })}
          </button>
          <button
            type="button"
            data-control="insert"
            onClick={() => {
              act(
                editSteps(api, (d) => {
                  const next = insertManualStep(d, index + 1);
                  focusAfter.value = { key: next.steps[index + 1]!.key, control: 'title' };
                  return next;
                }),
              );
            }}
          >
            {tr('recorder.insert', { n })}
          </button>
          <button
            type="button"
            data-control="delete"
            onClick={() => {
              act(
                editSteps(api, (d) => {
                  const neighbour = d.steps[index + 1] ?? d.steps[index - 1];
                  focusAfter.value = neighbour
                    ? { key: neighbour.key, control: 'delete' }
                    : { key: '', control: 'add' };
                  return deleteStep(d, index);
                }),
              );
            }}
          >
            {tr('recorder.delete', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
