import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { guideBook, loadGuideBook } from '../src/guides/book.js';
import { Hub } from '../src/hub.js';
import { admit } from '../src/inbox/index.js';
import type { StateMessage } from '../src/messages.js';
import { loadSettings } from '../src/settings.js';
import { Store } from '../src/store.js';

export default defineBackground(() => {
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  // getURL's type lists only files WXT knows of; guides.json is written by the build's hook.
  const ownUrl = (path: string): string => (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);
  // The guides are data in the extension's own files, read once per start of the background.
  const guides = loadGuideBook(async (file) => (await fetch(ownUrl(`/${file}`))).text()).then(
    (book) => {
      if (book.refused.length) console.warn('papi background: guides left out:', book.refused);
      return book;
    },
    (error: unknown) => {
      console.error('papi background: the guides could not be read:', error);
      return guideBook([]);
    },
  );
  const hub = Promise.all([Store.open(), guides]).then(
    ([store, book]) =>
      new Hub({
        store,
        guides: book,
        settings: () => loadSettings(browser.storage.local as never),
        broadcast: (message: StateMessage, tabId) => {
          if (tabId !== undefined) browser.tabs.sendMessage(tabId, message).catch(() => undefined);
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
      }),
  );

  // Only the side panel and the content script on the portal are heard, and only in the messages' known shapes.
  const self = { id: browser.runtime.id, base: ownUrl('/') };
  // The messaging API answers with the promise a listener returns; its types only say void.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const admitted = admit(message, sender, self);
    if (!admitted.ok) {
      console.warn(`papi background: message refused: ${admitted.reason}`);
      return undefined;
    }
    return hub.then((h) => h.handle(admitted.message, admitted.tabId));
  });
});
