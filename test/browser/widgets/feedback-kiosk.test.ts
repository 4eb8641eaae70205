// <papi-feedback-button mode="kiosk"> on a tablet, in Chromium against the real collector, under the strict CSP: a
// resident rates by touch, gets a receipt code and a slip to print, and the kiosk resets for the next person; offline
// the rating waits on the tablet and is delivered later; a double tap is one rating.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, watchCspViolations } from '../../support/browser.js';
import { type FeedbackRig, startFeedbackRig } from '../../support/feedback-rig.js';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
/** A counter's tablet, upright. */
const TABLET = {
  viewport: { width: 800, height: 1280 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
} as const;

let rig: FeedbackRig;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  rig = await startFeedbackRig();
  browser = rig.browser;
});
afterAll(async () => {
  await rig?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const kioskUrl = () => new URL('feedback-kiosk.html', rig.pages.url).href;
const step = (page: Page) => page.locator('#kiosk .kiosk').getAttribute('data-step');
const option = (page: Page, rating: number) => page.locator(`#kiosk [part~="kiosk-option"][data-rating="${rating}"]`);
const status = (page: Page) => page.locator('#kiosk [part~="status"]').getAttribute('data-status');
const lookUp = async (code: string) => {
  const res = await fetch(`http://127.0.0.1:${rig.collector.port}/api/receipts/${code}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function open(options: Parameters<Browser['newContext']>[0] = TABLET): Promise<{ page: Page; csp: string[] }> {
  context = await browser.newContext(options);
  const page = await context.newPage();
  const csp = await watchCspViolations(page);
  await page.goto(kioskUrl());
  await option(page, 5).waitFor();
  // The page's reset-after="3" could clear the thank-you before a loaded machine has looked at it: the longest allowed.
  await page.locator('#kiosk').evaluate((el) => el.setAttribute('reset-after', '10'));
  return { page, csp };
}

/** Resolves with the detail of the kiosk's next reset (the test waits for the event, not for a time). */
function nextReset(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('papi-kiosk-reset', (e) => resolve((e as CustomEvent).detail), { once: true }),
      ),
  );
}

describe('<papi-feedback-button mode="kiosk">', () => {
  it('rates by touch with large targets, gives a code that shows nothing personal, and resets for the next person', async () => {
    const before = (await rig.records()).length;
    const { page, csp } = await open();
    // The five levels fill the screen: every target is well over 48 px, and together they take most of the height.
    const boxes = await page.locator('#kiosk [part~="kiosk-option"]').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { width: r.width, height: r.height, bottom: r.bottom };
      }),
    );
    expect(boxes).toHaveLength(5);
    for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
    expect(Math.max(...boxes.map((b) => b.bottom))).toBeGreaterThan(1280 * 0.6);
    expect(await axeViolations(page)).toEqual([]);

    await option(page, 2).tap();
    await expect.poll(() => step(page)).toBe('details');
    await page.locator('#kiosk #kiosk-comment').fill('Chờ lâu ở quầy khai sinh.');
    await page.locator('#kiosk #kiosk-dossier').fill('000.00.30.H51-260127-0001');
    expect(await page.locator('#kiosk #contact, #kiosk input[type="checkbox"]').count()).toBe(0);
    for (const part of ['send', 'cancel']) {
      const box = (await page.locator(`#kiosk [part~="${part}"]`).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
    }
    expect(await axeViolations(page)).toEqual([]);

    const reset = nextReset(page);
    await page.locator('#kiosk [part~="send"]').tap();
    await expect.poll(() => status(page)).toBe('sent');
    const code = (await page.locator('#kiosk [part~="receipt-code"]').innerText()).trim();
    expect(code).toMatch(CODE);
    const slip = await page.locator('#kiosk [part~="slip"]').innerText();
    expect(slip).toContain('Xã Lai Hòa');
    expect(slip).toContain(
      `Tra cứu tình trạng góp ý bằng mã này tại ${new URL('/feedback-status.html', rig.pages.url).href}`,
    );
    expect(slip).not.toMatch(/000\.00|Chờ lâu|Không hài lòng/);
    expect(await axeViolations(page)).toEqual([]);

    const records = await rig.records();
    expect(records).toHaveLength(before + 1);
    expect(records.at(-1)).toMatchObject({
      unit: 'xa-lai-hoa-2025',
      service: 'khai-sinh',
      rating: 2,
      comment: 'Chờ lâu ở quầy khai sinh.',
    });
    // By its code, only where it stands: nothing the resident wrote or gave.
    const byCode = await lookUp(code);
    expect(byCode).toEqual({
      status: 200,
      body: { receipt: code, status: 'received', unit: 'xa-lai-hoa-2025', receivedAt: expect.any(String) },
    });

    expect(await reset).toEqual({ reason: 'timeout' });
    await expect.poll(() => step(page)).toBe('rate');
    expect(await page.locator('#kiosk #kiosk-comment').count()).toBe(0);
    // Nothing of this resident's is left on the tablet: the outbox item held a dossier code, the code is not kept.
    const left = await page.evaluate(
      () =>
        new Promise<{ outbox: unknown[]; receipts: unknown[] }>((resolve, reject) => {
          const open = indexedDB.open('papi-widgets');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const db = open.result;
            const read = (store: string) =>
              new Promise<unknown[]>((done) => {
                if (!db.objectStoreNames.contains(store)) return done([]);
                const all = db.transaction(store).objectStore(store).getAll();
                all.onsuccess = () => done(all.result as unknown[]);
              });
            Promise.all([read('outbox'), read('receipts')]).then(([outbox, receipts]) => {
              db.close();
              resolve({ outbox: outbox!, receipts: receipts! });
            }, reject);
          };
        }),
    );
    expect(left).toEqual({ outbox: [], receipts: [] });
    expect(csp).toEqual([]);
  });

  it('works with the keyboard alone, in Khmer for one resident, and back to Vietnamese for the next', async () => {
    const { page } = await open({ viewport: { width: 1280, height: 800 } });
    await page.locator('#kiosk [part~="language"][lang="km"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#kiosk #kiosk-title').innerText()).toContain('តើអ្នកពេញចិត្ត');
    await page.keyboard.press('Tab'); // ភាសាខ្មែរ → English
    await page.keyboard.press('Tab'); // → the first level
    await page.keyboard.press('Tab'); // → the second level
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('details');
    await expect.poll(() => page.locator('#kiosk #kiosk-title').innerText()).toContain('ពេញចិត្ត');
    expect(await page.locator('#kiosk #kiosk-title').evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Tab'); // → the comment
    await page.keyboard.type('ល្អណាស់');
    const reset = nextReset(page);
    await page.keyboard.press('Tab'); // → the dossier code
    await page.locator('#kiosk [part~="send"]:not([disabled])').waitFor(); // the screen's guard is over
    await page.keyboard.press('Enter'); // Enter in a field sends
    await expect.poll(() => status(page)).toBe('sent');
    expect(await page.locator('#kiosk .kiosk').getAttribute('lang')).toBe('km');
    expect((await rig.records()).at(-1)).toMatchObject({ rating: 4, comment: 'ល្អណាស់', lang: 'km' });
    await page.locator('#kiosk [part~="done"]:not([disabled])').waitFor(); // the screen's guard is over
    await page.keyboard.press('Tab'); // from the thank-you's heading: the print button
    await page.keyboard.press('Tab'); // → Done
    await page.keyboard.press('Enter');
    expect(await reset).toEqual({ reason: 'done' });
    await expect
      .poll(() => page.locator('#kiosk #kiosk-title').innerText())
      .toBe('Bạn hài lòng với việc phục vụ hôm nay ở mức nào?');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('rates offline: the rating waits on the tablet, the kiosk resets, and it is delivered once the connection is back', async () => {
    const before = (await rig.records()).length;
    const { page, csp } = await open();
    await context!.setOffline(true);
    await option(page, 4).tap();
    await page.locator('#kiosk #kiosk-comment').fill('Gửi lúc mất mạng.');
    const reset = nextReset(page);
    await page.locator('#kiosk [part~="send"]').tap();
    await expect.poll(() => status(page)).toBe('queued');
    expect(await page.locator('#kiosk [part~="status"]').innerText()).toContain('sẽ tự gửi đi');
    expect(await page.locator('#kiosk [part~="slip"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await reset).toEqual({ reason: 'timeout' });
    expect((await rig.records()).length).toBe(before);

    await context!.setOffline(false);
    // In this emulated tablet Chromium keeps navigator.onLine true through setOffline and fires no "online" event,
    // which a real tablet's browser fires when its connection is back: without it, delivery waits for the backoff.
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect.poll(async () => (await rig.records()).length).toBe(before + 1);
    expect((await rig.records()).at(-1)).toMatchObject({ rating: 4, comment: 'Gửi lúc mất mạng.' });
    expect(csp).toEqual([]);
  });

  it('makes one record of a double tap, and ignores a tap just after the reset', async () => {
    const before = (await rig.records()).length;
    const { page } = await open();
    await option(page, 5).dblclick();
    await expect.poll(() => step(page)).toBe('details');
    const send = page.locator('#kiosk [part~="send"]');
    await send.dblclick(); // waits for the button to take taps, then two clicks in a row
    await expect.poll(() => status(page)).toBe('sent');
    // The second click landed on "Done", disabled for a moment: the thank-you is still there.
    expect(await step(page)).toBe('thanks');
    await expect.poll(async () => (await rig.records()).length).toBe(before + 1);

    // The next person's screen comes back with its levels resting: a tap straight away rates nothing.
    const reset = nextReset(page);
    await page.locator('#kiosk [part~="done"]').click();
    expect(await reset).toEqual({ reason: 'done' });
    await option(page, 1).click({ force: true }); // force: tap where it is, without waiting for it to take taps
    expect(await step(page)).toBe('rate');
    expect((await rig.records()).length).toBe(before + 1);
  });

  it('prints the slip alone, and the print button asks the browser to print', async () => {
    context = await browser.newContext(TABLET);
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const page = await context.newPage();
    await page.goto(kioskUrl());
    await page.locator('#kiosk').evaluate((el) => el.setAttribute('reset-after', '10')); // as open() does
    await option(page, 3).tap();
    await page.locator('#kiosk [part~="send"]').tap();
    await expect.poll(() => status(page)).toBe('sent');
    await page.locator('#kiosk [part~="print"]').tap();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      page
        .locator(`#kiosk ${selector}`)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('[part~="slip"]')).toBe('visible');
    expect(await visibility('[part~="receipt-code"]')).toBe('visible');
    for (const other of ['#kiosk-title', '[part~="print"]', '[part~="done"]', '[part~="languages"]', '.hint'])
      expect(await visibility(other), other).toBe('hidden');
    const slip = (await page.locator('#kiosk [part~="slip"]').boundingBox())!;
    expect(slip.y).toBeLessThan(100); // at the top of the page, not below the hidden screen
  });
});
