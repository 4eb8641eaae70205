import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, watchCspViolations, watchDialogs } from '../../support/browser.js';

const demoUrl = inject('demoUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

const describeAxe = (v: Awaited<ReturnType<typeof axeViolations>>) =>
  v.map((x) => `${x.id}: ${x.help} ${JSON.stringify(x.nodes.slice(0, 3).map((n) => n.target))}`);

describe('the configurator page', () => {
  it('is linked from the plan page and previews the chosen element live', async () => {
    page = await context.newPage();
    csp = await watchCspViolations(page);
    await page.goto(demoUrl);
    await Promise.all([page.waitForURL(/\/cau-hinh\/$/), page.locator('header a[href="/cau-hinh/"]').click()]);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#preview papi-checklist')?.getAttribute('unit')))
      .toBe('xa-lai-hoa-2025');
    expect(await page.inputValue('#snippet')).toMatch(
      /^<script src="http:\/\/[^"]+\/widgets\/papi-widgets\.js" defer><\/script>\n<papi-checklist unit="xa-lai-hoa-2025"><\/papi-checklist>/,
    );
    await page.selectOption('#element', 'papi-disclosure-badge');
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('#preview papi-disclosure-badge')?.shadowRoot?.textContent ?? ''),
      )
      .toContain('Danh sách hộ nghèo');
    // The home-affairs dashboard is offered too, and its preview reads the demo's collector.
    await page.selectOption('#element', 'papi-feedback-summary');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('#preview papi-feedback-summary')?.shadowRoot?.querySelector('h2')?.textContent ??
            '',
        ),
      )
      .toBe('Tổng hợp góp ý và tự đánh giá PAPI');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('#preview papi-feedback-summary')!.shadowRoot!.querySelectorAll('[role="alert"]')
            .length,
      ),
    ).toBe(0);
    // The snippet goes into another site: the collector's address in it is whole, not relative to that site.
    expect(await page.inputValue('#snippet')).toContain(
      `<papi-feedback-summary endpoint="${new URL('/', demoUrl).href}"></papi-feedback-summary>`,
    );
    // The unit's inbox: the preview asks for the unit's token, and the snippet holds none.
    await page.selectOption('#element', 'papi-feedback-inbox');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('#preview papi-feedback-inbox')
              ?.shadowRoot?.querySelector<HTMLInputElement>('input[type="password"]')?.labels?.[0]?.textContent ?? '',
        ),
      )
      .toContain('Xã Lai Hòa');
    const inbox = await page.inputValue('#snippet');
    expect(inbox).toContain(
      `<papi-feedback-inbox unit="xa-lai-hoa-2025" endpoint="${new URL('/', demoUrl).href}"></papi-feedback-inbox>`,
    );
    expect(inbox).not.toMatch(/papi_[A-Za-z0-9]/);
    expect(describeAxe(await axeViolations(page))).toEqual([]);
    await page.selectOption('#element', 'papi-disclosure-badge');
    expect(csp).toEqual([]);
  });

  it('keeps what an editor types as data, in the preview and in the snippet', async () => {
    const dialogs = watchDialogs(page);
    const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.fill('#papi-disclosure-badge-location', evil);
    await page.fill('#papi-disclosure-badge-href', 'javascript:alert(3)');
    const snippet = await page.inputValue('#snippet');
    expect(snippet).toContain(
      'location="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;"',
    );
    expect(await page.locator('#preview img, #preview script').count()).toBe(0);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('#preview papi-disclosure-badge')!.shadowRoot!.querySelectorAll('img, script, a')
            .length,
      ),
    ).toBe(0);
    // Inline JSON for the register: "<" cannot end the script in the snippet.
    await page.selectOption('#element', 'papi-disclosure-register');
    const json = await page.inputValue('#papi-disclosure-register-json');
    await page.fill(
      '#papi-disclosure-register-json',
      json.replace('"unit": "xa-lai-hoa-2025"', '"unit": "</script><script>alert(4)</script>"'),
    );
    const registerSnippet = await page.inputValue('#snippet');
    expect(registerSnippet).toContain('\\u003c/script>\\u003cscript>alert(4)\\u003c/script>');
    expect(registerSnippet.match(/<\/script>/g)).toHaveLength(2);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('#preview papi-disclosure-register')?.shadowRoot?.querySelector('h2')?.textContent,
        ),
      )
      .toContain('</script><script>alert(4)</script>');
    expect(dialogs).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('copies the snippet with the Clipboard API, and selects it when that is refused', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demoUrl).origin });
    await page.click('#copy');
    await expect.poll(() => page.textContent('#copy-status')).toBe('Đã sao chép đoạn mã.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.inputValue('#snippet'));
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
    );
    await page.click('#copy');
    await expect.poll(() => page.textContent('#copy-status')).toContain('Ctrl+C');
    expect(
      await page.evaluate(() => {
        const s = document.getElementById('snippet') as HTMLTextAreaElement;
        return s.selectionEnd - s.selectionStart === s.value.length && document.activeElement === s;
      }),
    ).toBe(true);
  });

  it('gives a snippet that works when pasted into a portal on another address', async () => {
    await page.selectOption('#element', 'papi-checklist');
    const snippet = await page.inputValue('#snippet');
    // The portal: a CMS page on another origin (127.0.0.1, where the demo is localhost), with the snippet pasted in.
    const cms = createServer((_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng xã</title></head><body><main>${snippet}</main></body></html>`,
        ),
    );
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
    const portal = `http://127.0.0.1:${(cms.address() as AddressInfo).port}/tin-tuc/papi/`;
    const other = await context.newPage();
    const errors: string[] = [];
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(portal);
    // The default plan is read from the widgets' own address, across origins.
    await expect
      .poll(() =>
        other.evaluate(
          () => document.querySelector('papi-checklist')?.shadowRoot?.querySelectorAll('li.task').length ?? 0,
        ),
      )
      .toBeGreaterThan(0);
    expect(
      await other.evaluate(
        () => document.querySelector('papi-checklist')!.shadowRoot!.querySelectorAll('[role="alert"]').length,
      ),
    ).toBe(0);
    expect(errors).toEqual([]);
    await other.close();
    cms.close();
  });

  it('is usable with the keyboard and has no accessibility violations', async () => {
    await page.reload();
    await page.focus('#element');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#element')).toBe('papi-disclosure-register');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('papi-disclosure-register-json');
    expect(describeAxe(await axeViolations(page))).toEqual([]);
    expect(csp).toEqual([]);
  });
});
