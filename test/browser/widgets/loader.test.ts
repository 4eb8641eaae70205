// papi-widgets.js as a loader (#10): it fetches an element's code when the first one appears (at load or later), and
// the strings of the one locale the element shows; loaded twice or in two versions it defines nothing twice; from
// another origin it works under a strict CSP that allows only that origin's scripts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { watchCspViolations } from '../../support/browser.js';
import { chromiumPerTest, STRICT_CSP } from './harness.js';

const demoUrl = inject('demoUrl');
const browser = chromiumPerTest();
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'widgets', 'dist');

let context: BrowserContext;
beforeEach(async () => {
  context = await browser.newContext();
});

/** The file names of the JavaScript the page requests, in order. */
function watchScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/\.m?js$/.test(new URL(request.url()).pathname))
      seen.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
  });
  return seen;
}

/** Uncaught errors and console errors (a second customElements.define would throw one). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const badgeStatus = (page: Page, selector: string): Promise<string> =>
  page.evaluate(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() ?? '',
    selector,
  );

/** A page on the demo's origin under its strict CSP, with the given head and body (no inline script). */
async function openPage(head: string, body: string, lang = 'vi'): Promise<Page> {
  const page = await context.newPage();
  const url = new URL('/__loader__/', demoUrl).href;
  await page.route(url, (route) =>
    route.fulfill({
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': STRICT_CSP },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Loader</title>${head}</head><body><main id="root">${body}</main></body></html>`,
    }),
  );
  return page;
}

