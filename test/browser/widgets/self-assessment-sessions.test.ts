// <papi-checklist mode="self-assessment"> across tabs, reloads and the outbox, in real Chromium on the demo's origin:
// two tabs never undo each other's changes, typing survives a reload without leaving the field, and after a reload
// the bar says truthfully whether the report is still waiting or was sent (read back from the demo's SQLite).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { watchCspViolations } from '../../support/browser.js';
import { queryDemoDb } from '../../support/demo-db.js';
import { demoToken, enterUnitToken } from '../../support/demo-tokens.js';
import { holdStore } from '../../support/hold.js';
import { queueOutboxProbe, watchPosts } from '../../support/outbox.js';
import { chromiumPerTest, mount, openHarness, shadowText } from './harness.js';

const demoUrl = inject('demoUrl');
const demoDb = inject('demoDb');
const chromium = chromiumPerTest();

// A plan of its own, so that its reports in the demo's database are only this file's.
const plan = {
  id: 'ke-hoach-phien-lam-viec',
  title: 'Kế hoạch thử nhiều phiên',
  year: 2026,
  tasks: [
    {
      id: 't1',
      number: '1.5',
      activity: 'Tuyên truyền cải cách hành chính',
      dimensions: ['d5'],
      lead: ['xa-lai-hoa'],
      partners: [],
      timing: { kind: 'due', due: '2026-06-30' },
    },
    {
      id: 't2',
      number: '5.1',
      activity: 'Niêm yết danh sách hộ nghèo',
      dimensions: ['d2'],
      lead: ['ubnd-xa-phuong'],
      partners: [],
      timing: { kind: 'ongoing' },
    },
  ],
};

async function openAssessment(ctx: BrowserContext): Promise<{ page: Page; csp: string[] }> {
  const page = await openHarness(ctx, demoUrl);
  const csp = await watchCspViolations(page);
  await add(page);
  return { page, csp };
}
async function add(page: Page): Promise<void> {
  await mount(page, {
    tag: 'papi-checklist',
    id: 'sa',
    attrs: { mode: 'self-assessment', unit: 'xa-lai-hoa-2025', today: '2026-11-27', endpoint: '/api/' },
    json: JSON.stringify(plan),
  });
  await page.waitForFunction(
    () => document.getElementById('sa')?.shadowRoot?.querySelector('select[data-task="t2"]') !== null,
  );
}

const statusOf = (page: Page, task: string) => page.locator(`#sa select[data-task="${task}"]`).first().inputValue();
/** The two parts of the assessment bar's status: the report's, then the local save's. */
const bar = (page: Page) =>
  page.evaluate(() =>
    [...document.getElementById('sa')!.shadowRoot!.querySelectorAll('[part~="actions"] [role="status"] > span')].map(
      (p) => p.textContent!.trim(),
    ),
  );

const reportRows = (id: string) =>
  queryDemoDb<{ id: string; unit: string; period: string }>(
    demoDb,
    'SELECT id, unit, period FROM reports WHERE id = ? COLLATE NOCASE',
    id,
  );

