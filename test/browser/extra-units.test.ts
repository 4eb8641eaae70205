// Any commune's units, as data, end to end in Chromium: a demo whose collector reads a PAPI_UNITS file; an editor
// configures a feedback button for a ward the units registry does not know (unit and unit-name) on the configurator
// page; a resident rates it; the demo's SQLite holds the rating; the home-affairs office's dashboard names the ward.
// A ward the collector was not given is refused with the API's error code, and the dialog says so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, watchCspViolations } from '../support/browser.js';
import { queryDemoDb } from '../support/demo-db.js';
import { type DemoServer, startDemo } from '../support/demo-server.js';

let browser: Browser;
let demo: DemoServer;
let dataDir: string;
let demoDb: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'papi-extra-units-'));
  demoDb = join(dataDir, 'demo.sqlite');
  const units = join(dataDir, 'units.json');
  writeFileSync(
    units,
    JSON.stringify([
      { id: 'phuong-an-binh', name: { vi: 'Phường An Bình', en: 'An Bình Ward' }, parent: 'ubnd-thanh-pho-can-tho' },
    ]),
  );
  [demo, browser] = await Promise.all([
    startDemo({ PAPI_DEMO_DB: demoDb, PAPI_DEMO_SAMPLE: '0', PAPI_UNITS: units }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const describeAxe = (v: Awaited<ReturnType<typeof axeViolations>>) =>
  v.map((x) => `${x.id}: ${x.help} ${JSON.stringify(x.nodes.slice(0, 3).map((n) => n.target))}`);

/** The configurator's live preview of a feedback button for the unit typed, with the name given. */
async function configureButton(page: Page, unit: string, name: string) {
  await page.goto(new URL('/cau-hinh/', demo.url).href);
  await page.selectOption('#element', 'papi-feedback-button');
  await page.fill('#papi-feedback-button-unit', unit);
  await page.fill('#papi-feedback-button-unit-name', name);
  // Leaving the field commits it (its change event rebuilds the preview once more), as an editor moving on does.
  await page.press('#papi-feedback-button-unit-name', 'Tab');
  const button = page.locator('#preview papi-feedback-button');
  await expect.poll(() => button.getAttribute('unit-name')).toBe(name);
  expect(await button.getAttribute('unit')).toBe(unit);
  return button;
}

/** Opens the dialog, rates 5 and sends. */
async function rateAndSend(page: Page, button: ReturnType<Page['locator']>) {
  await button.locator('[part~="button"]').click();
  await button.locator('input[name="rating"][value="5"]').check();
  await button.locator('[part~="send"]').click();
}

describe('a ward from the PAPI_UNITS file, from the feedback button to the dashboard', () => {
  it('is rated on a button configured with unit and unit-name, stored once, and shown by name on the dashboard', async () => {
    const page = await (await browser.newContext()).newPage();
    const csp = await watchCspViolations(page);
    const button = await configureButton(page, 'phuong-an-binh', 'Phường An Bình');
    expect(await page.inputValue('#snippet')).toContain(
      '<papi-feedback-button endpoint="' +
        new URL('/', demo.url).href +
        '" unit="phuong-an-binh" unit-name="Phường An Bình">',
    );
    await button.locator('[part~="button"]').click();
    // No notice for the editors: the dialog offers the scale and names the ward.
    expect(await button.locator('[role="alert"]').count()).toBe(0);
    expect(await button.locator('.about').first().innerText()).toBe('Đơn vị: Phường An Bình');
    expect(describeAxe(await axeViolations(page))).toEqual([]);
    await button.locator('input[name="rating"][value="5"]').check();
    await button.locator('[part~="send"]').click();
    await expect.poll(() => button.locator('[part~="status"]').innerText()).toBe('Đã gửi');
    expect(
      queryDemoDb<{ unit: string; rating: number }>(
        demoDb,
        "SELECT unit, rating FROM feedback WHERE unit = 'phuong-an-binh'",
      ),
    ).toEqual([{ unit: 'phuong-an-binh', rating: 5 }]);

    // The home-affairs office's dashboard names the ward, in Vietnamese and in English, never by its id.
    for (const [path, name, caption] of [
      ['/bang-dieu-khien/', 'Phường An Bình', 'Mức độ hài lòng theo đơn vị'],
      ['/en/bang-dieu-khien/', 'An Bình Ward', 'Satisfaction by unit'],
    ] as const) {
      await page.goto(new URL(path, demo.url).href);
      const toggle = page.locator('#summary [part~="toggle"]');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      const rows = await page.$eval(
        '#summary',
        (el, c) => {
          const table = [...el.shadowRoot!.querySelectorAll('table')].find((t) => t.caption?.textContent?.includes(c));
          return [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) =>
            [...r.children].map((x) => x.textContent!.replace(/\s+/g, ' ').trim()).slice(0, 3),
          );
        },
        caption,
      );
      expect(rows).toEqual([[name, '1', expect.stringMatching(/^100\s?%$/)]]);
      expect(await page.$eval('#summary', (el) => el.shadowRoot!.textContent)).not.toContain('phuong-an-binh');
      expect(describeAxe(await axeViolations(page))).toEqual([]);
    }
    expect(csp).toEqual([]);
  });

  it('refuses a ward the collector was not given, with the API error code, and the dialog says it was refused', async () => {
    const page = await (await browser.newContext()).newPage();
    const answers: Promise<{ status: number; code: unknown; issues: unknown }>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/feedback'))
        answers.push(
          r.json().then((b: { error?: { code?: unknown; issues?: { code?: unknown }[] } }) => ({
            status: r.status(),
            code: b.error?.code,
            issues: b.error?.issues?.map((i) => i.code),
          })),
        );
    });
    const button = await configureButton(page, 'phuong-tan-an', 'Phường Tân An');
    await rateAndSend(page, button);
    await expect.poll(() => button.locator('[part~="status"]').innerText()).toContain('invalid-body');
    expect(await Promise.all(answers)).toEqual([{ status: 400, code: 'invalid-body', issues: ['unknown-unit'] }]);
    expect(queryDemoDb(demoDb, "SELECT id FROM feedback WHERE unit = 'phuong-tan-an'")).toEqual([]);
  });

  it('keeps the editors’ notice for a malformed id, even with unit-name', async () => {
    const page = await (await browser.newContext()).newPage();
    const button = await configureButton(page, 'Phường An Bình', 'Phường An Bình');
    await button.locator('[part~="button"]').click();
    await expect
      .poll(() => button.locator('[role="alert"]').innerText())
      .toContain('unit: "Phường An Bình" sai định dạng (chỉ dùng a-z, 0-9, -)');
    expect(await button.locator('form').count()).toBe(0);
  });
});
