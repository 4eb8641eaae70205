import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, attempt, setView, settings, type PanelApi } from '../../src/panel/App.js';
import { t } from '../../src/i18n/index.js';
import { loadImported, saveImported } from '../../src/guides/imported.js';
import type { ActiveView, CheckOutcome, StateMessage } from '../../src/messages.js';
import { loadSettings, saveSettings } from '../../src/settings.js';
import { Store } from '../../src/store.js';

const storeReady = Store.open();
const area = browser.storage.local as never;

const api: PanelApi = {
  send: async (message) => (await browser.runtime.sendMessage(message)) as ActiveView | null,
  cases: async () => (await storeReady).cases(),
  failures: async () => (await storeReady).failures(),
  saveSettings: (s) => saveSettings(area, s),
  loadImported: () => loadImported(area),
  saveImported: (list) => saveImported(area, list),
  check: async (guideId) => (await browser.runtime.sendMessage({ type: 'check-guide', guideId })) as CheckOutcome,
  download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
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
