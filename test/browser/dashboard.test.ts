// The home-affairs office's dashboard (/bang-dieu-khien/): <papi-feedback-summary endpoint="/"> on the demo, reading
// the demo collector's /api/stats, in Chromium, under the demo's strict CSP.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { PHONE, axeViolations, launchBrowser, sidewaysScroll, watchCspViolations } from '../support/browser.js';
import { bearer, demoToken } from '../support/demo-tokens.js';

const demoUrl = inject('demoUrl');
let browser: Browser;
let page: Page;
let csp: string[];

// Units no other browser test writes for: one fully done and well rated, one half done and badly rated.
const AHEAD = 'phuong-khanh-hoa-2025';
const LATE = 'phuong-vinh-phuoc-2025';
const pct = (x: number, locale = 'vi-VN') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x);

async function post(
  path: 'feedback' | 'reports',
  body: { unit: string } & Record<string, unknown>,
): Promise<{ receipt?: string }> {
  // A report goes with its unit's token: the demo's, for the demo's own database.
  const auth = path === 'reports' ? bearer(await demoToken(demoUrl, body.unit)) : {};
  const res = await fetch(new URL(`api/${path}`, demoUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { receipt?: string };
}

/** The unit answers a feedback by its receipt code, with its own token, as its officer's inbox does. */
async function answer(unit: string, receipt: string | undefined): Promise<void> {
  const res = await fetch(new URL(`api/receipts/${receipt}/answer`, demoUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(await demoToken(demoUrl, unit)) },
    body: JSON.stringify({ status: 'answered', answer: 'Đơn vị đã tiếp thu và sửa lại lịch tiếp dân.' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

const feedback = (unit: string, rating: number, dimension?: string) =>
  post('feedback', {
    id: randomUUID(),
    unit,
    rating,
    lang: 'vi',
    createdAt: new Date().toISOString(),
    ...(dimension ? { dimension } : {}),
  });

function report(unit: string, done: (i: number, n: number) => boolean) {
  const tasks = tasksForUnit(VINH_CHAU_PLAN_2023, unit);
  const entries = tasks.map((task, i) => ({ taskId: task.id, status: done(i, tasks.length) ? 'done' : 'not-started' }));
  return {
    body: {
      id: randomUUID(),
      planId: VINH_CHAU_PLAN_2023.id,
      unit,
      period: '2026-H2',
      submittedAt: new Date().toISOString(),
      lang: 'vi',
      tasks: entries,
    },
    total: tasks.length,
    done: entries.filter((e) => e.status === 'done').length,
  };
}

const summary = (p: Page) => p.locator('#summary');
/** The text alternatives of the summary's charts. */
const chartTexts = (p: Page) =>
  p.$eval('#summary', (el) =>
    [...el.shadowRoot!.querySelectorAll('svg[role="img"]')].map(
      (s) => `${s.getAttribute('aria-label')}\n${s.textContent!.replace(/\s+/g, ' ')}`,
    ),
  );
const tableRow = (p: Page, caption: string, unitName: string) =>
  p.$eval(
    '#summary',
    (el, [c, u]) => {
      const table = [...el.shadowRoot!.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes(c!));
      const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((r) =>
        r.querySelector('th[scope="row"]')?.textContent?.includes(u!),
      );
      return row ? [...row.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()) : null;
    },
    [caption, unitName],
  );

let late: ReturnType<typeof report>;
let ahead: ReturnType<typeof report>;

beforeAll(async () => {
  browser = await launchBrowser();
  ahead = report(AHEAD, () => true);
  late = report(LATE, (i, n) => i < Math.floor(n / 2));
  await post('reports', ahead.body);
  await post('reports', late.body);
  // The unit ahead answers all of its residents' feedback; the one that is late answers none.
  for (const [rating, dimension] of [
    [5, 'd5'],
    [4, 'd5'],
    [2, 'd3'],
  ] as const)
    await answer(AHEAD, (await feedback(AHEAD, rating, dimension)).receipt);
  await feedback(LATE, 1, 'd3');
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard page', () => {
  it('shows the units’ satisfaction and self-assessment progress in the charts’ text and in the tables', async () => {
    page = await browser.newPage();
    csp = await watchCspViolations(page);
    const response = await page.goto(new URL('/bang-dieu-khien/', demoUrl).href);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await summary(page).getAttribute('endpoint')).toBe('/');
    await expect
      .poll(() => page.$$eval('#summary', (els) => els[0]!.shadowRoot!.querySelectorAll('svg[role="img"]').length))
      .toBeGreaterThanOrEqual(3);

    const charts = (await chartTexts(page)).join('\n');
    // Satisfaction per unit: 2 of 3 ratings are 4 or 5; the unit with only a 1 is the lowest and says so.
    expect(charts).toContain(`Phường Khánh Hòa: ${pct(2 / 3)} hài lòng (2/3)`);
    expect(charts).toContain(`Phường Vĩnh Phước (thấp nhất): ${pct(0)} hài lòng (0/1)`);
    // Satisfaction per dimension.
    expect(charts).toContain(`5. Thủ tục hành chính công: ${pct(1)} hài lòng (2/2)`);
    // Progress per unit, from the reports.
    expect(charts).toContain(`Phường Khánh Hòa: ${ahead.total}/${ahead.total} nhiệm vụ hoàn thành (${pct(1)})`);
    expect(charts).toContain(`${late.done}/${late.total} nhiệm vụ hoàn thành (${pct(late.done / late.total)})`);
    // How each unit answers its residents: the share answered and the median days (answered the same day: 0).
    expect(charts).toContain(`Phường Khánh Hòa: ${pct(1)} đã trả lời (3/3) · trung vị 0 ngày để trả lời`);
    expect(charts).toMatch(
      new RegExp(`Phường Vĩnh Phước(?: \\(chậm trả lời nhất\\))?: ${pct(0)} đã trả lời \\(0/1\\)`),
    );
    expect(charts).toContain('Trả lời góp ý theo đơn vị: ');

    // The grid of units × dimensions is a table in every view; the unit that is behind is its first row, marked in words.
    const gridCaption = 'Tiến độ tự đánh giá theo đơn vị và lĩnh vực';
    const aheadRow = await tableRow(page, gridCaption, 'Phường Khánh Hòa');
    expect(aheadRow?.at(-1)).toContain(`${ahead.total}/${ahead.total}`);
    const firstRow = await page.$eval('#summary', (el) =>
      el.shadowRoot!.querySelector('table.grid tbody tr th')!.textContent!.replace(/\s+/g, ' '),
    );
    expect(firstRow).toMatch(/\(chậm nhất\)$/);
    expect(firstRow).not.toContain('Phường Khánh Hòa');
    expect(csp).toEqual([]);
  });

  it('switches the charts to tables with the keyboard alone, and the tables hold the same figures', async () => {
    const toggle = page.locator('#summary [part~="toggle"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.$eval('#summary', (el) => el.shadowRoot!.querySelectorAll('svg').length)).toBe(0);
    const row = await tableRow(page, 'Mức độ hài lòng theo đơn vị', 'Phường Khánh Hòa');
    // name, ratings, share satisfied, then the 5 levels from Rất hài lòng down to Rất không hài lòng
    expect(row).toEqual(['Phường Khánh Hòa', '3', pct(2 / 3), '1', '1', '0', '1', '0']);
    const progress = await tableRow(page, 'Tiến độ tự đánh giá theo đơn vị', 'Phường Vĩnh Phước');
    expect(progress?.slice(1, 3)).toEqual(['2026-H2', `${late.done}/${late.total} (${pct(late.done / late.total)})`]);
    // unit, feedback with a code, answered, share answered, median days, overdue
    expect(await tableRow(page, 'Trả lời góp ý theo đơn vị', 'Phường Khánh Hòa')).toEqual([
      'Phường Khánh Hòa',
      '3',
      '3',
      pct(1),
      '0',
      '0',
    ]);
    const headers = await page.$eval('#summary', (el) =>
      [...el.shadowRoot!.querySelectorAll('table')].every(
        (t) => t.caption && t.querySelectorAll('th[scope="col"]').length > 0,
      ),
    );
    expect(headers).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(csp).toEqual([]);
  });

  it('has no accessibility violations that axe-core can find, in chart and in table view', async () => {
    const describe = (v: Awaited<ReturnType<typeof axeViolations>>) =>
      v.map((x) => `${x.id}: ${x.help} ${JSON.stringify(x.nodes.slice(0, 3).map((n) => n.target))}`);
    expect(describe(await axeViolations(page))).toEqual([]);
    await page.locator('#summary [part~="toggle"]').click();
    await expect
      .poll(() =>
        page.$eval(
          '#summary',
          (el) =>
            el.shadowRoot!.querySelectorAll('table').length > 0 && el.shadowRoot!.querySelectorAll('svg').length === 0,
        ),
      )
      .toBe(true);
    expect(describe(await axeViolations(page))).toEqual([]);
  });

  it('speaks English and Khmer through the page’s language links', async () => {
    await page.goto(new URL('/bang-dieu-khien/', demoUrl).href);
    await Promise.all([
      page.waitForURL(/\/en\/bang-dieu-khien\/$/),
      page.locator('a[hreflang="en"][lang="en"]').click(),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect
      .poll(() => page.$eval('#summary', (el) => el.shadowRoot!.querySelector('h2')?.textContent ?? ''))
      .toBe('PAPI feedback and self-assessment summary');
    const en = (await chartTexts(page)).join('\n');
    expect(en).toContain(`Khánh Hòa Ward: ${pct(2 / 3, 'en-GB')} satisfied (2/3)`);
    expect(en).toMatch(/\(behind\)/);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([
      page.waitForURL(/\/km\/bang-dieu-khien\/$/),
      page.locator('a[hreflang="km"][lang="km"]').click(),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    await expect
      .poll(() => page.$eval('#summary', (el) => el.shadowRoot!.querySelectorAll('svg[role="img"]').length))
      .toBeGreaterThanOrEqual(3);
    const km = (await chartTexts(page)).join('\n');
    // Khmer where the glossary has the words (progress, tasks done), Vietnamese elsewhere.
    expect(km).toContain(`កិច្ចការបានបញ្ចប់ ${ahead.total} នៃ ${ahead.total}`);
    expect(await page.locator('[data-review]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('fits a phone once units have reported: nothing scrolls sideways, and dates read day first, the month in words in English', async () => {
    const phone = await browser.newPage(PHONE);
    for (const path of ['/bang-dieu-khien/', '/en/bang-dieu-khien/', '/km/bang-dieu-khien/']) {
      await phone.goto(new URL(path, demoUrl).href);
      await expect
        .poll(() => phone.$eval('#summary', (el) => el.shadowRoot!.querySelectorAll('table.grid tbody tr').length))
        .toBeGreaterThan(0);
      expect(await sidewaysScroll(phone), path).toEqual([]);
      const intro = await phone.$eval('#summary', (el) => el.shadowRoot!.querySelector('.meta')?.textContent ?? '');
      const today = new Date();
      if (path.startsWith('/en/')) {
        // English: the month in words ("27 November 2026"), never 27/11/2026, which an English reader may misread.
        const inWords = new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'Asia/Ho_Chi_Minh',
        }).format(today);
        expect(intro, path).toContain(inWords);
        expect(intro, path).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
        continue;
      }
      // Khmer locale data may be missing from the browser; the date must not then turn month first.
      expect(intro, path).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      const [dd, mm] = /(\d{2})\/(\d{2})\/\d{4}/.exec(intro)!.slice(1).map(Number);
      expect([dd, mm], path).toEqual([
        Number(new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(today)),
        Number(new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(today)),
      ]);
    }
    await phone.close();
  });

  it('is linked from the header of the other demo pages', async () => {
    for (const path of ['/', '/en/', '/xa-lai-hoa/', '/cau-hinh/']) {
      await page.goto(new URL(path, demoUrl).href);
      expect(await page.locator('header a[href$="/bang-dieu-khien/"]').count(), path).toBe(1);
    }
  });
});
