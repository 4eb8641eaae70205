// Receipt codes in the feedback dialog, in Chromium against the real collector, under the strict CSP: the code the
// collector gave is shown after sending and can be copied; feedback the outbox delivered after the resident left
// gives its code on their next visit, once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FeedbackPages } from '../../fixtures/widgets/feedback-server.js';
import { axeViolations, watchCspViolations } from '../../support/browser.js';
import { type FeedbackRig, startFeedbackRig } from '../../support/feedback-rig.js';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

let rig: FeedbackRig;
let browser: Browser;
let pages: FeedbackPages;
let collector: FeedbackRig['collector'];
let context: BrowserContext | undefined;

beforeAll(async () => {
  rig = await startFeedbackRig();
  ({ browser, pages, collector } = rig);
});
afterAll(async () => {
  await rig?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const pageUrl = () => new URL('feedback.html', pages.url).href;
const statusKind = (page: Page) => page.locator('#fb [part~="status"]').getAttribute('data-status');
/** What the collector says about a code, as anyone holding it may ask. */
const lookUp = async (code: string) => {
  const res = await fetch(`http://127.0.0.1:${collector.port}/api/receipts/${code}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function openPage(): Promise<{ page: Page; csp: string[] }> {
  const page = await context!.newPage();
  const csp = await watchCspViolations(page);
  await page.goto(pageUrl());
  await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
  await page.evaluate(() => ((document.querySelector('#fb') as HTMLElement & { minFillMs: number }).minFillMs = 0));
  return { page, csp };
}

async function send(page: Page, comment: string): Promise<void> {
  await page.locator('#fb [part~="button"]').click();
  await page.locator('#fb input[name="rating"][value="2"]').check();
  await page.locator('#fb textarea').fill(comment);
  await page.locator('#fb [part~="send"]').click();
}

describe('receipt codes in <papi-feedback-button>', () => {
  it('shows the code the collector gave once the feedback is sent, and copies it with the keyboard', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.origin });
    const { page, csp } = await openPage();
    await send(page, 'Chờ lâu ở bộ phận một cửa.');
    await expect.poll(() => statusKind(page)).toBe('sent');
    const code = (await page.locator('#fb [part~="receipt-code"]').innerText()).trim();
    expect(code).toMatch(CODE);
    expect(await page.locator('#fb [part~="receipt"]').innerText()).toContain('Mã tiếp nhận góp ý của bạn:');
    expect(await lookUp(code)).toEqual({
      status: 200,
      body: { receipt: code, status: 'received', unit: 'phuong-vinh-chau-2025', receivedAt: expect.any(String) },
    });
    await page.locator('#fb [part~="copy"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#fb .outcome').innerText()).toContain('Đã sao chép mã.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('selects the code for the resident to copy when the clipboard is refused', async () => {
    context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({
          writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        }),
      });
    });
    const { page } = await openPage();
    await send(page, 'Thủ tục nhanh.');
    await expect.poll(() => statusKind(page)).toBe('sent');
    const code = (await page.locator('#fb [part~="receipt-code"]').innerText()).trim();
    await page.locator('#fb [part~="copy"]').click();
    await expect.poll(() => page.locator('#fb .outcome').innerText()).toContain('Mã đã được chọn');
    expect((await page.evaluate(() => getSelection()?.toString() ?? '')).trim()).toBe(code);
  });

  it('gives the code of feedback delivered after the resident left on their next visit, and not on the one after', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const collectorUrl = `http://127.0.0.1:${collector.port}/**`;
    await context.route(collectorUrl, (route) => route.abort('internetdisconnected'));
    const first = await openPage();
    await send(first.page, 'Gửi lúc mạng yếu.');
    await expect.poll(() => statusKind(first.page)).toBe('retrying'); // online, but the collector is out of reach
    expect(await first.page.locator('#fb [part~="receipt"]').count()).toBe(0);
    await first.page.close();

    // Next visit, with a connection: the outbox delivers it, and the dialog gives its code.
    await context.unroute(collectorUrl);
    const { page, csp } = await openPage();
    await page.locator('#fb [part~="button"]').click();
    const earlier = page.locator('#fb [part~="earlier"]');
    await expect.poll(() => earlier.count()).toBe(1);
    expect(await earlier.innerText()).toContain('Góp ý bạn gửi trước đây đã đến nơi.');
    const code = (await earlier.locator('.code').innerText()).trim();
    expect(code).toMatch(CODE);
    expect((await lookUp(code)).status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    // Still there if the resident closes the dialog and opens it again on this page...
    await page.keyboard.press('Escape');
    await page.locator('#fb [part~="button"]').click();
    expect(await earlier.locator('.code').innerText()).toBe(code);
    // ...but not repeated on the visit after: this device notes that the resident has seen it.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<unknown[]>((resolve, reject) => {
              const open = indexedDB.open('papi-widgets');
              open.onerror = () => reject(open.error ?? new Error('open failed'));
              open.onsuccess = () => {
                const all = open.result.transaction('receipts').objectStore('receipts').getAll();
                all.onsuccess = () => {
                  resolve((all.result as { receipt: string; seen: boolean }[]).map((r) => [r.receipt, r.seen]));
                  open.result.close();
                };
              };
            }),
        ),
      )
      .toEqual([[code, true]]);
    await page.reload();
    await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
    await page.locator('#fb [part~="button"]').click();
    await page.locator('#fb input[name="rating"]').first().waitFor();
    expect(await earlier.count()).toBe(0);
    expect(csp).toEqual([]);
  });
});