describe('papi-widgets.js, the loader, in Chromium', () => {
  it('fetches nothing but itself on a page without widgets, and defines an element added after load', async () => {
    const harness = await openPage('<script src="/widgets/papi-widgets.js" defer></script>', '');
    const own = watchScripts(harness);
    const ownCsp = await watchCspViolations(harness);
    const errors = watchErrors(harness);
    await harness.goto(new URL('/__loader__/', demoUrl).href);
    await harness.waitForLoadState('networkidle');
    expect(
      await harness.evaluate(() => (window as unknown as Record<symbol, unknown>)[Symbol.for('papi-widgets.loader')]),
    ).toBe('0.1.0');
    expect(await harness.evaluate(() => customElements.get('papi-disclosure-badge'))).toBeUndefined();
    expect(own).toEqual(['papi-widgets.js']);
    // A badge inside a wrapper, added long after the page loaded: the loader sees it and fetches its code.
    await harness.evaluate(() => {
      const wrapper = document.createElement('section');
      const badge = document.createElement('papi-disclosure-badge');
      badge.id = 'late';
      badge.setAttribute('category', 'ho-ngheo');
      badge.setAttribute('posted', '2026-11-16');
      badge.setAttribute('today', '2026-11-27');
      wrapper.append(badge);
      document.getElementById('root')!.append(wrapper);
    });
    await expect.poll(() => badgeStatus(harness, '#late')).toBe('Đang niêm yết — ngày 12/30');
    expect(own.some((f) => /^papi-disclosure-badge-[\w-]+\.js$/.test(f))).toBe(true);
    expect(own.filter((f) => /^papi-(checklist|feedback|disclosure-register)/.test(f))).toEqual([]);
    // A second one, later still, uses the definition already made.
    const before = own.length;
    await harness.evaluate(() => {
      const badge = document.createElement('papi-disclosure-badge');
      badge.id = 'later';
      badge.setAttribute('category', 'ngan-sach-xa');
      badge.setAttribute('posted', '2026-11-16');
      badge.setAttribute('today', '2026-11-27');
      document.getElementById('root')!.append(badge);
    });
    await expect.poll(() => badgeStatus(harness, '#later')).toMatch(/^Đang niêm yết/);
    expect(own.slice(before)).toEqual([]);
    expect([...ownCsp, ...errors]).toEqual([]);
  });

  it('loaded twice, and in two versions, defines each element once, with no error', async () => {
    const badge =
      '<papi-disclosure-badge id="b" category="ho-ngheo" posted="2026-11-16" today="2026-11-27"></papi-disclosure-badge>';
    // Twice, as a CMS may paste the line twice.
    const twice = await openPage(
      '<script src="/widgets/papi-widgets.js" defer></script><script src="/widgets/papi-widgets.js" defer></script>',
      badge,
    );
    const errors = watchErrors(twice);
    const scripts = watchScripts(twice);
    const csp = await watchCspViolations(twice);
    await twice.goto(new URL('/__loader__/', demoUrl).href);
    await expect.poll(() => badgeStatus(twice, '#b')).toBe('Đang niêm yết — ngày 12/30');
    await twice.waitForLoadState('networkidle');
    expect(scripts.filter((f) => /^papi-disclosure-badge-/.test(f))).toHaveLength(1);
    expect([...errors, ...csp]).toEqual([]);
    await twice.close();

    // Another version from another folder of the same site (its loader says 0.2.0): the first one on the page wins.
    const loader = readFileSync(join(dist, 'papi-widgets.js'), 'utf8');
    expect(loader).toContain('"0.1.0"');
    const page = await openPage(
      '<script src="/widgets/papi-widgets.js" defer></script><script src="/widgets-next/papi-widgets.js" defer></script>',
      badge,
    );
    await page.route(new URL('/widgets-next/**', demoUrl).href, (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^.*\//, '');
      const body = readFileSync(join(dist, file), 'utf8');
      return route.fulfill({
        headers: { 'Content-Type': 'text/javascript' },
        body: file === 'papi-widgets.js' ? body.replace('"0.1.0"', '"0.2.0"') : body,
      });
    });
    const versionErrors = watchErrors(page);
    const versionScripts: string[] = [];
    page.on('request', (r) => versionScripts.push(new URL(r.url()).pathname));
    const infos: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'info') infos.push(m.text());
    });
    await page.goto(new URL('/__loader__/', demoUrl).href);
    await expect.poll(() => badgeStatus(page, '#b')).toBe('Đang niêm yết — ngày 12/30');
    await page.waitForLoadState('networkidle');
    expect(versionErrors).toEqual([]);
    expect(versionScripts.filter((p) => p.startsWith('/widgets-next/'))).toEqual(['/widgets-next/papi-widgets.js']);
    expect(infos.some((t) => t.includes('0.2.0') && t.includes('0.1.0'))).toBe(true);
  });

  it('works from another origin under a CSP that allows only that origin’s scripts', async () => {
    const widgets = new URL('/widgets/', demoUrl);
    // The portal is a server of its own on this machine (a page fulfilled by the test would count as a public address,
    // and Chromium refuses a public page's requests to a loopback one), the widgets on the demo's origin, with CORS.
    const policy = `default-src 'self'; script-src ${widgets.origin}; connect-src ${widgets.origin}; base-uri 'none'; object-src 'none'`;
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng xã</title><script src="${widgets.href}papi-widgets.js" defer></script></head><body><main>
      <papi-disclosure-badge id="b" category="ho-ngheo" posted="2026-11-16" today="2026-11-27"></papi-disclosure-badge>
      <papi-checklist id="c" today="2026-11-27" unit="xa-lai-hoa-2025"></papi-checklist></main></body></html>`;
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }).end(html),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const portal = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    expect(new URL(portal).origin).not.toBe(widgets.origin);
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    const errors = watchErrors(page);
    const chunks: { url: string; cors: string | undefined }[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(widgets.href))
        chunks.push({ url: r.url(), cors: r.headers()['access-control-allow-origin'] });
    });
    await page.goto(portal);
    await expect.poll(() => badgeStatus(page, '#b')).toBe('Đang niêm yết — ngày 12/30');
    // The checklist's code, and its default plan beside the loader, both cross-origin.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#c')?.shadowRoot?.querySelectorAll('li').length ?? 0))
      .toBeGreaterThan(0);
    expect(chunks.some((c) => /papi-checklist-[\w-]+\.js$/.test(c.url))).toBe(true);
    expect(chunks.filter((c) => c.cors !== '*')).toEqual([]);
    expect([...csp, ...errors]).toEqual([]);
    await page.close();
    server.close();
  });

  it('fetches one locale’s strings for a Vietnamese page, and the Khmer ones when the resident picks Khmer', async () => {
    const page = await openPage(
      '<script src="/widgets/papi-widgets.js" defer></script>',
      '<papi-feedback-button id="fb" endpoint="/" unit="xa-lai-hoa-2025"></papi-feedback-button>',
    );
    const scripts = watchScripts(page);
    const csp = await watchCspViolations(page);
    await page.goto(new URL('/__loader__/', demoUrl).href);
    const button = page.locator('#fb');
    await expect.poll(() => button.locator('[part~="button"]').innerText()).toBe('Góp ý');
    await page.waitForLoadState('networkidle');
    const strings = (): string[] =>
      scripts.filter((f) => f.startsWith('strings-')).map((f) => f.replace(/^(strings-[a-z]+-[a-z]{2})-.*$/, '$1'));
    expect(strings()).toEqual(['strings-feedback-vi']);

    await button.locator('[part~="button"]').click();
    await button.locator('[part~="language"][lang="km"]').click();
    await expect.poll(() => button.locator('#title').innerText()).toBe('មតិយោបល់របស់អ្នក');
    expect(strings()).toEqual(['strings-feedback-vi', 'strings-feedback-km']);
    expect(csp).toEqual([]);
  });
});
