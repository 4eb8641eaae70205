/**
 * The widgets' budgets, measured in Chromium against the built files:
 * - per page: the sum of the gzip sizes of the JavaScript files a page with the loader (papi-widgets.js) actually
 *   fetched, counted from its responses (the plan's JSON apart), beside the old single bundle (every element and
 *   locale in one file, as papi-widgets.mjs still is) and Lit's own runtime as the floor;
 * - what that single bundle is made of (what each element adds, the shared parts on their own);
 * - <papi-checklist> first render vs inserting the same static markup with innerHTML, side by side in one page:
 *   the 2023 plan (budget ≤ 2×) and a generated 2,000-task plan (reported).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { VINH_CHAU_PLAN_2023, type Plan } from '@papi/core';
import { generatePlan } from '../fixtures/plans.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.js';
import { formatMs, record } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'widgets', 'dist');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (bytes: Uint8Array | Buffer): number => gzipSync(bytes).length;

interface Sizes {
  bundle: number;
  lit: number;
}

async function sizes(): Promise<Sizes> {
  // The single bundle as the widgets were shipped before the loader: every element, Lit, idb, the three locales.
  const bundle = gz(readFileSync(join(dist, 'papi-widgets.mjs')));
  // Lit's runtime alone, minified and gzipped the same way: the floor any Lit widget pays.
  const lit = await build({
    entryPoints: [join(root, 'widgets', 'src', 'lit-only.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const litSize = gz(lit.outputFiles[0]!.contents);
  record({
    figure: 'single bundle (papi-widgets.mjs, every element and locale) min+gzip',
    value: kb(bundle),
    baseline: `Lit alone ${kb(litSize)}`,
    ratio: `${(bundle / litSize).toFixed(2)}×`,
    budget: '',
    ok: undefined,
  });
  const planFile = readFileSync(join(dist, 'papi-plan-vinh-chau-2023.json'));
  record({
    figure: 'default plan file (not in any script)',
    value: `${kb(gz(planFile))} gzip`,
    baseline: `${kb(planFile.length)} raw`,
    ratio: '',
    budget: '',
    ok: undefined,
  });
  // What the single bundle is made of: what each element adds to it, and the shared parts measured on their own.
  const parts = JSON.parse(
    execFileSync(process.execPath, [join(root, 'widgets', 'scripts', 'size-breakdown.mjs')], {
      cwd: join(root, 'widgets'),
      encoding: 'utf8',
    }),
  ) as { all: number; without: Record<string, number>; strings: number; data: number; idb: number };
  for (const [name, without] of Object.entries(parts.without)) {
    record({
      figure: `single bundle: what <${name}> adds`,
      value: kb(parts.all - without),
      baseline: `${kb(without)} without it`,
      ratio: '',
      budget: '',
      ok: undefined,
    });
  }
  record({
    figure: 'single bundle shared part: strings, vi + en + km (alone)',
    value: kb(parts.strings),
    baseline: '',
    ratio: '',
    budget: '',
    ok: undefined,
  });
  record({
    figure: 'single bundle shared part: units, dimensions, disclosure categories, vi + en + km (alone)',
    value: kb(parts.data),
    baseline: '',
    ratio: '',
    budget: '',
    ok: undefined,
  });
  record({
    figure: 'single bundle shared part: idb (alone)',
    value: kb(parts.idb),
    baseline: '',
    ratio: '',
    budget: '',
    ok: undefined,
  });
  return { bundle, lit: litSize };
}

interface PageCase {
  figure: string;
  lang: string;
  body: string;
  /** The elements that must have rendered before the count is taken. */
  tags: string[];
  budget: number;
}

const SUMMARY_STATS = JSON.stringify({
  schema: 1,
  asOf: '2026-11-27T08:00:00.000Z',
  feedback: { total: 0, byRating: {}, byUnit: [], byDimension: [] },
  reports: [],
});

