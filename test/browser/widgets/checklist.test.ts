import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { launchBrowser, watchCspViolations, watchDialogs } from '../../support/browser.js';
import { mount, openHarness, shadowText } from './harness.js';
import { demoToken, enterUnitToken } from '../../support/demo-tokens.js';

const demoUrl = inject('demoUrl');
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'widgets', 'dist');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const small = {
  id: 'ke-hoach-thu',
  title: { vi: 'Kế hoạch thử', en: 'Test plan', km: 'ផែនការសាកល្បង' },
  year: 2026,
  tasks: [
    {
      id: 't1',
      activity: 'Tuyên truyền cải cách hành chính',
      dimensions: ['d5'],
      lead: ['xa-lai-hoa'],
      partners: [],
      timing: { kind: 'due', due: '2026-06-30' },
    },
    {
      id: 't2',
      activity: 'Niêm yết danh sách hộ nghèo',
      dimensions: ['d2'],
      lead: ['ubnd-xa-phuong'],
      partners: [],
      timing: { kind: 'ongoing' },
    },
  ],
};

const progressOf = (page: Page, id: string) =>
  page.evaluate(
    (s) =>
      document.getElementById(s)!.shadowRoot!.querySelector('[part~="overall"] [part~="progress-text"]')!.textContent,
    id,
  );

