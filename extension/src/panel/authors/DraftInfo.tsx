/** The guide's id, procedure, title and summary: Vietnamese required, English and Khmer taking it when left empty. */
import { localize, PROCEDURE_IDS, procedureById, type Locale, type Localized } from '@papi/core';
import { attempt, L, tr } from '../state.js';
import { draft, edit, type RecorderApi } from './record-flow.js';
import { LOCALES } from './StepTexts.js';

function InfoText({ api, field, max }: { api: RecorderApi; field: 'title' | 'summary'; max: number }) {
  const value: Localized = draft.value.info[field];
  const set = (loc: Locale, text: string): void =>
    attempt(
      edit(api, (d) => ({ ...d, info: { ...d.info, [field]: { ...d.info[field], [loc]: text } } })),
      'recorder edit',
    );
  return (
    <>
      {LOCALES.map((loc) => (
        <div key={loc}>
          <label for={`draft-${field}-${loc}`}>
            {tr(loc === 'vi' && field === 'summary' ? 'recorder.lang.viOptional' : `recorder.lang.${loc}`, {
              field: tr(field === 'title' ? 'recorder.guideTitle' : 'recorder.summary'),
            })}
          </label>
          <input
            id={`draft-${field}-${loc}`}
            lang={loc}
            maxLength={max}
            required={loc === 'vi' && field === 'title'}
            value={value[loc]}
            onInput={(e) => set(loc, (e.target as HTMLInputElement).value)}
          />
        </div>
      ))}
    </>
  );
}

export function DraftInfo({ api }: { api: RecorderApi }) {
  const { info } = draft.value;
  const loc = L();
  return (
    <fieldset class="draft-info">
      <legend>{tr('recorder.info')}</legend>
      <label for="draft-id">{tr('recorder.id')}</label>
      <input
        id="draft-id"
        required
        maxLength={60}
        value={info.id}
        onInput={(e) => {
          const id = (e.target as HTMLInputElement).value;
          attempt(
            edit(api, (d) => ({ ...d, info: { ...d.info, id } })),
            'recorder edit',
          );
        }}
      />
      <label for="draft-procedure">{tr('recorder.procedure')}</label>
      <select
        id="draft-procedure"
        value={info.procedure}
        onChange={(e) => {
          const procedure = (e.target as HTMLSelectElement).value;
          attempt(
            edit(api, (d) => ({ ...d, info: { ...d.info, procedure } })),
            'recorder edit',
          );
        }}
      >
        {[...PROCEDURE_IDS].map((id) => (
          <option key={id} value={id}>
            {localize(procedureById(id)?.name, loc) || id}
          </option>
        ))}
      </select>
      <InfoText api={api} field="title" max={200} />
      <InfoText api={api} field="summary" max={1000} />
      <p class="muted">{tr('recorder.fallback')}</p>
    </fieldset>
  );
}
