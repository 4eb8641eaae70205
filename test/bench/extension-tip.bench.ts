/**
 * Guidance at once (#12 part 5): from a deep link's page load on the portal replica to the tip on screen, in
 * Chromium with the built extension, with the step's element absent (the replica holds the form back) and present
 * (the form drawn before the content script starts). Beside it, the same page's DOMContentLoaded (from navigation
 * start), the earliest the content script starts (document_end). Each round is a new tab and a new case.
 */
import type { Page } from 'playwright-core';
import { command, formUrl, getView, launchWithExtension, type Harness } from '../browser/extension/support.js';
import { formatMs, record } from './harness.js';

const BUDGET_MS = 1000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

declare global {
  interface Window {
    papiTipAt?: { at: number; state: string | undefined };
  }
}

type Case = 'absent' | 'present';

/** One deep link in a new tab: ms from navigation start to the tip on screen, and to DOMContentLoaded. */
async function once(h: Harness, kind: Case): Promise<{ tip: number; ready: number }> {
  const page: Page = await h.context.newPage();
  try {
    await page.addInitScript((held: boolean) => {
      sessionStorage.setItem(held ? 'replica-hold' : 'replica-delay', held ? '1' : '0');
      // Each frame, whether the tip is on screen (the overlay's shadow root is open to the page).
      const look = (): void => {
        const tip = document.querySelector('[data-papi-overlay]')?.shadowRoot?.querySelector<HTMLElement>('.tip');
        const r = tip && !tip.classList.contains('hidden') ? tip.getBoundingClientRect() : null;
        if (tip && r && r.width > 0 && r.height > 0)
          window.papiTipAt = { at: performance.now(), state: tip.dataset.state };
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, kind === 'absent');
    await page.goto(formUrl('khai-sinh'));
    await page.waitForFunction(() => window.papiTipAt !== undefined, undefined, { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      tip: window.papiTipAt!,
      ready: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      form: document.querySelector('.sd-root-modern') !== null,
    }));
    const want = kind === 'absent' ? 'looking' : 'found';
    if (seen.tip.state !== want || seen.form !== (kind === 'present'))
      throw new Error(`the ${kind} case did not show what it measures: ${JSON.stringify(seen)}`);
    return { tip: seen.tip.at, ready: seen.ready };
  } finally {
    // A new case each round: the deep link would otherwise resume this one.
    const view = await getView(h.panel);
    if (view) await command(h.panel, { type: 'discard', caseId: view.caseId });
    await page.close();
  }
}

export async function benchTipAtOnce(rounds = 9): Promise<void> {
  const h = await launchWithExtension('normal');
  try {
    const samples: Record<Case, { tip: number[]; ready: number[] }> = {
      absent: { tip: [], ready: [] },
      present: { tip: [], ready: [] },
    };
    await once(h, 'present'); // warm-up: the worker awake, the build's files in the cache
    await once(h, 'absent');
    for (let r = 0; r < rounds; r++) {
      for (const kind of (r % 2 ? ['absent', 'present'] : ['present', 'absent']) as Case[]) {
        const s = await once(h, kind);
        samples[kind].tip.push(s.tip);
        samples[kind].ready.push(s.ready);
      }
    }
    for (const kind of ['absent', 'present'] as const) {
      const value = median(samples[kind].tip);
      const base = median(samples[kind].ready);
      record({
        figure: `deep link → tip on screen, step's element ${kind === 'absent' ? 'not yet drawn' : 'on the page'} (Chromium)`,
        value: formatMs(value),
        baseline: `${formatMs(base)} (DOMContentLoaded)`,
        ratio: `${(value / base).toFixed(2)}×`,
        budget: `≤ ${BUDGET_MS} ms`,
        ok: value <= BUDGET_MS,
      });
    }
  } finally {
    await h.close();
  }
}
