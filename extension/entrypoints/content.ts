import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkSteps, isCheckRequest } from '../src/check-here.js';
import { startContent } from '../src/content-app.js';
import { PORTAL_MATCHES } from '../src/hosts.js';
import type { FromContent, StateMessage } from '../src/messages.js';
import { createRecorder } from '../src/recorder/recorder.js';

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
    // The guide recorder (Authors): off until the background says this tab records. It posts where the author
    // clicked, chose or typed, never what.
    const post = (message: FromContent): Promise<unknown> => browser.runtime.sendMessage(message);
    const recorder = createRecorder({
      doc: document,
      location: () => window.location.href,
      post: (step) => void post({ type: 'recorder-step', step }).catch(() => undefined),
    });
    // A page of the portal loaded while recording goes on recording.
    void post({ type: 'recorder-ask' })
      .then((answer) => recorder.onMessage(answer))
      .catch(() => undefined);
    // Only the extension itself reaches this listener (the page cannot): the state, "check this guide here", and
    // the recorder's start and stop.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as StateMessage;
      if (m?.type === 'state') app.onView(m.view);
      else if (isCheckRequest(message)) return Promise.resolve(checkSteps(document, window.location.href, message));
      else recorder.onMessage(message);
      return undefined;
    });
  },
});
