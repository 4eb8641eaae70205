/** Start and stop recording, and the recording state, said to screen readers as it changes. */
import { attempt, tr } from '../state.js';
import { draft, recording, recNotice, startRecording, stopRecording, type RecorderApi } from './record-flow.js';

export function RecordControls({ api }: { api: RecorderApi }) {
  const on = recording.value;
  const n = recNotice.value;
  return (
    <div class="record-controls">
      <p class="muted">{tr('recorder.hint')}</p>
      <div class="buttons">
        {on ? (
          <button type="button" class="primary" onClick={() => attempt(stopRecording(api), 'recorder stop')}>
            {tr('recorder.stop')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={() => attempt(startRecording(api), 'recorder start')}>
            {tr('recorder.start')}
          </button>
        )}
      </div>
      <p role="status" data-testid="recorder-state" data-recording={on ? 'yes' : 'no'} class={on ? 'recording' : ''}>
        {on ? `● ${tr('recorder.on', { count: draft.value.steps.length })}` : tr('recorder.off')}
      </p>
      <div role="status" data-testid="recorder-ok">
        {n?.tone === 'ok' ? <p>{tr(n.key, n.params)}</p> : null}
      </div>
    </div>
  );
}
