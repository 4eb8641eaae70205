// A newcomer's first `pnpm start`: the demo writes its sample into its own database, the dashboard, the commune page
// and its checklist show it (marked as sample), feedback sent by hand joins it, a restart does not write it again,
// and the collector on its own (`pnpm collector`) never seeds anything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectorStats, VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { axeViolations, launchBrowser, watchCspViolations } from '../support/browser.js';
import { type DemoServer, startDemo } from '../support/demo-server.js';
import { queryDemoDb } from '../support/demo-db.js';

const SAMPLE_FEEDBACK = 240;
const SAMPLE_REPORTS = 4;

let dir: string;
let browser: Browser;
let demo: DemoServer;

const stats = async (url: string): Promise<CollectorStats> =>
  (await fetch(new URL('api/stats', url), { cache: 'no-store' })).json() as Promise<CollectorStats>;
const summaryText = (page: Page) => page.$eval('#summary', (el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' '));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papi-first-start-'));
  browser = await launchBrowser();
  // As `pnpm start` in a fresh clone: no database yet, the default path under the working directory.
  demo = await startDemo(
    { PAPI_DEMO_DB: '', PAPI_DEMO_SAMPLE: '', PAPI_DB: join(dir, 'must-not-be-used.sqlite') },
    dir,
  );
});
afterAll(async () => {
  await demo?.stop();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo on first start', () => {
  it('writes the sample into its own database under ./data, never into PAPI_DB', async () => {
    expect(demo.output()).toMatch(
      /Sample data: 240 feedback \(\d+ answered or in progress\) and 4 reports written into .*demo\.sqlite/,
    );
    expect(existsSync(join(dir, 'data', 'demo.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'must-not-be-used.sqlite'))).toBe(false);
    const s = await stats(demo.url);
    expect(s.feedback.total.count).toBe(SAMPLE_FEEDBACK);
    expect(s.selfAssessment).toHaveLength(SAMPLE_REPORTS);
    // Feedback across the units, the dimensions and more than one six-month period.
    expect(s.feedback.byUnit.length).toBeGreaterThanOrEqual(5);
    expect(s.feedback.byDimension.filter((d) => d.count > 0).length).toBe(8);
    expect(s.feedback.byPeriod.length).toBeGreaterThanOrEqual(2);
    const months = queryDemoDb<{ n: number }>(
      join(dir, 'data', 'demo.sqlite'),
      'SELECT COUNT(DISTINCT substr(created_at, 1, 7)) AS n FROM feedback',
    );
    expect(months[0]!.n).toBeGreaterThanOrEqual(6);
    // The units' sample answers (#13): every unit has answered some feedback, and some is still in progress.
    const changes = queryDemoDb<{ status: string; n: number }>(
      join(dir, 'data', 'demo.sqlite'),
      'SELECT status, COUNT(*) AS n FROM answers GROUP BY status ORDER BY status',
    );
    expect(changes.map((c) => c.status)).toEqual(['answered', 'in-progress']);
    const units = s.feedback.byUnit as unknown as { accountability?: { answered: number } }[];
    for (const u of units) expect(u.accountability?.answered).toBeGreaterThan(0);
  });

  it('shows the sample on the dashboard, marked as sample, with no CSP or axe finding', async () => {
    const page = await browser.newPage();
    const csp = await watchCspViolations(page);
    await page.goto(new URL('/bang-dieu-khien/', demo.url).href);
    await expect
      .poll(() => page.$$eval('#summary', (els) => els[0]!.shadowRoot!.querySelectorAll('svg[role="img"]').length))
      .toBeGreaterThanOrEqual(3);
    expect(await summaryText(page)).toContain(`${SAMPLE_FEEDBACK} góp ý`);
    const note = page.locator('[data-sample][role="note"]');
    expect(await note.innerText()).toMatch(/^Dữ liệu mẫu: .*240 góp ý và 4 báo cáo/);
    expect(await note.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
    await page.close();
  });

  it('shows the commune’s reported statuses in its checklist, and adds feedback sent by hand to the sample', async () => {
    const page = await browser.newPage();
    const csp = await watchCspViolations(page);
    await page.goto(new URL('/xa-lai-hoa/', demo.url).href);
    expect(await page.locator('[data-sample][role="note"]').innerText()).toMatch(/^Dữ liệu mẫu/);
    const checklist = page.locator('#checklist-unit');
    await expect
      .poll(() => checklist.locator('[part~="message"]').first().innerText())
      .toMatch(/^Tình trạng theo báo cáo tự đánh giá kỳ 20\d\d-H[12] của đơn vị, gửi ngày \d\d\/\d\d\/20\d\d\.$/);
    const total = tasksForUnit(VINH_CHAU_PLAN_2023, 'xa-lai-hoa-2025').length;
    const overall = await checklist.locator('[part~="overall"] [part~="progress-text"]').innerText();
    const done = Number(overall.split('/')[0]);
    expect(overall).toMatch(new RegExp(`^\\d+ / ${total}$`));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);

    // A resident's rating, through the page's feedback button.
    const button = page.locator('#feedback');
    await button.locator('[part~="button"]').click();
    await button.locator('input[name="rating"][value="2"]').check();
    await button.locator('[part~="send"]').click();
    await expect.poll(() => button.locator('[part~="status"]').innerText()).toBe('Đã gửi');
    expect(csp).toEqual([]);

    await page.goto(new URL('/bang-dieu-khien/', demo.url).href);
    await expect.poll(() => summaryText(page)).toContain(`${SAMPLE_FEEDBACK + 1} góp ý`);
    await page.close();
  });

  it('does not write the sample again on the next start', async () => {
    await demo.stop();
    demo = await startDemo({ PAPI_DEMO_DB: '', PAPI_DEMO_SAMPLE: '' }, dir);
    expect(demo.output()).not.toContain('Sample data');
    expect((await stats(demo.url)).feedback.total.count).toBe(SAMPLE_FEEDBACK + 1);
  });
});

describe('the collector on its own', () => {
  it('starts on an empty database with nothing in it', async () => {
    const db = join(dir, 'collector.sqlite');
    const cli = join(import.meta.dirname, '..', '..', 'packages', 'collector', 'dist', 'cli.js');
    const child = spawn(process.execPath, [cli], {
      env: { ...process.env, PORT: '0', PAPI_DB: db, PAPI_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /PAPI collector: (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`collector exited with ${code}: ${out}`)));
      });
      const s = await stats(url);
      expect(s.feedback.total.count).toBe(0);
      expect(s.selfAssessment).toEqual([]);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    // Nor any unit token: only Phòng Nội vụ's `papi-collector token` issues those.
    const list = spawnSync(process.execPath, [cli, 'token', '--list'], {
      env: { ...process.env, PAPI_DB: db },
      encoding: 'utf8',
    });
    expect([list.status, list.stdout.trim()]).toEqual([
      0,
      `No unit tokens in ${db} yet. Issue one with: papi-collector token <unit-id>`,
    ]);
  });
});
