// Feedback in Chromium: from the click on send to the committed outbox write, beside a bare IndexedDB put of the
// same item in the same page (the floor any durable outbox pays), in alternating rounds.
import { startFeedbackPages } from '../fixtures/widgets/feedback-server.js';
import { launchBrowser } from '../support/browser.js';
import { formatMs, record } from './harness.js';

const BUDGET_MS = 30;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function benchFeedbackOutbox(rounds = 41): Promise<void> {
  const pages = await startFeedbackPages(); // its own same-origin receiver answers the background sends
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(new URL('feedback.html', pages.url).href);
    await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
    const { subject, baseline } = await page.evaluate(async (n) => {
      type Button = HTMLElement & {
        minFillMs: number;
        show(): Promise<void>;
        close(): void;
        updateComplete: Promise<boolean>;
        record(): { id: string };
      };
      const el = document.querySelector('#fb') as Button;
      const root = el.shadowRoot!;
      el.minFillMs = 0;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('papi-bench-baseline', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('outbox', { keyPath: 'id' });
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const comment = 'Thủ tục khai sinh làm nhanh, cán bộ hướng dẫn tận tình.';
      const viaButton = async (): Promise<number> => {
        await el.show();
        (root.querySelector('input[name="rating"][value="4"]') as HTMLInputElement).click();
        const area = root.querySelector('textarea')!;
        area.value = comment;
        area.dispatchEvent(new Event('input'));
        await el.updateComplete;
        const queued = new Promise((resolve) => el.addEventListener('papi-feedback-queued', resolve, { once: true }));
        const start = performance.now();
        (root.querySelector('[part~="send"]') as HTMLButtonElement).click();
        await queued;
        const ms = performance.now() - start;
        el.close();
        await el.updateComplete;
        return ms;
      };
      const barePut = async (): Promise<number> => {
        const body = { ...el.record(), rating: 4, comment };
        const item = {
          id: body.id,
          kind: 'feedback',
          endpoint: `${location.origin}/api/feedback`,
          body,
          createdAt: Date.now(),
          attempts: 0,
          nextAttemptAt: 0,
          state: 'queued',
        };
        const start = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('outbox', 'readwrite');
          tx.objectStore('outbox').put(item);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        return performance.now() - start;
      };
      for (let i = 0; i < 3; i++) {
        await viaButton();
        await barePut();
      }
      const subject: number[] = [];
      const baseline: number[] = [];
      for (let r = 0; r < n; r++) {
        if (r % 2) {
          baseline.push(await barePut());
          subject.push(await viaButton());
        } else {
          subject.push(await viaButton());
          baseline.push(await barePut());
        }
      }
      db.close();
      return { subject, baseline };
    }, rounds);
    const value = median(subject);
    const base = median(baseline);
    record({
      figure: 'feedback: click on send → committed outbox write (Chromium)',
      value: formatMs(value),
      baseline: `${formatMs(base)} (bare IndexedDB put)`,
      ratio: `${(value / base).toFixed(2)}×`,
      budget: `< ${BUDGET_MS} ms`,
      ok: value < BUDGET_MS,
    });
  } finally {
    await browser.close();
    await pages.close();
  }
}
