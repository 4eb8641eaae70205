// The demo's status page (/tra-cuu-gop-y/) and counter kiosk page (/quay-mot-cua/), as `pnpm start` serves them under
// its strict CSP: linked from the index, a feedback from the commune page followed to its status, the kiosk on a
// tablet, and the configurator's new choices. (The kiosk's sending is tested against its own collector in
// feedback-kiosk.test.ts: a rating sent here would change the figures the dashboard's test expects.)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, axeViolations, launchBrowser, sidewaysScroll, watchCspViolations } from '../../support/browser.js';

const demoUrl = inject('demoUrl');
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

const at = (path: string) => new URL(path, demoUrl).href;
const step = (page: Page) => page.locator('#status .steps [aria-current="step"]');

describe('the demo’s status and kiosk pages', () => {
  it('are linked from the index in every language, whose header still fits a phone', async () => {
    context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const [index, status] of [
      ['/', '/tra-cuu-gop-y/'],
      ['/en/', '/en/tra-cuu-gop-y/'],
      ['/km/', '/km/tra-cuu-gop-y/'],
    ] as const) {
      await page.goto(at(index));
      expect(await page.locator(`header a[href="${status}"]`).count(), index).toBe(1);
      expect(await page.locator('header a[href="/quay-mot-cua/"]').count(), index).toBe(1);
      expect(await sidewaysScroll(page), index).toEqual([]);
      await page.goto(at(status));
      expect(await sidewaysScroll(page), status).toEqual([]);
      await page.goto(at(index));
    }
    await Promise.all([
      page.waitForURL(/\/km\/tra-cuu-gop-y\/$/),
      page.locator('header a[href="/km/tra-cuu-gop-y/"]').click(),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    await page.goto(at('/'));
    await Promise.all([page.waitForURL(/\/quay-mot-cua\/$/), page.locator('header a[href="/quay-mot-cua/"]').click()]);
    await page.locator('#kiosk [part~="kiosk-option"]').first().waitFor();
  });

  it('a resident sends feedback from the commune page, follows the dialog’s link and sees it received, on a phone', async () => {
    context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    await page.goto(at('/xa-lai-hoa/'));
    await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
    await page.evaluate(
      () => ((document.querySelector('#feedback') as HTMLElement & { minFillMs: number }).minFillMs = 0),
    );
    await page.locator('#feedback [part~="button"]').click();
    await page.locator('#feedback input[name="rating"][value="4"]').check();
    await page.locator('#feedback textarea').fill('Cán bộ hướng dẫn rõ ràng.');
    await page.locator('#feedback [part~="send"]').click();
    const code = (await page.locator('#feedback [part~="receipt-code"]').innerText()).trim();
    expect(code).toMatch(CODE);
    const link = page.locator('#feedback [part~="status-link"]');
    expect(await link.getAttribute('href')).toBe(at(`/tra-cuu-gop-y/#receipt=${code}`));
    await Promise.all([page.waitForURL(/\/tra-cuu-gop-y\/#receipt=/), link.click()]);
    await expect.poll(() => step(page).textContent()).toContain('Đã tiếp nhận');
    expect(await page.locator('#status [part~="details"]').innerText()).toContain('Xã Lai Hòa');
    expect(await page.locator('#status').evaluate((el) => el.shadowRoot!.textContent)).not.toContain(
      'Cán bộ hướng dẫn rõ ràng.',
    );
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    for (const [path, found] of [
      ['/en/tra-cuu-gop-y/', 'Received'],
      ['/km/tra-cuu-gop-y/', 'បានទទួល'],
    ] as const) {
      await page.goto(at(`${path}?receipt=${code.toLowerCase()}`));
      await expect.poll(() => step(page).textContent(), { message: path }).toContain(found);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(csp).toEqual([]);
  });

  it('the kiosk page fills a tablet under the demo’s CSP, and prints nothing of the page around the slip', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    const response = await page.goto(at('/quay-mot-cua/'));
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    const options = page.locator('#kiosk [part~="kiosk-option"]');
    await options.first().waitFor();
    expect(await page.locator('#kiosk #kiosk-title').evaluate((el) => el.localName)).toBe('h1');
    const boxes = await options.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const height of boxes) expect(height).toBeGreaterThanOrEqual(48);
    // The page does not scroll: the kiosk takes the screen under the demo's one line.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
    expect(await axeViolations(page)).toEqual([]);
    await options.nth(1).tap();
    await page.locator('#kiosk #kiosk-dossier').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#kiosk [part~="cancel"]').tap();
    await options.first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.kiosk-bar').isVisible()).toBe(false);
    expect(csp).toEqual([]);
  });

  it('the configurator offers the status look-up, and the button’s status-url and kiosk mode', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    await page.goto(at('/cau-hinh/'));
    await page.selectOption('#element', 'papi-feedback-status');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.querySelector('#preview papi-feedback-status')?.shadowRoot?.querySelector('input') !== null,
        ),
      )
      .toBe(true);
    await page.fill('#papi-feedback-status-code', 'K7MQ-3XPD');
    expect(await page.inputValue('#snippet')).toContain(
      `<papi-feedback-status endpoint="${at('/')}" code="K7MQ-3XPD"></papi-feedback-status>`,
    );
    await page.selectOption('#element', 'papi-feedback-button');
    await page.fill('#papi-feedback-button-status-url', '/tra-cuu-gop-y/');
    await page.selectOption('#papi-feedback-button-mode', 'kiosk');
    await page.fill('#papi-feedback-button-reset-after', '8');
    const snippet = await page.inputValue('#snippet');
    expect(snippet).toContain(`status-url="${at('/tra-cuu-gop-y/')}"`);
    expect(snippet).toContain('mode="kiosk" reset-after="8"');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('#preview papi-feedback-button')
              ?.shadowRoot?.querySelectorAll('[part~="kiosk-option"]').length ?? 0,
        ),
      )
      .toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });
});
