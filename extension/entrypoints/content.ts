import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../src/content-app.js';
import type { StateMessage } from '../src/messages.js';

export default defineContentScript({
  matches: ['https://dichvucong.gov.vn/*', 'https://sso.dancuquocgia.gov.vn/*'],
  runAt: 'document_idle',
  main() {
    const app = startContent({
      win: window,
      send: (message) => {
        void browser.runtime
          .sendMessage(message)
          .then((view) => {
            if (view !== undefined) app.onView(view as StateMessage['view']);
          })
          .catch(() => undefined);
      },
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as StateMessage;
      if (m?.type === 'state') app.onView(m.view);
      return undefined;
    });
  },
});
