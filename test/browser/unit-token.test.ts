// The unit token end to end, in Chromium, on the demo: the commune page's self-assessment asks the officer for the
// unit's token, the collector refuses a wrong one and the checklist says so (keeping the report), the right one sends
// it, the demo's SQLite holds it once with the token that sent it, and the home-affairs office's dashboard shows it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { axeViolations, launchBrowser, watchCspViolations } from '../support/browser.js';
import { queryDemoDb } from '../support/demo-db.js';
import { type DemoServer, startDemo } from '../support/demo-server.js';
import { demoToken } from '../support/demo-tokens.js';

const UNIT = 'xa-lai-hoa-2025';
let browser: Browser;
// A demo of its own: other test files report for the same commune on the shared demo, and the dashboard shows a
// unit's latest report, which would then be theirs.
let demo: DemoServer;
let dataDir: string;
let demoUrl: string;
let demoDb: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'papi-unit-token-'));
  demoDb = join(dataDir, 'demo.sqlite');
  [demo, browser] = await Promise.all([startDemo({ PAPI_DEMO_DB: demoDb, PAPI_DEMO_SAMPLE: '0' }), launchBrowser()]);
  demoUrl = demo.url;
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The report's line of the assessment bar (the first of its two status parts). */
const reportMessage = (page: Page) =>
  page.$eval('#self-assessment', (el) =>
    el.shadowRoot!.querySelector('[part~="actions"] [role="status"] > span')!.textContent!.trim(),
  );
const describeAxe = (v: Awaited<ReturnType<typeof axeViolations>>) =>
  v.map((x) => `${x.id}: ${x.help} ${JSON.stringify(x.nodes.slice(0, 3).map((n) => n.target))}`);

describe('a unit token, from Phòng Nội vụ to the dashboard', () => {
  it('asks for the token, refuses a wrong one with the reason, sends with the right one, and the dashboard shows the report', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    // The report requests' Authorization header (read asynchronously: `headers()` leaves it out) and status, in order.
    const seen: Promise<{ auth: string | null; status: number }>[] = [];
    const requests = () => Promise.all(seen);
    page.on('response', (r) => {
      if (r.url().endsWith('/api/reports'))
        seen.push(
          r
            .request()
            .headerValue('authorization')
            .then((auth) => ({ auth, status: r.status() })),
        );
    });
    await page.goto(new URL('/xa-lai-hoa/', demoUrl).href);
    // The id the checklist gives the report, from its composed event.
    await page.evaluate(() =>
      document.addEventListener(
        'papi-report-queued',
        (e) => ((window as unknown as { queued: string }).queued = (e as CustomEvent<{ id: string }>).detail.id),
      ),
    );
    const sa = page.locator('#self-assessment');
    const tasks = tasksForUnit(VINH_CHAU_PLAN_2023, UNIT);
    await sa.locator('select[data-task]').first().waitFor();
    // Two tasks done, so that the dashboard's figure is this report's.
    for (const task of tasks.slice(0, 2))
      await sa.locator(`select[data-task="${task.id}"]`).first().selectOption('done');
    await sa.getByRole('button', { name: /^Gửi báo cáo / }).click();

    // No token on this device: the report is kept and waits; nothing went to the collector.
    await expect
      .poll(() => reportMessage(page))
      .toBe('Báo cáo đã được lưu trên máy này và sẽ được gửi ngay khi nhập mã xác thực của đơn vị.');
    const field = sa.getByLabel('Mã xác thực của Xã Lai Hòa');
    expect(await field.getAttribute('type')).toBe('password');
    expect(await requests()).toEqual([]);
    expect(describeAxe(await axeViolations(page))).toEqual([]);

    // Another unit's token (the officer picked the wrong one): 403, said in words; the report stays queued.
    const other = await demoToken(demoUrl, 'phuong-khanh-hoa-2025');
    await field.fill(other);
    await field.press('Enter');
    await expect
      .poll(() => reportMessage(page))
      .toBe(
        'Máy chủ từ chối mã xác thực: mã này là của một đơn vị khác. Báo cáo vẫn được giữ trên máy này; hãy nhập đúng mã của đơn vị mình để gửi.',
      );
    // A made-up token of the right shape: 401, said in words.
    await field.fill(`papi_${'a'.repeat(10)}_${'b'.repeat(52)}`);
    await field.press('Enter');
    await expect
      .poll(() => reportMessage(page))
      .toBe(
        'Máy chủ từ chối mã xác thực của đơn vị: mã không đúng hoặc đã bị thu hồi. Báo cáo vẫn được giữ trên máy này; hãy nhập mã mới do Phòng Nội vụ cấp để gửi.',
      );
    expect((await requests()).map((r) => r.status)).toEqual([403, 401]);
    const id = await page.evaluate(() => (window as unknown as { queued: string }).queued);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = () =>
      queryDemoDb<{ id: string; token_id: string; current: number }>(
        demoDb,
        'SELECT id, token_id, superseded_by IS NULL AS current FROM reports WHERE id = ?',
        id,
      );
    expect(stored()).toEqual([]);
    expect(describeAxe(await axeViolations(page))).toEqual([]);

    // The right token, copied from what the demo shows (Phòng Nội vụ's hand-over, in a real deployment), with the keyboard.
    const token = await page.locator('#demo-token').innerText();
    expect(token).toBe(await demoToken(demoUrl, UNIT));
    await field.focus();
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await expect.poll(() => reportMessage(page)).toMatch(/^Đã gửi báo cáo đến /);
    expect((await requests()).map((r) => r.status)).toEqual([403, 401, 201]);
    expect((await requests())[2]!.auth).toBe(`Bearer ${token}`);
    expect(await sa.locator('[part~="token"]').innerText()).toContain(
      'Mã xác thực của đơn vị đã được lưu trên máy này.',
    );
    // The token is not in the page's HTML as served, nor in the element's attributes or its shadow DOM (the demo's
    // own box shows it, filled in by script).
    expect(await (await fetch(new URL('/xa-lai-hoa/', demoUrl))).text()).not.toContain(token.slice(16));
    expect(
      await sa.evaluate((el) => [...el.attributes].map((a) => a.value).join(' ') + el.shadowRoot!.innerHTML),
    ).not.toContain(token.slice(16));

    // The report is in the demo's database once, the unit's current one, sent with that token (three tries, one report).
    expect(stored()).toEqual([{ id, token_id: token.slice(5, 15), current: 1 }]);

    // The dashboard of the home-affairs office shows the unit's progress from this report.
    const dashboard = await context.newPage();
    await dashboard.goto(new URL('/bang-dieu-khien/', demoUrl).href);
    await expect
      .poll(() =>
        dashboard.$eval('#summary', (el) => {
          const row = [...el.shadowRoot!.querySelectorAll('table.grid tbody tr')].find((r) =>
            r.querySelector('th')?.textContent?.includes('Xã Lai Hòa'),
          );
          return (row?.lastElementChild as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
        }),
      )
      .toMatch(new RegExp(`^2/${tasks.length} `));
    expect(csp).toEqual([]);
    await context.close();
  });
});
