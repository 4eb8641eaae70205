/** Test fixtures shared by the extension's unit tests: a recorded click step, and a side-panel API that does nothing. */
import type { PanelApi } from '../panel/App.js';
import { type DraftStep, EMPTY_TEXT } from '../recorder/draft-step.js';

/** A recorded click on the element labelled `label`, with no texts written yet. */
export const clickStep = (key: string, label: string): DraftStep => ({
  key,
  url: ['dichvucong.gov.vn/'],
  title: EMPTY_TEXT,
  tip: EMPTY_TEXT,
  instructions: EMPTY_TEXT,
  target: { label },
  advance: { kind: 'click' },
  alternatives: [{ strategy: 'label', target: { label } }],
  strategy: 'label',
});

/** The side panel's API with nothing behind it: no cases, no guides imported, no portal page; `overrides` replace any of it. */
export const stubPanelApi = (overrides: Partial<PanelApi> = {}): PanelApi => ({
  send: async () => null,
  cases: async () => [],
  failures: async () => [],
  saveSettings: async () => undefined,
  download: () => undefined,
  loadImported: async () => [],
  saveImported: async () => undefined,
  check: async (guideId) => ({ ok: false, guideId, reason: 'no-page' }),
  ...overrides,
});