/** The pages of the issue's size budget (#10): what a resident downloads for the page in front of them. */
const PAGES: PageCase[] = [
  { figure: 'page: the loader alone', lang: 'vi', body: '', tags: [], budget: 2 },
  {
    figure: 'page: one <papi-feedback-button> (vi)',
    lang: 'vi',
    body: '<papi-feedback-button endpoint="/" unit="xa-lai-hoa-2025"></papi-feedback-button>',
    tags: ['papi-feedback-button'],
    budget: 18,
  },
  {
    figure: 'page: one <papi-feedback-button> (km)',
    lang: 'km',
    body: '<papi-feedback-button endpoint="/" unit="xa-lai-hoa-2025"></papi-feedback-button>',
    tags: ['papi-feedback-button'],
    budget: 18,
  },
  {
    figure: 'page: one <papi-disclosure-badge>',
    lang: 'vi',
    body: '<papi-disclosure-badge category="ho-ngheo" posted="2026-11-16" today="2026-11-27"></papi-disclosure-badge>',
    tags: ['papi-disclosure-badge'],
    budget: 12,
  },
  {
    figure: 'page: one <papi-checklist> (default plan)',
    lang: 'vi',
    body: '<papi-checklist today="2026-11-27"></papi-checklist>',
    tags: ['papi-checklist'],
    budget: 28,
  },
  {
    figure: 'page: all five elements',
    lang: 'vi',
    body: [
      '<papi-checklist today="2026-11-27"></papi-checklist>',
      '<papi-disclosure-badge category="ho-ngheo" posted="2026-11-16" today="2026-11-27"></papi-disclosure-badge>',
      '<papi-disclosure-register today="2026-11-27"><script type="application/json">{"unit":"xa-lai-hoa-2025","period":{"from":"2026-07-01","to":"2026-12-31"},"entries":[{"category":"ho-ngheo","title":"Danh sách hộ nghèo","posted":"2026-11-16"}]}</script></papi-disclosure-register>',
      '<papi-feedback-button endpoint="/" unit="xa-lai-hoa-2025"></papi-feedback-button>',
      `<papi-feedback-summary><script type="application/json">${SUMMARY_STATS}</script></papi-feedback-summary>`,
    ].join(''),
    tags: [
      'papi-checklist',
      'papi-disclosure-badge',
      'papi-disclosure-register',
      'papi-feedback-button',
      'papi-feedback-summary',
    ],
    budget: 42,
  },
];

/** The JavaScript a page fetched: each response's body gzipped, by file name. */
async function fetchedScripts(browser: Browser, demoUrl: string, c: PageCase): Promise<Map<string, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    const name = new URL(response.url()).pathname.replace(/^.*\//, '');
    bodies.push(response.body().then((body) => void files.set(name, gz(body))));
  });
  const url = new URL('/__bench-page__/', demoUrl).href;
  await page.route(url, (route) =>
    route.fulfill({
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html lang="${c.lang}"><head><meta charset="utf-8"><title>bench</title><script src="/widgets/papi-widgets.js" defer></script></head><body><main>${c.body}</main></body></html>`,
    }),
  );
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as Record<symbol, unknown>)[Symbol.for('papi-widgets.loader')] !== undefined,
  );
  // Every element has rendered (its code and strings are in), and nothing more is on its way.
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0),
      ),
    c.tags,
  );
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  return files;
}

async function pageSizes(s: Sizes): Promise<void> {
  const demo = await startDemo();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const breakdown: string[] = [];
    for (const c of PAGES) {
      const files = await fetchedScripts(browser, demo.url, c);
      const total = [...files.values()].reduce((a, b) => a + b, 0);
      const budget = c.budget * 1024;
      record({
        figure: `${c.figure}: JavaScript fetched, gzip (${files.size} files)`,
        value: kb(total),
        baseline: `single bundle ${kb(s.bundle)}, Lit ${kb(s.lit)}`,
        ratio: `${(total / s.bundle).toFixed(2)}×`,
        budget: `≤ ${kb(budget)}`,
        ok: total <= budget,
      });
      breakdown.push(
        `${c.figure}: ${[...files]
          .sort((a, b) => b[1] - a[1])
          .map(([name, size]) => `${name} ${kb(size)}`)
          .join(', ')}`,
      );
    }
    console.log(`Widgets, the files each page fetched (gzip):\n  ${breakdown.join('\n  ')}\n`);
  } finally {
    await browser.close();
    demo.stop();
  }
}

async function startDemo(): Promise<{ url: string; stop: () => void }> {
  // The demo runs the collector too: its SQLite file goes in a temporary folder, never the developer's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'papi-bench-demo-'));
  const env = { ...process.env, PORT: '0', PAPI_DEMO_DB: join(dataDir, 'demo.sqlite') };
  const child = spawn(process.execPath, [join(root, 'packages', 'demo', 'dist', 'serve.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
    // The loader fetches the checklist's code when one appears.
    await page.evaluate(async () => {
      const probe = document.createElement('papi-checklist');
      probe.hidden = true;
      document.body.append(probe);
      await customElements.whenDefined('papi-checklist');
      probe.remove();
    });
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
          const el = document.createElement('papi-checklist') as HTMLElement & {
            plan: unknown;
            updateComplete: Promise<boolean>;
          };
          el.setAttribute('today', '2026-11-27');
          const start = performance.now();
          el.plan = p;
          rootEl.append(el);
          await el.updateComplete;
          void el.offsetHeight;
          const ms = performance.now() - start;
          return {
            ms,
            markup: el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''),
            sheets: [...el.shadowRoot!.adoptedStyleSheets],
          };
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
  await pageSizes(await sizes());
  await renderTimes();
}
