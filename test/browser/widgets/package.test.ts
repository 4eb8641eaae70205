// The widgets as a site gets them from a release: the npm tarball installed into a throw-away project, one element
// imported and bundled by esbuild, rendered in Chromium; and the CDN files under the integrity the embed snippets give.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  installWidgets,
  packWidgets,
  scriptTag,
  widgetsPackageProblems,
  writeCdn,
} from '../../../scripts/release/widgets.js';
import { watchCspViolations } from '../../support/browser.js';
import { chromiumPerTest, STRICT_CSP } from './harness.js';

const ORIGIN = 'http://portal.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
};

const register = {
  unit: 'xa-lai-hoa-2025',
  period: { from: '2026-07-01', to: '2026-12-31' },
  entries: [
    {
      category: 'ho-ngheo',
      title: 'Danh sách hộ nghèo năm 2026',
      posted: '2026-11-16',
      href: '/van-ban/ho-ngheo.pdf',
      location: 'Nhà văn hóa ấp Ca Lạc',
    },
    { category: 'ngan-sach-xa', title: 'Dự toán ngân sách', posted: '2026-10-01', removed: '2026-10-20' },
  ],
};

let dir: string;
let project: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'papi-widgets-package-'));
  project = join(dir, 'site');
  installWidgets(packWidgets(join(dir, 'pack')), project);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const chromium = chromiumPerTest();

/** Serves a page at ORIGIN/ under the demo's strict CSP, and the files of `folder` at ORIGIN + `at`. */
async function open(
  p: Page,
  html: string,
  folder: string,
  at: string,
  change: (file: string, body: Buffer) => Buffer = (_, b) => b,
): Promise<void> {
  await p.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      await route.fulfill({
        status: 200,
        headers: { 'Content-Type': TYPES['.html']!, 'Content-Security-Policy': STRICT_CSP },
        body: html,
      });
      return;
    }
    const name = path.startsWith(at) ? path.slice(at.length) : undefined;
    const file = name === undefined ? undefined : join(folder, name);
    if (!name || !file || !file.startsWith(folder) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' },
      body: change(name, readFileSync(file)),
    });
  });
}

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title>${head}</head><body>${body}</body></html>`;

const badgeStatus = (p: Page, host: string): Promise<string[]> =>
  p.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .flatMap((el) => [
          ...(el.shadowRoot?.querySelectorAll('papi-disclosure-badge') ?? []),
          ...(el.localName === 'papi-disclosure-badge' ? [el] : []),
        ])
        .map((badge) => badge.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? ''),
    host,
  );

describe('the widgets npm package in a site', () => {
  it('is complete: every export is there, every file that defines an element is in sideEffects, nothing from the workspace', () => {
    expect(widgetsPackageProblems(join(project, 'node_modules', '@papi', 'widgets'), { types: false })).toEqual([]);
  });

  it('bundles one element with esbuild, keeps the others out, and renders it with its badges under a strict CSP', async () => {
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src', 'main.js'), "import '@papi/widgets/papi-disclosure-register';\n");
    const out = join(project, 'out');
    const result = await build({
      entryPoints: [join(project, 'src', 'main.js')],
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2021',
      outdir: out,
      absWorkingDir: project,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    // The package's compiled modules, not the workspace's sources; the register pulls in the badge it shows, no more.
    expect(
      inputs
        .filter((i) => /@papi\/widgets\/lib\/papi-[a-z-]+\.js$/.test(i))
        .map((i) => i.replace(/^.*\/lib\//, ''))
        .sort(),
    ).toEqual(['papi-disclosure-badge.js', 'papi-disclosure-register.js']);
    expect(inputs.filter((i) => i.includes('/src/') && !i.startsWith('src/'))).toEqual([]);
    // Lit comes from the site's own node_modules, once.
    expect(inputs.filter((i) => /lit-element\/lit-element\.js$/.test(i))).toHaveLength(1);

    const context = await chromium.newContext();
    const p = await context.newPage();
    const csp = await watchCspViolations(p);
    const data = JSON.stringify(register).replace(/</g, '\\u003c');
    await open(
      p,
      page(
        '<script type="module" src="/main.js"></script>',
        `<papi-disclosure-register today="2026-11-27"><script type="application/json">${data}</script></papi-disclosure-register>`,
      ),
      out,
      '/',
    );
    await p.goto(`${ORIGIN}/`);
    await expect
      .poll(() => p.evaluate(() => document.querySelector('papi-disclosure-register')?.shadowRoot?.textContent ?? ''))
      .toContain('Công khai thông tin: Xã Lai Hòa');
    // The badges inside are defined too: the badge's file was kept although the site never imported it by name.
    await expect
      .poll(() => badgeStatus(p, 'papi-disclosure-register'))
      .toEqual(['Gỡ sớm — mới niêm yết 19/30 ngày', 'Đang niêm yết — ngày 12/30']);
    expect(
      await p.evaluate(
        () =>
          customElements.get('papi-checklist') === undefined &&
          customElements.get('papi-feedback-button') === undefined,
      ),
    ).toBe(true);
    expect(csp).toEqual([]);
  });
});

describe('the CDN folder and its embed snippet', () => {
  it('loads papi-widgets.js under the integrity the snippet gives, and refuses it when one byte differs', async () => {
    const folder = join(dir, 'cdn');
    const cdn = writeCdn(folder);
    const script = cdn.files.find((f) => f.file === 'papi-widgets.js')!;
    const tag = scriptTag(script, '/widgets/');
    expect(tag).toBe(
      `<script src="/widgets/papi-widgets.js" integrity="${script.integrity}" crossorigin="anonymous" defer></script>`,
    );
    expect(script.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    const html = page(
      tag,
      '<papi-disclosure-badge category="ho-ngheo" posted="2026-11-16" today="2026-11-27"></papi-disclosure-badge>',
    );

    const context = await chromium.newContext();
    const good = await context.newPage();
    const csp = await watchCspViolations(good);
    await open(good, html, folder, '/widgets/');
    await good.goto(`${ORIGIN}/`);
    await expect.poll(() => badgeStatus(good, 'papi-disclosure-badge')).toEqual(['Đang niêm yết — ngày 12/30']);
    expect(csp).toEqual([]);

    const changed = await context.newPage();
    await open(changed, html, folder, '/widgets/', (file, body) =>
      file === 'papi-widgets.js' ? Buffer.concat([body, Buffer.from('\n')]) : body,
    );
    const refused = changed.waitForEvent('console', {
      predicate: (m) => m.type() === 'error' && /integrity/i.test(m.text()),
    });
    await changed.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    await refused;
    // Deferred scripts run before the load event, so by now the element would be defined had the file run.
    expect(await changed.evaluate(() => customElements.get('papi-disclosure-badge'))).toBeUndefined();
  });
});
