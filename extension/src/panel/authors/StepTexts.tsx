/** A step's title, tip and instructions, each in Vietnamese (required), English and Khmer. */
import type { Locale } from '@papi/core';
import type { StepText } from '../../recorder/draft.js';
import { setStepText } from '../../recorder/draft.js';
import type { DraftStep } from '../../recorder/draft-step.js';
import { attempt, tr } from '../state.js';
import { editSteps, type RecorderApi } from './record-flow.js';

export const LOCALES: readonly Locale[] = ['vi', 'en', 'km'];
const FIELDS: readonly { readonly field: StepText; readonly max: number }[] = [
  { field: 'title', max: 200 },
  { field: 'tip', max: 400 },
  { field: 'instructions', max: 1000 },
];

/** The Vietnamese texts a step still lacks (each is required; English and Khmer fall back to them). */
export function missingTexts(step: DraftStep): StepText[] {
  return FIELDS.filter(({ field }) => step[field].vi.trim() === '').map(({ field }) => field);
}

export function StepTexts({ api, step, index }: { api: RecorderApi; step: DraftStep; index: number }) {
  const field = (loc: Locale) =>
    FIELDS.map(({ field, max }) => {
      const id = `step-${step.key}-${field}-${loc}`;
      const set = (text: string): void =>
        attempt(
          editSteps(api, (d) => setStepText(d, index, field, loc, text)),
          'recorder edit',
        );
      const label = tr(`recorder.lang.${loc}`, { field: tr(`recorder.field.${field}`) });
      return (
        <div key={id}>
          <label for={id}>{label}</label>
          {field === 'title' ? (
            <input
              id={id}
              lang={loc}
              maxLength={max}
              required={loc === 'vi'}
              value={step[field][loc]}
              onInput={(e) => set((e.target as HTMLInputElement).value)}
            />
          ) : (
            <textarea
              id={id}
              lang={loc}
              rows={2}
              maxLength={max}
              required={loc === 'vi'}
              value={step[field][loc]}
              onInput={(e) => set((e.target as HTMLTextAreaElement).value)}
            />
          )}
        </div>
      );
    });
  const others = LOCALES.filter((loc) => loc !== 'vi');
  // Nine boxes a step were too many to scan: the translations fold away until written or asked for.
  const translated = others.some((loc) => FIELDS.some(({ field: f }) => step[f][loc] !== ''));
  return (
    <>
      {field('vi')}
      <details class="translations" open={translated}>
        <summary>{tr('recorder.translations')}</summary>
        {others.map(field)}
      </details>
    </>
  );
}
