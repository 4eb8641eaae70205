/**
 * The widgets' budgets, measured in Chromium against the built bundles:
 * - papi-widgets.js (every element, Lit, idb, the three locales) min+gzip ≤ 20 KB; the default plan file beside it
 *   reported separately; each element's standalone file; Lit's own runtime as the floor.
 * - <papi-checklist> first render vs inserting the same static markup with innerHTML, side by side in one page:
 *   the 2023 plan (budget ≤ 2×) and a generated 2,000-task plan (reported).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { VINH_CHAU_PLAN_2023, type Plan } from '@papi/core';
import { generatePlan } from '../fixtures/plans.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import { formatMs, record } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'widgets', 'dist');
const BUNDLE_BUDGET = 20 * 1024;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes: Uint8Array | Buffer): number => gzipSync(bytes).length;

async function sizes(): Promise<void> {
  const all = gz(readFileSync(join(dist, 'papi-widgets.js')));
  // Lit's runtime alone, minified and gzipped the same way: the floor any Lit widget pays.
  const lit = await build({ entryPoints: [join(root, 'widgets', 'src', 'lit-only.ts')], bundle: true, minify: true, format: 'iife', write: false, logLevel: 'silent' });
  const litSize = gz(lit.outputFiles[0]!.contents);
  record({ figure: 'papi-widgets.js min+gzip (all elements)', value: kb(all), baseline: `Lit alone ${kb(litSize)}`, ratio: `${(all / litSize).toFixed(2)}×`, budget: `≤ ${kb(BUNDLE_BUDGET)}`, ok: all <= BUNDLE_BUDGET });
  const planFile = readFileSync(join(dist, 'papi-plan-vinh-chau-2023.json'));
  record({ figure: 'default plan file (not in the bundle)', value: `${kb(gz(planFile))} gzip`, baseline: `${kb(planFile.length)} raw`, ratio: '', budget: '', ok: undefined });
  // What the bundle is made of: what each element adds to it, and the shared parts measured on their own.
  const parts = JSON.parse(
    execFileSync(process.execPath, [join(root, 'widgets', 'scripts', 'size-breakdown.mjs')], { cwd: join(root, 'widgets'), encoding: 'utf8' }),
  ) as { all: number; without: Record<string, number>; strings: number; data: number; idb: number };
  for (const [name, without] of Object.entries(parts.without)) {
    record({ figure: `papi-widgets.js: what <${name}> adds`, value: kb(parts.all - without), baseline: `${kb(without)} without it`, ratio: '', budget: '', ok: undefined });
  }
  record({ figure: 'papi-widgets.js shared part: strings, vi + en + km (alone)', value: kb(parts.strings), baseline: '', ratio: '', budget: '', ok: undefined });
  record({ figure: 'papi-widgets.js shared part: units, dimensions, disclosure categories, vi + en + km (alone)', value: kb(parts.data), baseline: '', ratio: '', budget: '', ok: undefined });
  record({ figure: 'papi-widgets.js shared part: idb (alone)', value: kb(parts.idb), baseline: '', ratio: '', budget: '', ok: undefined });
  const floor = litSize + parts.idb + parts.strings + parts.data;
  record({ figure: 'Lit + idb + strings + domain data, before any element code', value: kb(floor), baseline: `Lit alone ${kb(litSize)}`, ratio: `${(floor / litSize).toFixed(2)}×`, budget: '', ok: undefined });
  for (const file of readdirSync(dist).filter((f) => /^papi-(?!widgets)[\w-]+\.js$/.test(f)).sort()) {
    const size = gz(readFileSync(join(dist, file)));
    record({ figure: `${file} standalone min+gzip`, value: kb(size), baseline: `Lit alone ${kb(litSize)}`, ratio: `${(size / litSize).toFixed(2)}×`, budget: '', ok: undefined });
  }
}

async function startDemo(): Promise<{ url: string; stop: () => void }> {
  // The demo runs the collector too: its SQLite file goes in a temporary folder, never the developer's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'papi-bench-demo-'));
  const env = { ...process.env, PORT: '0', PAPI_DEMO_DB: join(dataDir, 'demo.sqlite') };
  const child = spawn(process.execPath, [join(root, 'packages', 'demo', 'dist', 'serve.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('demo server did not start')), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /(http:\/\/\S+)/.exec(chunk.toString());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    stop: () => {
      child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
      child.kill('SIGTERM');
    },
  };
}

interface Timing {
  render: number;
  innerHTML: number;
  tasks: number;
}

async function renderTimes(): Promise<void> {
  const demo = await startDemo();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const harness = new URL('/__bench__/', demo.url).href;
    await page.route(harness, (route) =>
      route.fulfill({
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title><script src="/widgets/papi-widgets.js"></script></head><body><main id="root"></main></body></html>',
      }),
    );
    await page.goto(harness);
    await page.waitForFunction(() => customElements.get('papi-checklist') !== undefined);
    for (const [name, plan, budget] of [
      ['<papi-checklist> first render, 2023 plan', VINH_CHAU_PLAN_2023, 2],
      ['<papi-checklist> first render, 2,000 tasks', generatePlan(2000), undefined],
    ] as const) {
      const t = await page.evaluate(async (p: Plan): Promise<Timing> => {
        const rootEl = document.getElementById('root')!;
        const median = (xs: number[]): number => {
          const s = [...xs].sort((a, b) => a - b);
          return s[s.length >> 1]!;
        };
        const renderOnce = async (): Promise<{ ms: number; markup: string; sheets: CSSStyleSheet[] }> => {
          rootEl.replaceChildren();
          const el = document.createElement('papi-checklist') as HTMLElement & { plan: unknown; updateComplete: Promise<boolean> };
          el.setAttribute('today', '2026-11-27');
          const start = performance.now();
          el.plan = p;
          rootEl.append(el);
          await el.updateComplete;
          void el.offsetHeight;
          const ms = performance.now() - start;
          return { ms, markup: el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''), sheets: [...el.shadowRoot!.adoptedStyleSheets] };
        };
        const insertOnce = (markup: string, sheets: CSSStyleSheet[]): number => {
          rootEl.replaceChildren();
          const host = document.createElement('div');
          const start = performance.now();
          const shadow = host.attachShadow({ mode: 'open' });
          shadow.adoptedStyleSheets = sheets;
          shadow.innerHTML = markup;
          rootEl.append(host);
          void host.offsetHeight;
          return performance.now() - start;
        };
        const first = await renderOnce(); // warm-up, and the markup for the baseline
        insertOnce(first.markup, first.sheets);
        const a: number[] = [];
        const b: number[] = [];
        for (let round = 0; round < 15; round++) {
          if (round % 2) {
            b.push(insertOnce(first.markup, first.sheets));
            a.push((await renderOnce()).ms);
          } else {
            a.push((await renderOnce()).ms);
            b.push(insertOnce(first.markup, first.sheets));
          }
        }
        rootEl.replaceChildren();
        return { render: median(a), innerHTML: median(b), tasks: p.tasks.length };
      }, plan as Plan);
      const ratio = t.render / t.innerHTML;
      record({
        figure: `${name} (${t.tasks} tasks) vs innerHTML of the same markup`,
        value: formatMs(t.render),
        baseline: formatMs(t.innerHTML),
        ratio: `${ratio.toFixed(2)}×`,
        budget: budget === undefined ? '' : `≤ ${budget}×`,
        ok: budget === undefined ? undefined : ratio <= budget,
      });
    }
  } finally {
    await browser.close();
    demo.stop();
  }
}

export async function benchWidgets(): Promise<void> {
  await sizes();
  await renderTimes();
}
