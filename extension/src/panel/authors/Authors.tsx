/** The Authors section (on when turned on in the options): import guide files, list and remove them, check a guide. */
import type { PanelApi } from '../App.js';
import { attempt, tab, tr } from '../state.js';
import { checkGuideId, reportedStep, runCheck } from './check-flow.js';
import { CheckGuide } from './CheckGuide.js';
import { loadGuides } from './import-flow.js';
import { ImportedList } from './ImportedList.js';
import { ImportGuide } from './ImportGuide.js';
import { initRecorder } from './record-flow.js';
import { Recorder } from './Recorder.js';

let api: PanelApi;

/** Gives the section the panel's API and reads the imported guides (the procedure cards offer them too). */
export function initAuthors(panelApi: PanelApi): void {
  api = panelApi;
  attempt(loadGuides(api), 'imported guides');
  if (api.recorder) attempt(initRecorder(api.recorder), 'recorder');
}

/** From the locator-failure report: the Authors section, that guide checked on the open page, that step marked. */
export function checkFromReport(guideId: string, stepId: string): void {
  checkGuideId.value = guideId;
  reportedStep.value = stepId;
  tab.value = 'authors';
  attempt(runCheck(api, guideId), 'check');
}

export function Authors() {
  return (
    <section aria-labelledby="authors-h">
      <h2 id="authors-h">{tr('nav.authors')}</h2>
      <p class="muted">{tr('authors.intro')}</p>
      {api.recorder ? <Recorder api={api.recorder} /> : null}
      <ImportGuide api={api} />
      <ImportedList api={api} />
      <CheckGuide api={api} />
    </section>
  );
}
