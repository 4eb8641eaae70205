import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, attempt, setView, settings, type PanelApi } from '../../src/panel/App.js';
import { t } from '../../src/i18n/index.js';
import { loadImported, saveImported } from '../../src/guides/imported.js';
import type { ActiveView, CheckOutcome, RecorderStatus, StateMessage } from '../../src/messages.js';
import type { RecorderApi } from '../../src/panel/authors/record-flow.js';
import { DRAFT_KEY } from '../../src/recorder/stored-draft.js';
import { INBOX_KEY, parseInbox, parseRecording, RECORDING_KEY } from '../../src/recorder/session.js';
import { loadSettings, saveSettings } from '../../src/settings.js';
import { Store } from '../../src/store.js';

const storeReady = Store.open();
const area = browser.storage.local as never;

/** Saves a file the author asked for: a Blob URL and a link with `download` (no "downloads" permission). */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const sessionArea = (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
const recorder: RecorderApi = {
  command: async (command) =>
    (await browser.runtime.sendMessage({
      type: command === 'start' ? 'recorder-start' : 'recorder-stop',
    })) as RecorderStatus,
  status: async () => parseRecording((await sessionArea.get(RECORDING_KEY))[RECORDING_KEY]),
  loadInbox: async () => parseInbox((await browser.storage.local.get(INBOX_KEY))[INBOX_KEY]),
  loadDraft: async () => (await browser.storage.local.get(DRAFT_KEY))[DRAFT_KEY],
  saveDraft: (draft) => browser.storage.local.set({ [DRAFT_KEY]: draft }),
  tryGuide: async (guide) => (await browser.runtime.sendMessage({ type: 'recorder-try', guide })) as ActiveView | null,
  onChange(callback) {
    browser.storage.onChanged.addListener((changes) => {
      if (Object.hasOwn(changes, INBOX_KEY) || Object.hasOwn(changes, RECORDING_KEY)) callback();
    });
  },
  download,
};

const api: PanelApi = {
  recorder,
  send: async (message) => (await browser.runtime.sendMessage(message)) as ActiveView | null,
  cases: async () => (await storeReady).cases(),
  failures: async () => (await storeReady).failures(),
  saveSettings: (s) => saveSettings(area, s),
  loadImported: () => loadImported(area),
  saveImported: (list) => saveImported(area, list),
  check: async (guideId) => (await browser.runtime.sendMessage({ type: 'check-guide', guideId })) as CheckOutcome,
  download: (name, text) => download(name, text, 'text/csv;charset=utf-8'),
};

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as StateMessage;
  if (m?.type === 'state') setView(m.view);
  return undefined;
});

async function start(): Promise<void> {
  // Unreadable settings leave the defaults (Vietnamese): the panel still opens.
  settings.value = await loadSettings(area).catch(() => settings.value);
  // The page's language and title follow the clerk's choice in the options, as the panel's text does.
  effect(() => {
    document.documentElement.lang = settings.value.locale;
    document.title = `PAPI – ${t(settings.value.locale, 'app.title')}`;
  });
  render(<App panelApi={api} />, document.getElementById('app')!);
  setView(await api.send({ type: 'get-state' })); // setView refreshes the cases and reports
}
attempt(start(), 'start');
