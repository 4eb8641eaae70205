import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkGuideHere } from '../src/check-guide.js';
import { liveGuideBook, readGuideData } from '../src/guides/book.js';
import { bookData, IMPORTED_KEY, loadImported } from '../src/guides/imported.js';
import { onPortal } from '../src/hosts.js';
import { Hub } from '../src/hub.js';
import { admit } from '../src/inbox/index.js';
import type { RecorderStatus, StateMessage } from '../src/messages.js';
import type { RecorderCommand } from '../src/recorder/recorder.js';
import { knownPatterns, recorderSession, TRIAL_ID, TRIAL_KEY, type Area } from '../src/recorder/session.js';
import { loadSettings, unitPortalName } from '../src/settings.js';
import { Store } from '../src/store.js';

export default defineBackground(() => {
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  const area = browser.storage.local as never;
  // The recorder's flag and "try it"'s guide live for the browser's session (a service worker restarts often).
  const sessionArea = ((browser.storage as { session?: unknown }).session ?? browser.storage.local) as Area;
  // getURL's type lists only files WXT knows of; guides.json is written by the build's hook.
  const ownUrl = (path: string): string => (browser.runtime as unknown as { getURL(p: string): string }).getURL(path);
  // The built-in guides are data in the extension's own files, read once per start of the background.
  const builtIn = readGuideData(async (file) => (await fetch(ownUrl(`/${file}`))).text()).catch((error: unknown) => {
    console.error('papi background: the guides could not be read:', error);
    return [] as unknown[];
  });
  // With them, the guides imported in the side panel's Authors section (storage.local), read again when they change.
  const book = liveGuideBook();
  let reading: Promise<void> = Promise.resolve();
  const readBook = (): Promise<void> =>
    (reading = reading.then(async () => {
      const imported = await loadImported(area).catch((error: unknown) => {
        console.error('papi background: the imported guides could not be read:', error);
        return [];
      });
      // The recorder's draft being tried, as a guide like the imported ones (under its own id).
      const trial = (await sessionArea.get(TRIAL_KEY).catch((): Record<string, unknown> => ({})))[TRIAL_KEY];
      book.set([...bookData(await builtIn, imported), ...(trial ? [trial] : [])]);
      if (book.refused.length) console.warn('papi background: guides left out:', book.refused);
    }));
  const bookReady = readBook();
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.hasOwn(changes, IMPORTED_KEY))
      readBook()
        .then(async () => (await hub).guidesChanged())
        .catch((error: unknown) => console.error('papi background: guides not read again:', error));
  });

  const hub = Promise.all([Store.open(), bookReady]).then(
    ([store]) =>
      new Hub({
        store,
        guides: book,
        settings: () => loadSettings(area),
        broadcast: (message: StateMessage, tabId) => {
          if (tabId !== undefined) browser.tabs.sendMessage(tabId, message).catch(() => undefined);
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
      }),
  );

  /** The portal tab in use: the active tab when it shows the portal, else the portal tab that reported last. */
  const portalTab = async (h: Hub): Promise<number | undefined> => {
    // Without the "tabs" permission a tab's address is known only on the portal's hosts, which is all this needs.
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
    return active?.id !== undefined && active.url !== undefined && onPortal(active.url) ? active.id : h.portalTab;
  };

  const recorderCommand = (command: 'start' | 'stop'): RecorderCommand =>
    command === 'start' ? { type: 'recorder', command, known: knownPatterns(book.all) } : { type: 'recorder', command };
  const recorder = recorderSession({
    session: sessionArea,
    local: area,
    tell: (tabId, command) =>
      void browser.tabs.sendMessage(tabId, recorderCommand(command), { frameId: 0 }).catch(() => undefined),
  });

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
    const m = admitted.message;
    // A message waits for the guides being read again, so a guide just imported is known to it.
    if (m.type === 'check-guide')
      return Promise.all([hub, reading]).then(([h]) =>
        checkGuideHere(book.byId(m.guideId), m.guideId, {
          portalTab: () => portalTab(h),
          ask: (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
          unitName: async () => unitPortalName((await loadSettings(area)).unitId),
          warn: (reason) => console.warn(`papi background: check answer refused: ${reason}`),
        }),
      );
    if (m.type === 'recorder-ask')
      // After the guides are read (their URL patterns go with a start); a failed read does not stop the recording.
      return Promise.all([recorder.shouldRecord(admitted.tabId), reading.catch(() => undefined)]).then(([on]) =>
        recorderCommand(on ? 'start' : 'stop'),
      );
    if (m.type === 'recorder-step')
      return recorder.add(m.step, admitted.tabId).then((kept) => {
        if (!kept) console.warn('papi background: recorded step refused: not recording on that tab');
        return kept;
      });
    if (m.type === 'recorder-stop') return recorder.stop().then((): RecorderStatus => ({ recording: false }));
    if (m.type === 'recorder-start')
      return hub.then(async (h): Promise<RecorderStatus> => {
        const tab = await portalTab(h);
        if (tab === undefined) return { recording: false, problem: 'no-page' };
        await recorder.start(tab);
        return { recording: true };
      });
    if (m.type === 'recorder-try')
      return sessionArea
        .set({ [TRIAL_KEY]: { ...m.guide, id: TRIAL_ID } })
        .then(readBook)
        .then(() => Promise.all([hub, reading]))
        .then(([h]) => h.handle({ type: 'start', guideId: TRIAL_ID }));
    return Promise.all([hub, reading]).then(([h]) => h.handle(m, admitted.tabId));
  });
});
