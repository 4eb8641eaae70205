import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core in the page, on the whole document or on what `include` selects. In Chromium it is injected
 * through the DevTools protocol (addScriptTag would be an inline script, which the pages' strict CSP rightly
 * refuses); in Firefox, which has no such protocol, through the automation's own script evaluation, which the
 * page's CSP does not govern either.
 */
export async function axeViolations(page: Page, options: { include?: string[] } = {}): Promise<AxeViolation[]> {
  const scope = options.include ? JSON.stringify({ include: options.include.map((s) => [s]) }) : 'document';
  const run = `axe.run(${scope}, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target, failureSummary: n.failureSummary })) }))))`;
  if (/Firefox\//.test(await page.evaluate(() => navigator.userAgent))) {
    const json = await page.evaluate(`${AXE_SOURCE}\n;${run}`);
    return JSON.parse(json as string) as AxeViolation[];
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Runtime.evaluate', { expression: AXE_SOURCE });
  const { result } = await session.send('Runtime.evaluate', {
    expression: run,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  return JSON.parse(result.value as string) as AxeViolation[];
}

/** Collects Content-Security-Policy violations the page reports, from the moment of the call. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__papiCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __papiCspViolation(t: string): void }).__papiCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

/**
 * Whether a page scrolls sideways: empty when it fits; otherwise its width and the elements (in shadow roots too)
 * that reach past the viewport's right edge, as "tag.class right=N".
 */
export async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Content inside a scroll box (a wide table) may reach past the edge; only a page wider than the screen is a fault.
    if (document.documentElement.scrollWidth <= width) return [];
    const found = [`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`];
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1)
          found.push(
            `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(box.right)}`,
          );
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found.slice(0, 10);
  });
}

/** A phone as residents hold it: 390×844 CSS pixels, touch, mobile layout. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;

/** The messages of every alert, confirm or prompt the page opens (an injected script's `alert(1)`), each dismissed. */
export function watchDialogs(page: Page): string[] {
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    // The page may close first; the message is what the test asserts on.
    dialog.dismiss().catch(() => undefined);
  });
  return messages;
}
