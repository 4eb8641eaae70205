import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkSteps, isCheckRequest } from '../src/check-here.js';
import { startContent } from '../src/content-app.js';
import { PORTAL_MATCHES } from '../src/hosts.js';
import type { StateMessage } from '../src/messages.js';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  // As soon as the page's DOM is parsed: "document_idle" may wait until the portal's onload (its images, the news
  // carousel), and the tip must show at once; late content is looked for anyway.
  runAt: 'document_end',
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
    // Only the extension itself reaches this listener (the page cannot): the state, and "check this guide here".
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as StateMessage;
      if (m?.type === 'state') app.onView(m.view);
      else if (isCheckRequest(message)) return Promise.resolve(checkSteps(document, window.location.href, message));
      return undefined;
    });
  },
});
