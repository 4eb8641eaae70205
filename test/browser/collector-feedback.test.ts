// The feedback button on the demo's commune page, in Chromium, submits to the demo's running collector, and the
// record is in the collector's SQLite file (read here directly, read-only).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchCspViolations } from '../support/browser.js';
import { queryDemoDb } from '../support/demo-db.js';
import { queueOutboxProbe, watchPosts } from '../support/outbox.js';

const demoUrl = inject('demoUrl');
const demoDb = inject('demoDb');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Row {
  id: string;
  unit: string;
  service: string | null;
  rating: number;
  comment: string | null;
  lang: string;
  page: string | null;
}

const rowsWithId = (id: string) =>
  queryDemoDb<Row>(
    demoDb,
    'SELECT id, unit, service, rating, comment, lang, page FROM feedback WHERE id = ? COLLATE NOCASE',
    id,
  );

describe('feedback from the demo commune page to the collector’s database', () => {
  it('stores exactly one row with the resident’s rating', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const csp = await watchCspViolations(page);
    await page.goto(new URL('/xa-lai-hoa/', demoUrl).href);
    await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
    // The ids the button queued and the collector acknowledged, from its composed events.
    await page.evaluate(() => {
      const w = window as unknown as { queued: string[]; sent: string[] };
      w.queued = [];
      w.sent = [];
      document.addEventListener('papi-feedback-queued', (e) =>
        w.queued.push((e as CustomEvent<{ id: string }>).detail.id),
      );
      document.addEventListener('papi-feedback-sent', (e) => w.sent.push((e as CustomEvent<{ id: string }>).detail.id));
    });

    const button = page.locator('#feedback');
    await button.locator('[part~="button"]').click();
    await button.locator('input[name="rating"][value="4"]').check();
    const comment = `Phải chờ lâu ở Bộ phận Một cửa (${Date.now()}).`;
    await button.locator('textarea').fill(comment);
    // No waiting: a person's send sooner than the spam guard's minimum is delayed, never dropped (feedback-quick.test.ts).
    await button.locator('[part~="send"]').click();
    await expect.poll(() => button.locator('[part~="status"]').innerText()).toBe('Đã gửi');

    const events = () =>
      page.evaluate(() => {
        const w = window as unknown as { queued: string[]; sent: string[] };
        return { queued: [...w.queued], sent: [...w.sent] };
      });
    await expect.poll(async () => (await events()).sent.length).toBe(1);
    const ids = await events();
    expect(ids.queued).toHaveLength(1);
    expect(ids.sent).toEqual(ids.queued);
    const id = ids.queued[0]!;

    const rows = rowsWithId(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      unit: 'xa-lai-hoa-2025',
      service: 'khai-sinh',
      rating: 4,
      comment,
      lang: 'vi',
      page: new URL('/xa-lai-hoa/', demoUrl).href,
    });
    // A reload flushes the outbox again (the probe, queued last, is sent last): nothing is sent or stored twice.
    const probe = await queueOutboxProbe(page);
    const resent = watchPosts(page, '/api/feedback');
    await page.reload();
    await probe.sent;
    expect(resent).toEqual([]);
    expect(rowsWithId(id)).toHaveLength(1);
    expect(csp).toEqual([]);
    await context.close();
  });
});
