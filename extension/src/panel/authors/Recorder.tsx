/** "Record a guide": start and stop recording on the portal, edit the draft's steps, try it, export it. */
import { tr } from '../state.js';
import { DraftActions } from './DraftActions.js';
import { DraftInfo } from './DraftInfo.js';
import { DraftSteps } from './DraftSteps.js';
import type { RecorderApi } from './record-flow.js';
import { RecordControls } from './RecordControls.js';

export function Recorder({ api }: { api: RecorderApi }) {
  return (
    <div class="block" data-testid="recorder">
      <h3>{tr('recorder.title')}</h3>
      <RecordControls api={api} />
      <DraftInfo api={api} />
      <DraftSteps api={api} />
      <DraftActions api={api} />
    </div>
  );
}