describe('<papi-checklist> self-assessment across tabs and reloads, in Chromium', () => {
  it('keeps the changes of two open tabs, shows each tab the other’s, and a third tab shows both', async () => {
    const context = await chromium.newContext();
    const a = await openAssessment(context);
    const b = await openAssessment(context);
    // Both tabs loaded the empty record before either changed anything.
    expect(await statusOf(a.page, 't1')).toBe('not-started');
    expect(await statusOf(b.page, 't2')).toBe('not-started');

    await b.page.locator('#sa select[data-task="t1"]').selectOption('done');
    await expect.poll(() => bar(b.page)).toEqual(['', 'Đã lưu trên máy này.']);
    await a.page.bringToFront();
    await a.page.locator('#sa select[data-task="t2"]').selectOption('in-progress');
    await expect.poll(() => bar(a.page)).toEqual(['', 'Đã lưu trên máy này.']);

    // Each open tab shows the other's change without a reload.
    await expect.poll(() => statusOf(a.page, 't1')).toBe('done');
    await expect.poll(() => statusOf(b.page, 't2')).toBe('in-progress');

    // Typing in both tabs at once, in different tasks: nothing is lost either.
    await a.page.locator('#sa details:has(textarea[data-task="t1"]) summary').click();
    await b.page.locator('#sa details:has(textarea[data-task="t2"]) summary').click();
    await a.page.locator('#sa textarea[data-task="t1"]').fill('Ghi chú từ thẻ A');
    await b.page.locator('#sa textarea[data-task="t2"]').fill('Ghi chú từ thẻ B');
    await expect.poll(() => bar(a.page)).toEqual(['', 'Đã lưu trên máy này.']);
    await expect.poll(() => bar(b.page)).toEqual(['', 'Đã lưu trên máy này.']);

    const c = await openAssessment(context);
    await expect.poll(() => statusOf(c.page, 't1')).toBe('done');
    expect(await statusOf(c.page, 't2')).toBe('in-progress');
    expect(await c.page.locator('#sa textarea[data-task="t1"]').inputValue()).toBe('Ghi chú từ thẻ A');
    expect(await c.page.locator('#sa textarea[data-task="t2"]').inputValue()).toBe('Ghi chú từ thẻ B');
    expect([...a.csp, ...b.csp, ...c.csp]).toEqual([]);
  });

  it('keeps a note typed just before a reload, without leaving the field, and says "saved" only once committed', async () => {
    const context = await chromium.newContext();
    const { page, csp } = await openAssessment(context);
    await page.locator('#sa details:has(textarea[data-task="t1"]) summary').click();
    const note = page.locator('#sa textarea[data-task="t1"]');
    // The test holds the store, so the note cannot be committed before the bar has been read.
    const release = await holdStore(page, 'papi-self-assessment', 'self-assessment');
    await note.fill('Đã họp dân ở ấp Lai Hòa');
    // Not yet committed: the bar says it is saving, not that it saved.
    await expect.poll(async () => (await bar(page))[1]).toBe('Đang lưu…');
    await release();
    await expect.poll(() => bar(page)).toEqual(['', 'Đã lưu trên máy này.']);

    await note.fill('Đã họp dân ở ấp Lai Hòa, 120 người dự');
    await page.reload(); // at once, the field still focused
    await add(page);
    await expect
      .poll(() => page.locator('#sa textarea[data-task="t1"]').inputValue())
      .toBe('Đã họp dân ở ấp Lai Hòa, 120 người dự');

    // An evidence link that is no http(s) link stays in the field with its error, and is not saved.
    await page.locator('#sa input[data-task="t1"]').fill('https://laihoa.cantho.gov.vn/bb.pdf');
    await page.locator('#sa input[data-task="t1"]').fill('ftp://laihoa.cantho.gov.vn/bb.pdf');
    await page.locator('#sa input[data-task="t1"]').blur();
    await expect.poll(() => shadowText(page, '#sa')).toContain('Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://');
    expect(await page.locator('#sa input[data-task="t1"]').inputValue()).toBe('ftp://laihoa.cantho.gov.vn/bb.pdf');
    await expect.poll(() => bar(page)).toEqual(['', 'Đã lưu trên máy này.']);
    await page.reload();
    await add(page);
    await expect
      .poll(() => page.locator('#sa textarea[data-task="t1"]').inputValue())
      .toBe('Đã họp dân ở ấp Lai Hòa, 120 người dự');
    expect(await page.locator('#sa input[data-task="t1"]').inputValue()).toBe('');

    // Typing, then closing the tab at once (well within the pause before typing is saved): kept too.
    await page.locator('#sa textarea[data-task="t1"]').fill('Biên bản họp dân đã gửi Phòng Nội vụ');
    await page.close({ runBeforeUnload: true });
    const again = await openAssessment(context);
    await expect
      .poll(() => again.page.locator('#sa textarea[data-task="t1"]').inputValue())
      .toBe('Biên bản họp dân đã gửi Phòng Nội vụ');
    expect([...csp, ...again.csp]).toEqual([]);
  });

  it('after a reload, says the report submitted offline is waiting, then that it was sent, and the collector holds it once', async () => {
    const context = await chromium.newContext();
    const { page, csp } = await openAssessment(context);
    // The unit's token, entered once on this device beforehand (the demo's).
    await page.locator('#sa').getByRole('button', { name: 'Nhập mã xác thực' }).click();
    await enterUnitToken(page.locator('#sa'), await demoToken(demoUrl, 'xa-lai-hoa-2025'));
    await expect.poll(() => shadowText(page, '#sa')).toContain('Mã xác thực của đơn vị đã được lưu trên máy này.');
    await page.locator('#sa select[data-task="t1"]').selectOption('done');
    await expect.poll(() => bar(page)).toEqual(['', 'Đã lưu trên máy này.']);
    await page.evaluate(() => {
      document.addEventListener(
        'papi-report-queued',
        (e) => ((window as unknown as { queued: string }).queued = (e as CustomEvent<{ id: string }>).detail.id),
      );
    });

    await context.setOffline(true);
    await page.locator('#sa').getByRole('button', { name: 'Gửi báo cáo 2026-H2' }).click();
    await expect.poll(() => bar(page)).toEqual(['Đã lưu báo cáo, sẽ tự gửi khi có kết nối.', 'Đã lưu trên máy này.']);
    const id = await page.evaluate(() => (window as unknown as { queued: string }).queued);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Back online, but the collector stays out of reach for now: after the reload the report is still waiting.
    let reachable = false;
    await context.route('**/api/reports', (route) =>
      reachable ? route.continue() : route.abort('internetdisconnected'),
    );
    await context.setOffline(false);
    await page.reload();
    await add(page);
    await expect
      .poll(() => bar(page))
      .toEqual([
        'Báo cáo kỳ 2026-H2 đang chờ gửi: đã lưu trên máy này, sẽ tự gửi khi có kết nối.',
        'Đã lưu trên máy này.',
      ]);
    expect(reportRows(id)).toEqual([]);

    // The collector answers: the outbox's background send delivers it, and the bar follows.
    reachable = true;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await bar(page))[0])
      .toMatch(/^Đã gửi báo cáo kỳ 2026-H2 đến [^ ]+ lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/);
    expect(reportRows(id)).toEqual([{ id, unit: 'xa-lai-hoa-2025', period: '2026-H2' }]);

    // Another reload: the bar still says it was sent, and nothing is sent twice (the probe, queued last, is sent last).
    const probe = await queueOutboxProbe(page);
    const resent = watchPosts(page, '/api/reports');
    await page.reload();
    await add(page);
    await expect.poll(async () => (await bar(page))[0]).toMatch(/^Đã gửi báo cáo kỳ 2026-H2 đến /);
    await probe.sent;
    expect(resent).toEqual([]);
    expect(reportRows(id)).toHaveLength(1);
    expect(csp).toEqual([]);
  });
});
