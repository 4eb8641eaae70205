import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../packages/demo/src/static-server.js';
import { launchBrowser } from '../../support/browser.js';

/** One Chromium for the test file, and a fresh context for each test, closed after it. */
export function chromiumPerTest(): { newContext(options?: BrowserContextOptions): Promise<BrowserContext> } {
  let browser: Browser | undefined;
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
  return { newContext: async (options) => (context = await browser!.newContext(options)) };
}

/** The demo's policy: the widgets must live under it. */
export const STRICT_CSP = CONTENT_SECURITY_POLICY;

/**
 * A bare page on the demo's origin that loads the widgets as a portal would (one classic script), served under the
 * demo's strict CSP. Tests add elements with DOM calls, so everything they put in is data.
 */
export async function openHarness(
  context: BrowserContext,
  demoUrl: string,
  options: { lang?: string; script?: string } = {},
): Promise<Page> {
  const page = await context.newPage();
  const url = new URL('/__harness__/', demoUrl).href;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="${options.lang ?? 'vi'}"><head><meta charset="utf-8"><title>Harness</title><script src="${options.script ?? '/widgets/papi-widgets.js'}" defer></script></head><body><main id="root"></main></body></html>`,
    }),
  );
  await page.goto(url);
  // The loader (papi-widgets.js) has run, or an element file has defined its elements.
  await page.waitForFunction(
    () =>
      (window as unknown as Record<symbol, unknown>)[Symbol.for('papi-widgets.loader')] !== undefined ||
      customElements.get('papi-checklist') !== undefined ||
      customElements.get('papi-disclosure-register') !== undefined,
  );
  return page;
}

export interface Mount {
  tag: string;
  attrs?: Record<string, string>;
  json?: string;
  id?: string;
}

/**
 * Adds an element to the harness page with setAttribute and textContent only, and waits until it is defined (the
 * loader fetches an element's code when the first one appears).
 */
export async function mount(page: Page, m: Mount): Promise<void> {
  await page.evaluate(async ({ tag, attrs, json, id }) => {
    const el = document.createElement(tag);
    el.id = id ?? tag;
    for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
    if (json !== undefined) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = json;
      el.append(s);
    }
    document.getElementById('root')!.append(el);
    await customElements.whenDefined(tag);
  }, m);
}

/** The text of the element's shadow root, with spaces collapsed. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );
}
