/**
 * The extension's budgets: the content script's size (min+gzip) beside Driver.js as the reference, background.js's
 * size (minified, beside the guides it reads as data), and resolving a step's target on a page of 10,000 elements
 * (median, in Chromium) beside a plain querySelector.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser.js';
import { formatMs, record } from './harness.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT = join(root, 'extension', '.output', 'chrome-mv3');
const CONTENT_SCRIPT = join(BUILT, 'content-scripts', 'content.js');
const BACKGROUND = join(BUILT, 'background.js');
/** The guides, which the background reads as data at start (#12 part 9: it no longer carries them). */
const GUIDES = join(BUILT, 'guides.json');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

function sizes(): void {
  if (!existsSync(CONTENT_SCRIPT))
    throw new Error('The extension is not built: run `pnpm build` first (`pnpm bench` does).');
  const ours = gz(readFileSync(CONTENT_SCRIPT));
  const requireFromExtension = createRequire(join(root, 'extension', 'package.json'));
  const driverDir = dirname(requireFromExtension.resolve('driver.js'));
  const driver =
    gz(readFileSync(join(driverDir, 'driver.js.iife.js'))) + gz(readFileSync(join(driverDir, 'driver.css')));
  record({
    figure: 'extension content script, min+gzip (vs Driver.js JS+CSS)',
    value: kb(ours),
    baseline: kb(driver),
    ratio: `${(ours / driver).toFixed(2)}×`,
    budget: '≤ 15 KB',
    ok: ours <= 15 * 1024,
  });
  // The background (an MV3 service worker, started again after each sleep) as built: minified, not gzipped.
  const background = statSync(BACKGROUND).size;
  record({
    figure: 'extension background.js, minified (beside the guides it reads as data)',
    value: kb(background),
    baseline: `guides.json ${kb(statSync(GUIDES).size)}`,
    ratio: '',
    budget: '≤ 60 KB',
    ok: background <= 60 * 1024,
  });
}

/** A portal-like page: 10,000 elements of SurveyJS questions, tables, buttons and text, the target near the end. */
function bigPage(): string {
  const parts: string[] = [
    '<div id="root"><header><a href="/"><button>Đăng nhập</button></a></header><div class="hidden-copy" style="display:none">',
  ];
  parts.push(
    '<div class="sd-question" data-name="citizenSoluongbansao__1"><h5 class="sd-title"><span>Số lượng bản sao</span></h5><input class="sd-input"></div></div>',
  );
  let count = 10;
  for (let i = 0; count < 9_980; i++) {
    parts.push(
      `<div class="sd-question p${i}" data-name="citizenField${i}__1761724625529"><div class="sd-question__header"><h5 class="sd-title"><span class="sv-string-viewer">Trường thông tin số ${i}</span><span> *</span></h5></div><div class="row"><input class="sd-input" placeholder="Nhập"><span class="hint">Ghi chú ${i}</span></div><table><tr><td>Giấy tờ ${i}</td><td><button title="Tải lên file">⬆</button></td></tr></table></div>`,
    );
    count += 14; // the question's elements, the table's implicit <tbody> included
  }
  parts.push(
    '<div class="sd-question" data-name="citizenSoluongbansao__1761724625529"><h5 class="sd-title"><span>Số lượng bản sao</span><span> *</span></h5><input class="sd-input" placeholder="Nhập số"></div>',
  );
  parts.push('<button type="button">Lưu và nộp hồ sơ</button></div>');
  return `<!doctype html><html lang="vi"><body>${parts.join('')}</body></html>`;
}

async function resolving(): Promise<void> {
  const bundle = await build({
    stdin: {
      contents: "export { resolveTarget } from './src/locator.ts';",
      resolveDir: join(root, 'extension'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__papiLocator',
    minify: true,
    target: 'es2022',
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(bigPage());
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(() => {
      type Resolve = (d: Document, l: object) => { element: Element; strategy: string } | null;
      const { resolveTarget } = (window as unknown as { __papiLocator: { resolveTarget: Resolve } }).__papiLocator;
      const loc = { label: 'Số lượng bản sao', dataName: 'citizenSoluongbansao' };
      const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1]!;
      // Timers are coarse in a page, so each sample is a batch of calls, divided.
      const time = (fn: () => unknown, batch: number, samples: number): number[] => {
        const out: number[] = [];
        for (let s = 0; s < samples; s++) {
          const t0 = performance.now();
          for (let i = 0; i < batch; i++) fn();
          out.push((performance.now() - t0) / batch);
        }
        return out;
      };
      const found = resolveTarget(document, loc);
      const ours: number[] = [];
      const base: number[] = [];
      for (let round = 0; round < 10; round++) {
        ours.push(...time(() => resolveTarget(document, loc), 5, 3));
        base.push(
          ...time(() => document.querySelector('[data-name^="citizenSoluongbansao__"]:not(.hidden-copy *)'), 500, 3),
        );
      }
      return {
        ours: median(ours),
        base: median(base),
        elements: document.getElementsByTagName('*').length,
        strategy: found?.strategy,
        visible: found?.element.closest('.hidden-copy') === null,
      };
    });
    // The locator tries a SurveyJS data-name prefix first when the step gives one (then bounds the label to it).
    if (!result.visible || result.strategy !== 'data-name')
      throw new Error(`the benchmark target was not resolved as expected: ${JSON.stringify(result)}`);
    record({
      figure: `resolve a step's target, ${result.elements.toLocaleString('en')}-element page (median, Chromium)`,
      value: formatMs(result.ours),
      baseline: formatMs(result.base),
      ratio: `${(result.ours / Math.max(result.base, 1e-3)).toFixed(1)}×`,
      budget: '< 5 ms',
      ok: result.ours < 5,
    });
  } finally {
    await browser.close();
  }
}

/** The extension's rows of `pnpm bench`. */
export async function benchExtension(): Promise<void> {
  sizes();
  await resolving();
  await (await import('./extension-tip.bench.js')).benchTipAtOnce();
}