describe('<papi-checklist> in Chromium', () => {
  it('shows a plan from src, from inline JSON and, with neither, the 2023 plan from the file beside the script', async () => {
    context = await browser.newContext();
    const page = await openHarness(context, demoUrl);
    const csp = await watchCspViolations(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await mount(page, {
      tag: 'papi-checklist',
      id: 'from-src',
      attrs: { src: `/plans/${VINH_CHAU_PLAN_2023.id}.json`, today: '2026-11-27' },
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'inline',
      attrs: { today: '2026-11-27' },
      json: JSON.stringify(small),
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'default',
      attrs: { unit: 'xa-lai-hoa-2025', today: '2026-11-27' },
    });
    const total = VINH_CHAU_PLAN_2023.tasks.length;
    await expect.poll(() => progressOf(page, 'from-src')).toBe(`0 / ${total}`);
    await expect.poll(() => progressOf(page, 'inline')).toBe('0 / 2');
    await expect
      .poll(() => progressOf(page, 'default'))
      .toBe(`0 / ${tasksForUnit(VINH_CHAU_PLAN_2023, 'xa-lai-hoa-2025').length}`);
    expect(requested).toContain('/widgets/papi-plan-vinh-chau-2023.json');
    // The plan's data is not in the script itself.
    expect(readFileSync(join(dist, 'papi-widgets.js'), 'utf8')).not.toContain(
      VINH_CHAU_PLAN_2023.tasks[0]!.activity as string,
    );
    // Lists and headings: 8 dimensions, each task an <li>, overdue marked with text.
    const shape = await page.evaluate(() => {
      const r = document.getElementById('inline')!.shadowRoot!;
      return {
        h3: r.querySelectorAll('h3').length,
        li: r.querySelectorAll('ul > li').length,
        overdue: r.querySelector('[part~="overdue"]')?.textContent?.trim(),
      };
    });
    expect(shape).toEqual({ h3: 8, li: 2, overdue: '⚠ Quá hạn' });
    expect(csp).toEqual([]);
    await page.close();
  });

  it('loads the default plan beside the ES module build too', async () => {
    const page = await context.newPage();
    const url = new URL('/__esm__/', demoUrl).href;
    await page.route(url, (route) =>
      route.fulfill({
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'" },
        body: '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>ESM</title><script type="module" src="/widgets/papi-widgets.mjs"></script></head><body><main><papi-checklist id="esm" today="2026-11-27"></papi-checklist></main></body></html>',
      }),
    );
    await page.goto(url);
    await expect.poll(() => progressOf(page, 'esm')).toBe(`0 / ${VINH_CHAU_PLAN_2023.tasks.length}`);
    await page.close();
  });

  it('switches between vi, en and km when lang changes', async () => {
    const page = await openHarness(context, demoUrl);
    await mount(page, {
      tag: 'papi-checklist',
      id: 'inline',
      attrs: { today: '2026-11-27' },
      json: JSON.stringify(small),
    });
    await expect.poll(() => shadowText(page, '#inline')).toContain('Tiến độ chung');
    expect(await shadowText(page, '#inline')).toContain('Kế hoạch thử');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await expect.poll(() => shadowText(page, '#inline')).toContain('Overall progress');
    expect(await shadowText(page, '#inline')).toContain('Test plan');
    expect(await shadowText(page, '#inline')).toContain('Overdue');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'km'));
    await expect.poll(() => shadowText(page, '#inline')).toContain('វឌ្ឍនភាពរួម');
    expect(await shadowText(page, '#inline')).toContain('ហួសពេលកំណត់');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'vi'));
    await expect.poll(() => shadowText(page, '#inline')).toContain('Quá hạn');
    await page.close();
  });

  it('shows translated errors with paths for invalid data and for an unreachable src', async () => {
    const page = await openHarness(context, demoUrl);
    const bad = { ...small, tasks: [{ ...small.tasks[0], lead: ['phong-noi-vu2'] }] };
    await mount(page, { tag: 'papi-checklist', id: 'bad', json: JSON.stringify(bad) });
    await mount(page, { tag: 'papi-checklist', id: 'missing', attrs: { src: '/khong-co.json' } });
    await expect
      .poll(() => shadowText(page, '#bad'))
      .toContain('tasks[0].lead[0]: đơn vị "phong-noi-vu2" không có trong danh mục đơn vị');
    await expect.poll(() => shadowText(page, '#missing')).toContain('Máy chủ trả lỗi 404');
    await page.close();
  });

  it('self-assessment: keeps the state across a reload, exports CSV with a BOM and sends the report truthfully', async () => {
    const page = await openHarness(context, demoUrl);
    const add = () =>
      mount(page, {
        tag: 'papi-checklist',
        id: 'sa',
        attrs: { mode: 'self-assessment', unit: 'xa-lai-hoa-2025', today: '2026-11-27', endpoint: '/api/' },
        json: JSON.stringify(small),
      });
    await add();
    const sa = page.locator('#sa');
    await sa.locator('select[data-task="t1"]').first().selectOption('done');
    await sa.locator('details:has(input[data-task="t1"]) summary').first().click();
    await sa.locator('input[data-task="t1"]').first().fill('https://laihoa.cantho.gov.vn/bao-cao.pdf');
    await sa.locator('textarea[data-task="t1"]').first().fill('=cmd|"/c calc"!A1 Đã tổ chức tuyên truyền ở ấp');
    await sa.locator('textarea[data-task="t1"]').first().blur();
    await expect.poll(() => progressOf(page, 'sa')).toBe('1 / 2');
    // Reloaded once everything is committed to IndexedDB, which the bar says.
    await expect.poll(() => shadowText(page, '#sa')).toContain('Đã lưu trên máy này.');
    await page.reload();
    await add();
    await expect.poll(() => progressOf(page, 'sa')).toBe('1 / 2');
    expect(await sa.locator('input[data-task="t1"]').first().inputValue()).toBe(
      'https://laihoa.cantho.gov.vn/bao-cao.pdf',
    );

    // CSV
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sa.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Hoạt động'); // core's CSV writer quotes only where a cell needs it
    expect(csv).toContain('Tuyên truyền cải cách hành chính');
    expect(csv).toContain(',Hoàn thành,');
    expect(csv).toContain(`"'=cmd|""/c calc""!A1 Đã tổ chức tuyên truyền ở ấp"`);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // JSON, and the composed events a page can listen to on document.
    const events: { type: string; detail: Record<string, unknown> }[] = [];
    await page.exposeFunction('__event', (type: string, detail: Record<string, unknown>) =>
      events.push({ type, detail }),
    );
    await page.evaluate(() => {
      for (const type of ['papi-export', 'papi-report-queued', 'papi-report-sent', 'papi-task-status'])
        document.addEventListener(type, (e) =>
          (window as unknown as { __event(t: string, d: unknown): void }).__event(type, (e as CustomEvent).detail),
        );
    });
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      sa.getByRole('button', { name: 'Xuất JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
      unit: string;
      period: string;
      tasks: unknown[];
    };
    expect(exported).toMatchObject({
      unit: 'xa-lai-hoa-2025',
      period: '2026-H2',
      tasks: [
        { taskId: 't1', status: 'done' },
        { taskId: 't2', status: 'not-started' },
      ],
    });
    await expect.poll(() => events.map((e) => e.type)).toEqual(['papi-export']);
    expect(events[0]!.detail).toMatchObject({ format: 'json', tasks: 2 });

    // No token on this device yet: the report waits for it. Then offline: the report is saved to be sent, and says
    // so; then the collector acknowledges it.
    const received: unknown[] = [];
    const auth: (string | null)[] = [];
    let online = false;
    await page.route('**/api/reports', async (route) => {
      if (!online) return route.abort('internetdisconnected');
      received.push(route.request().postDataJSON());
      auth.push(await route.request().headerValue('authorization'));
      return route.fulfill({ status: 201, contentType: 'application/json', body: '{"id":"ok","status":"stored"}' });
    });
    await sa.getByRole('button', { name: /Gửi báo cáo 2026-H2/ }).click();
    await expect
      .poll(() => shadowText(page, '#sa'))
      .toContain('Báo cáo đã được lưu trên máy này và sẽ được gửi ngay khi nhập mã xác thực của đơn vị.');
    const token = await demoToken(demoUrl, 'xa-lai-hoa-2025');
    await enterUnitToken(sa, token);
    await expect.poll(() => shadowText(page, '#sa')).toContain('Đã lưu báo cáo, sẽ tự gửi khi có kết nối.');
    online = true;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => shadowText(page, '#sa')).toContain('Đã gửi báo cáo đến');
    expect(received).toHaveLength(1);
    expect(auth).toEqual([`Bearer ${token}`]);
    expect(events.map((e) => e.type)).toEqual(['papi-export', 'papi-report-queued', 'papi-report-sent']);
    expect(events[2]!.detail).toMatchObject({
      unit: 'xa-lai-hoa-2025',
      period: '2026-H2',
      id: (received[0] as { id: string }).id,
    });
    expect(received[0]).toMatchObject({
      planId: 'ke-hoach-thu',
      unit: 'xa-lai-hoa-2025',
      period: '2026-H2',
      tasks: [
        { taskId: 't1', status: 'done', evidence: 'https://laihoa.cantho.gov.vn/bao-cao.pdf' },
        { taskId: 't2', status: 'not-started' },
      ],
    });
    await page.close();
  });

  it('renders hostile strings in every attribute and JSON field as text and never runs them', async () => {
    const page = await openHarness(context, demoUrl);
    const dialogs = watchDialogs(page);
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>\u202eRTL\u200b\u200d' + 'x'.repeat(20_000);
    const plan = {
      ...small,
      title: evil.slice(0, 400),
      units: [{ id: 'don-vi-la', name: '"><svg onload=alert(3)>' }],
      tasks: [
        {
          ...small.tasks[0],
          activity: evil.slice(0, 3900),
          lead: ['don-vi-la'],
          timing: { kind: 'due', due: '2026-01-01', text: '<b onmouseover=alert(4)>x</b>' },
          note: 'javascript:alert(5)',
        },
      ],
    };
    await mount(page, {
      tag: 'papi-checklist',
      id: 'evil',
      attrs: {
        unit: evil,
        today: evil,
        period: evil,
        endpoint: 'javascript:alert(6)',
        mode: evil,
        'heading-level': evil,
        lang: evil,
      },
      json: JSON.stringify(plan),
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'evil2',
      attrs: { mode: 'self-assessment', unit: 'don-vi-la', endpoint: 'javascript:alert(7)', today: '2026-11-27' },
      json: JSON.stringify(plan),
    });
    // Both rendered (the title in both, the plan's unit name in the second), then looked at.
    await expect.poll(() => shadowText(page, '#evil')).toContain('<img src=x onerror=alert(1)>');
    await expect.poll(() => shadowText(page, '#evil2')).toContain('"><svg onload=alert(3)>');
    const found = await page.evaluate(() =>
      ['evil', 'evil2'].map((id) => {
        const r = document.getElementById(id)!.shadowRoot!;
        return { bad: r.querySelectorAll('img, script, svg, b, iframe').length, text: r.textContent ?? '' };
      }),
    );
    expect(found[0]!.bad).toBe(0);
    expect(found[1]!.bad).toBe(0);
    expect(found[1]!.text).toContain('"><svg onload=alert(3)>');
    expect(found[1]!.text).toContain('<img src=x onerror=alert(1)>');
    // The evidence field takes a script URL as text and refuses it.
    const sa = page.locator('#evil2');
    await sa.locator('details:has(input[data-task="t1"]) summary').first().click();
    await sa.locator('input[data-task="t1"]').first().fill('javascript:alert(8)');
    await sa.locator('input[data-task="t1"]').first().blur();
    await expect
      .poll(() => shadowText(page, '#evil2'))
      .toContain('Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://');
    expect(await sa.locator('a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: filter by unit, then mark a task', async () => {
    const page = await openHarness(context, demoUrl);
    await mount(page, { tag: 'papi-checklist', id: 'kb', attrs: { today: '2026-11-27' }, json: JSON.stringify(small) });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'kb-sa',
      attrs: { mode: 'self-assessment', unit: 'xa-lai-hoa-2025', today: '2026-11-27' },
      json: JSON.stringify(small),
    });
    await expect.poll(() => progressOf(page, 'kb')).toBe('0 / 2');
    const filters: unknown[] = [];
    await page.exposeFunction('__filter', (d: unknown) => filters.push(d));
    await page.evaluate(() =>
      document.addEventListener('papi-checklist-filter', (e) =>
        (window as unknown as { __filter(d: unknown): void }).__filter((e as CustomEvent).detail),
      ),
    );
    // The reader's three language buttons come first, then the unit filter.
    const active = () =>
      page.evaluate(
        () =>
          document.getElementById('kb')!.shadowRoot!.activeElement?.getAttribute('lang') ??
          document.getElementById('kb')!.shadowRoot!.activeElement?.tagName,
      );
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.push(await active());
    }
    expect(seen).toEqual(['vi', 'km', 'en', 'SELECT']);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => filters.length).toBe(1);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (
        await page.evaluate(
          () => document.getElementById('kb-sa')!.shadowRoot!.activeElement?.matches('select[data-task]') ?? false,
        )
      )
        break;
    }
    await page.keyboard.press('ArrowDown'); // not started → in progress
    await expect
      .poll(() =>
        page.evaluate(() => (document.getElementById('kb-sa')!.shadowRoot!.activeElement as HTMLSelectElement).value),
      )
      .toBe('in-progress');
    await expect.poll(() => shadowText(page, '#kb-sa')).toContain('Đang thực hiện');
    await page.close();
    await context.close();
  });
});
