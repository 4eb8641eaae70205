// The deployment of packages/collector/deploy/ as a portal meets it, in real Chromium: a commune portal on one origin
// carries the widgets from the town server on another (its /widgets/ folder and its /api/, as the nginx example
// serves them), under exactly the Content-Security-Policy of deploy/portal-csp.txt.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import {
  type Collector,
  type StoredFeedback,
  createCollector,
  withDefaults,
} from '../../packages/collector/src/index.js';
import { launchBrowser, watchCspViolations } from '../support/browser.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'widgets', 'dist');
const EXAMPLE = 'https://thu-nhan.vinhchau.example';

/** The header line of deploy/portal-csp.txt, the town server's example address replaced by the test's. */
function portalCsp(town: string): string {
  const line = readFileSync(join(root, 'packages', 'collector', 'deploy', 'portal-csp.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Content-Security-Policy: '));
  if (!line) throw new Error('deploy/portal-csp.txt has no "Content-Security-Policy: " line');
  const policy = line.slice('Content-Security-Policy: '.length);
  expect(policy.split(EXAMPLE)).toHaveLength(3);
  return policy.replaceAll(EXAMPLE, town);
}

const listen = (
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ origin: string; close: () => Promise<void> }> =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    );
  });

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

let browser: Browser;
let collector: Collector;
let town: Awaited<ReturnType<typeof listen>>;
let portal: Awaited<ReturnType<typeof listen>>;
let dir: string;
/** The policy the portal sends; a test may take a directive away to show that it is needed. */
let policy = '';

beforeAll(async () => {
  if (!existsSync(join(dist, 'papi-widgets.js')))
    throw new Error('The widgets are not built: run `pnpm build` first (`pnpm test` does it for you).');
  dir = mkdtempSync(join(tmpdir(), 'papi-deploy-'));
  // The town server: what nginx-papi-collector.conf does, /api/ to the collector and /widgets/ with CORS.
  town = await listen((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) return void collector.app.routing(req, res);
    const file = normalize(join(dist, path.slice('/widgets/'.length)));
    if (!path.startsWith('/widgets/') || !file.startsWith(dist) || !existsSync(file))
      return void res.writeHead(404).end();
    res
      .writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
      })
      .end(readFileSync(file));
  });
  portal = await listen((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy })
      .end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xã Lai Hòa</title>
<script src="${town.origin}/widgets/papi-widgets.js" defer></script></head><body><main><h1>Xã Lai Hòa</h1>
<papi-checklist id="plan" unit="xa-lai-hoa-2025" today="2026-11-27"></papi-checklist>
<papi-feedback-summary id="summary" endpoint="${town.origin}"></papi-feedback-summary>
<papi-feedback-button id="fb" endpoint="${town.origin}" unit="xa-lai-hoa-2025"></papi-feedback-button>
</main></body></html>`);
  });
  collector = await createCollector(
    withDefaults({
      dbPath: join(dir, 'papi.sqlite'),
      port: 0,
      allowedOrigins: [portal.origin],
      rateLimit: 0,
      feedbackRateLimit: 0,
      logLevel: 'silent',
    }),
  );
  // Served through the town server's own handler rather than a port of its own, as nginx would pass it on.
  await collector.app.ready();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await town?.close();
  await collector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function records(): Promise<StoredFeedback[]> {
  const out: StoredFeedback[] = [];
  for await (const row of collector.store.feedbackRows()) out.push(row);
  return out;
}

const progress = (page: Page) =>
  page.evaluate(
    () =>
      document.getElementById('plan')!.shadowRoot!.querySelector('[part~="overall"] [part~="progress-text"]')
        ?.textContent ?? null,
  );

describe('a portal under the CSP of deploy/portal-csp.txt', () => {
  it('runs every widget from the town server, loads the plan and the statistics, and sends feedback, with no violation', async () => {
    policy = portalCsp(town.origin);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const csp = await watchCspViolations(page);
      const response = await page.goto(`${portal.origin}/`);
      expect(response?.headers()['content-security-policy']).toBe(policy);
      // The checklist read its plan from beside its script, on the town server.
      await expect
        .poll(() => progress(page))
        .toBe(`0 / ${tasksForUnit(VINH_CHAU_PLAN_2023, 'xa-lai-hoa-2025').length}`);
      await expect
        .poll(() =>
          page.evaluate(
            () => document.getElementById('summary')!.shadowRoot!.querySelector('[part~="summary"]') !== null,
          ),
        )
        .toBe(true);

      await page.$eval('#fb', (el) => ((el as HTMLElement & { minFillMs: number }).minFillMs = 0));
      await page.locator('#fb [part~="button"]').click();
      await page.locator('#fb input[name="rating"][value="5"]').check();
      await page.locator('#fb [part~="send"]').click();
      await expect.poll(() => page.locator('#fb [part~="status"]').innerText()).toBe('Đã gửi');
      expect((await records()).map((r) => [r.unit, r.rating, r.page])).toEqual([
        ['xa-lai-hoa-2025', 5, `${portal.origin}/`],
      ]);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('needs the town server in connect-src: without it the plan and the statistics are blocked, and the browser says so', async () => {
    policy = portalCsp(town.origin).replace(/connect-src [^;]+/, "connect-src 'self'");
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const csp = await watchCspViolations(page);
      await page.goto(`${portal.origin}/`);
      await expect.poll(() => csp.filter((v) => v.startsWith('connect-src')).length).toBeGreaterThanOrEqual(2);
      expect(csp.some((v) => v.includes(`${town.origin}/widgets/papi-plan-vinh-chau-2023.json`))).toBe(true);
      expect(csp.some((v) => v.includes(`${town.origin}/api/stats`))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
