import { request } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VINH_CHAU_PLAN_2023 } from '@papi/core';
import { axeViolations, launchBrowser, watchCspViolations } from '../support/browser.js';

const demoUrl = inject('demoUrl');
let browser: Browser;
let page: Page;
let csp: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the demo site that pnpm start serves', () => {
  it('presents the 2023 plan in Vietnamese, with every appendix row, under a strict CSP', async () => {
    page = await browser.newPage();
    csp = await watchCspViolations(page);
    const response = await page.goto(demoUrl);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.locator('h1').innerText()).resolves.toContain('Chỉ số hiệu quả quản trị và hành chính công');
    // One row per appendix activity, each with its lead unit named.
    const rows = page.locator('table.appendix tbody tr[id^="task-"]');
    expect(await rows.count()).toBe(VINH_CHAU_PLAN_2023.tasks.length);
    await expect(page.locator('#task-a-1-3').innerText()).resolves.toContain('Phòng Tư pháp');
    // A dated task shows its date the Vietnamese way.
    await expect(page.locator('#task-a-6-3').innerText()).resolves.toContain('31/12/2023');
    // The 2025 reorganisation: Phường 1 now belongs to phường Vĩnh Châu.
    await expect(page.locator('table.units-map').innerText()).resolves.toMatch(/Phường 1\s+Phường Vĩnh Châu/i);
    expect(await page.locator('#procedure-khai-sinh').count()).toBe(1);
    expect(csp).toEqual([]);
  });

  it('has no accessibility violations that axe-core can find', async () => {
    const violations = await axeViolations(page);
    expect(
      violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`),
    ).toEqual([]);
  });

  it('switches to Khmer and English with the keyboard, keeping Vietnamese source text marked as such', async () => {
    await page.goto(demoUrl);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bỏ qua, đến nội dung chính');
    // Tab to the Khmer link and follow it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))) === 'km') break;
    }
    await Promise.all([page.waitForURL(/\/km\/$/), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    await expect(page.locator('#appendix').innerText()).resolves.toBe('ការបែងចែកកិច្ចការ');
    await expect(page.locator('[data-review]').count()).resolves.toBe(1);
    expect(await page.locator('h1 [lang="vi"]').count()).toBe(1);
    // Headings and labels that exist in Khmer are in Khmer; no sentence mixes languages.
    const columns = await page.locator('table.procedures thead th').allInnerTexts();
    expect(columns.join(' ')).toMatch(/^[\u1780-\u17ff\s]+$/);
    const reporting = await page.locator('h3:has-text("ការរាយការណ៍") + p').innerText();
    // Khmer words around the Khmer names of the units; no Vietnamese letters (ă, ơ, ư, đ, tone marks…).
    expect(reporting).toMatch(/^អង្គភាព/);
    expect(reporting).not.toMatch(/[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/);
    expect(await page.locator('table.procedures tbody td', { hasText: 'Toàn trình' }).count()).toBe(0);
    await page.goto(new URL('/en/', demoUrl).href);
    await expect(page.locator('#appendix').innerText()).resolves.toBe('Assignment of tasks');
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('serves the plan as JSON for portals and editors', async () => {
    const res = await fetch(new URL(`/plans/${VINH_CHAU_PLAN_2023.id}.json`, demoUrl));
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { tasks: unknown[] };
    expect(body.tasks).toHaveLength(VINH_CHAU_PLAN_2023.tasks.length);
    // A path that climbs out of the site is refused (fetch would normalise it away, so send it raw).
    const { port } = new URL(demoUrl);
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request({ host: '127.0.0.1', port, path: '/..%2f..%2f..%2fetc%2fpasswd' }, (r) => {
        r.resume();
        resolve(r.statusCode);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(404);
  });

  it('sends the widgets gzipped to browsers that accept it, readable from portals on other addresses', async () => {
    const { port } = new URL(demoUrl);
    const head = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) =>
        request(
          { host: '127.0.0.1', port, path: '/widgets/papi-widgets.js', headers: { 'Accept-Encoding': encoding } },
          (r) => {
            let bytes = 0;
            r.on('data', (c: Buffer) => (bytes += c.length));
            r.on('end', () => resolve({ headers: r.headers, bytes }));
          },
        )
          .on('error', reject)
          .end(),
      );
    const zipped = await head('gzip, deflate, br');
    const plain = await head('identity');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.bytes).toBeLessThan(plain.bytes / 2);
    expect(zipped.headers['access-control-allow-origin']).toBe('*');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
  });
});
