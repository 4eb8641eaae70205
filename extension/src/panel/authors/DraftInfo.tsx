/** The guide's id, procedure, title and summary: Vietnamese required, English and Khmer taking it when left empty. */
import { localize, PROCEDURE_IDS, procedureById, type Locale, type Localized } from '@papi/core';
import { attempt, L, tr } from '../state.js';
import { draft, edit, type RecorderApi } from './record-flow.js';
import { LOCALES } from './StepTexts.js';
import type { StoredDraft } from '../../recorder/stored-draft.js';

type Info = StoredDraft['info'];

/** Changes the guide's information in the stored draft. */
const editInfo = (api: RecorderApi, change: (info: Info) => Info): void =>
  attempt(
    edit(api, (d) => ({ ...d, info: change(d.info) })),
    'recorder edit',
  );

function InfoText({ api, field, max }: { api: RecorderApi; field: 'title' | 'summary'; max: number }) {
  const value: Localized = draft.value.info[field];
  // The title is required; an empty summary takes the title.
  const required = field === 'title';
  const set = (loc: Locale, text: string): void =>
    editInfo(api, (info) => ({ ...info, [field]: { ...info[field], [loc]: text } }));
  return (
    <>
      {LOCALES.map((loc) => (
        <div key={loc}>
          <label for={`draft-${field}-${loc}`}>
            {tr(loc === 'vi' && !required ? 'recorder.lang.viOptional' : `recorder.lang.${loc}`, {
              field: tr(field === 'title' ? 'recorder.guideTitle' : 'recorder.summary'),
            })}
          </label>
          <input
            id={`draft-${field}-${loc}`}
            lang={loc}
            maxLength={max}
            required={loc === 'vi' && required}
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
          editInfo(api, (i) => ({ ...i, id }));
        }}
      />
      <label for="draft-procedure">{tr('recorder.procedure')}</label>
      <select
        id="draft-procedure"
        value={info.procedure}
        onChange={(e) => {
          const procedure = (e.target as HTMLSelectElement).value;
          editInfo(api, (i) => ({ ...i, procedure }));
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
