// <papi-feedback-button> and its spam guard in real Chromium, on the demo's origin under its strict CSP, posting to
// the demo's own collector (endpoint "/"), whose SQLite file is read here directly, read-only.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { watchCspViolations } from '../../support/browser.js';
import { queryDemoDb } from '../../support/demo-db.js';
import { queueOutboxProbe, watchPosts } from '../../support/outbox.js';
import { chromiumPerTest, mount, openHarness } from './harness.js';

const demoUrl = inject('demoUrl');
const demoDb = inject('demoDb');
const chromium = chromiumPerTest();
/** This test's context (the spam-guard test opens a CDP session on it). */
let context: BrowserContext | undefined;

const query = <T>(sql: string, ...params: unknown[]): T[] => queryDemoDb<T>(demoDb, sql, ...params);
const rowsWithId = (id: string) =>
  query<{ id: string; unit: string; service: string | null; rating: number }>(
    'SELECT id, unit, service, rating FROM feedback WHERE id = ? COLLATE NOCASE',
    id,
  );
const feedbackCount = () => query<{ n: number }>('SELECT count(*) AS n FROM feedback')[0]!.n;

/** The focused element, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? { tag: a.localName, part: a.getAttribute('part'), name: a.getAttribute('name') } : null;
  });

/** The button's events, with the page's clock, collected on window. */
async function recordEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { events: { type: string; at: number; id?: string }[] };
    w.events = [];
    for (const type of ['papi-feedback-open', 'papi-feedback-queued', 'papi-feedback-sent'])
      document.addEventListener(type, (e) =>
        w.events.push({ type, at: performance.now(), id: (e as CustomEvent<{ id?: string }>).detail.id }),
      );
    // The form's submit stays in the shadow root: heard there.
    document
      .getElementById('fb')!
      .shadowRoot!.addEventListener('submit', () => w.events.push({ type: 'submit', at: performance.now() }), true);
  });
}
const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: { type: string; at: number; id?: string }[] }).events);

async function openPage(): Promise<{ page: Page; csp: string[] }> {
  context = await chromium.newContext();
  const page = await openHarness(context, demoUrl);
  const csp = await watchCspViolations(page);
  // The commune page's set-up: a preset service, so a resident only has to choose a rating.
  await mount(page, {
    tag: 'papi-feedback-button',
    id: 'fb',
    attrs: { endpoint: '/', unit: 'xa-lai-hoa-2025', service: 'khai-sinh' },
  });
  await page.waitForFunction(
    () => document.getElementById('fb')?.shadowRoot?.querySelector('[part~="button"]') !== null,
  );
  await recordEvents(page);
  return { page, csp };
}

describe('<papi-feedback-button> spam guard in Chromium', () => {
  it('sends a keyboard user’s rating given sooner than the spam guard’s minimum, and stores it exactly once', async () => {
    const { page, csp } = await openPage();
    expect(await page.$eval('#fb', (el) => (el as HTMLElement & { minFillMs: number }).minFillMs)).toBe(800);
    // The resident is quicker than the minimum however slow this machine is: the test sets a minimum of a minute.
    await page.$eval('#fb', (el) => ((el as HTMLElement & { minFillMs: number }).minFillMs = 60_000));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ part: 'button' });
    await page.keyboard.press('Enter'); // opens the dialog, focus on the first choice
    expect(await focused(page)).toMatchObject({ name: 'rating' });
    await page.keyboard.press('Space'); // Rất hài lòng
    for (let i = 0; i < 8 && (await focused(page))?.part !== 'send'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ part: 'send' });
    await page.keyboard.press('Enter');

    // No false thank-you while waiting: the dialog thanks the resident only with the truth about the feedback.
    await expect.poll(() => page.locator('#fb [part~="status"]').innerText()).toBe('Đã gửi');
    await expect(page.locator('#fb .thanks').innerText()).resolves.toBe('Cảm ơn bạn đã góp ý!');
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'papi-feedback-sent').length).toBe(1);
    const seen = await events(page);
    const open = seen.find((e) => e.type === 'papi-feedback-open')!;
    const submitted = seen.filter((e) => e.type === 'submit');
    const queued = seen.filter((e) => e.type === 'papi-feedback-queued');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.at - open.at, 'sent sooner than the minimum').toBeLessThan(60_000);
    expect(queued).toHaveLength(1);
    const id = queued[0]!.id!;
    expect(rowsWithId(id)).toEqual([{ id, unit: 'xa-lai-hoa-2025', service: 'khai-sinh', rating: 5 }]);
    expect(await focused(page)).toMatchObject({ part: 'cancel' });
    // A reload flushes the outbox again (the probe, queued last, is sent last): nothing is sent or stored twice.
    const probe = await queueOutboxProbe(page);
    const resent = watchPosts(page, '/api/feedback');
    await page.reload();
    // The page the resident comes back to has its button again (the loader loads the outbox with it).
    await mount(page, {
      tag: 'papi-feedback-button',
      id: 'fb',
      attrs: { endpoint: '/', unit: 'xa-lai-hoa-2025', service: 'khai-sinh' },
    });
    await probe.sent;
    expect(resent).toEqual([]);
    expect(rowsWithId(id)).toHaveLength(1);
    expect(csp).toEqual([]);
  });

  it('still drops a scripted send that comes sooner than the minimum, behind a thank-you', async () => {
    const { page, csp } = await openPage();
    const before = feedbackCount();
    // Playwright's own calls count as user input for a few seconds (transient activation): wait, without any input,
    // until that has lapsed, then let the page's script open, rate and submit at once, as a bot in the page would.
    // (The minimum is set to a minute, so that the bot is sooner than it however slow this machine is.)
    const session = await context!.newCDPSession(page);
    await session.send('Runtime.evaluate', {
      expression: `new Promise((resolve) => { const check = () => navigator.userActivation.isActive ? setTimeout(check, 100) : resolve(); check(); })`,
      awaitPromise: true,
      userGesture: false,
    });
    const { result } = await session.send('Runtime.evaluate', {
      expression: `(async () => {
        const el = document.getElementById('fb');
        el.minFillMs = 60000;
        await el.show();
        el.shadowRoot.querySelector('input[name="rating"][value="5"]').click();
        await el.updateComplete;
        el.shadowRoot.querySelector('form').requestSubmit();
        return navigator.userActivation.isActive;
      })()`,
      awaitPromise: true,
      returnByValue: true,
      userGesture: false,
    });
    await session.detach();
    expect(result.value).toBe(false);
    await expect.poll(() => page.locator('#fb .thanks').innerText()).toBe('Cảm ơn bạn đã góp ý!');
    expect(await page.locator('#fb [part~="status"]').count()).toBe(0);
    // The thank-you is the whole of the element's answer to a bot (it returns without queuing): nothing comes after.
    expect((await events(page)).map((e) => e.type)).toEqual(['papi-feedback-open', 'submit']);
    expect(feedbackCount()).toBe(before);
    expect(csp).toEqual([]);
  });
});
