import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Hub } from '../src/hub.js';
import type { StateMessage, ToBackground } from '../src/messages.js';
import { loadSettings } from '../src/settings.js';
import { Store } from '../src/store.js';

export default defineBackground(() => {
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  const hub = Store.open().then(
    (store) =>
      new Hub({
        store,
        settings: () => loadSettings(browser.storage.local as never),
        broadcast: (message: StateMessage, tabId) => {
          if (tabId !== undefined) browser.tabs.sendMessage(tabId, message).catch(() => undefined);
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
      }),
  );

  // The messaging API answers with the promise a listener returns; its types only say void.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type === 'state')
      return undefined;
    return hub.then((h) => h.handle(message as ToBackground, sender.tab?.id));
  });
});
