/**
 * The extension's Firefox build in Firefox ESR, on the portal replica. Firefox's automation may not open the
 * extension's own pages, so the walk reads the guide where the clerk sees it: the tip on the portal page.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunnerState } from '@papi/core';
import { guideById } from '../../../extension/src/guides/index.js';
import { CATALOGUES } from '../../../extension/src/i18n/index.js';
import type { ActiveView } from '../../../extension/src/messages.js';
import { findFirefox, launchFirefoxWithExtension, startHostProxy } from '../../support/firefox.js';
import { PORTAL_HOST, SSO_HOST, startReplica } from '../../fixtures/portal/server.js';
import type { GuideProbe } from './support.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIREFOX_EXTENSION_DIR = join(root, 'extension', '.output', 'firefox-mv2');

export interface FirefoxHarness {
  context: BrowserContext;
  /** Hosts Firefox asked the proxy for besides the portal's: none is expected. */
  refused: readonly string[];
  close(): Promise<void>;
}

export async function launchFirefox(executablePath: string): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error('The extension is not built: run `pnpm build` first.');
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const replica = await startReplica();
  const proxy = await startHostProxy([PORTAL_HOST, SSO_HOST], replica.port);
  const userDir = mkdtempSync(join(tmpdir(), 'papi-ff-'));
  // A snapshot of the build, so that a `pnpm build` running meanwhile cannot pull files from under Firefox.
  const extensionDir = join(userDir, 'firefox-mv2');
  cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
  const { context } = await launchFirefoxWithExtension({
    executablePath,
    userDir,
    extensionDir,
    geckoId: manifest.browser_specific_settings.gecko.id,
    proxyPort: proxy.port,
  });
  return {
    context,
    refused: proxy.refused,
    async close() {
      const t0 = Date.now();
      const log = (what: string): void => {
        if (process.env.PAPI_DEBUG) console.log(`[firefox] ${what} +${Date.now() - t0} ms`);
      };
      await context.close();
      log('closed');
      await proxy.close();
      log('proxy closed');
      await replica.close();
      log('replica closed');
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

export const firefoxPath = (): string | null => findFirefox();

interface Tip {
  readonly label: string;
  readonly text: string;
  readonly fallback: boolean;
  /** Shown at once with the instructions while the step's element is looked for. */
  readonly looking: boolean;
  readonly target: boolean;
}

/**
 * The guide's state as the tip on the page shows it ("Bước 7/35", outlined or not, the other-page notice), in
 * the shape the walker reads. While the step's element is looked for, the tip shows its instructions and says so
 * (`data-state="looking"`); it hides when the guide is over: over, once "I did this" was pressed on the last step.
 */
export function tipProbe(page: Page, guideId: string, caseId = 'firefox'): GuideProbe {
  const guide = guideById(guideId);
  if (!guide) throw new Error(`no guide ${guideId}`);
  const labels = CATALOGUES.vi;
  const stepOf = new RegExp(
    labels['overlay.stepOf'].replace('{n}', '(\\d+)').replace('{total}', String(guide.steps.length)),
  );
  let finished = false;
  let lastStep = 0;
  const view = (step: number, state: Partial<RunnerState>): ActiveView =>
    ({
      caseId,
      caseNumber: 1,
      guideId,
      step: guide.steps[step]!,
      stepCount: guide.steps.length,
      locale: 'vi',
      labels: {},
      state: { guideId, step, status: 'running', stepStatus: 'locating', done: [], onStepPage: true, ...state },
    }) as unknown as ActiveView;
  return {
    async view() {
      const tip = await page
        .evaluate((): Tip | null => {
          const root = document.querySelector('[data-papi-overlay]')?.shadowRoot;
          const el = root?.querySelector('.tip');
          if (!root || !el || el.classList.contains('hidden')) return null;
          return {
            label: root.querySelector('.step')?.textContent ?? '',
            text: el.textContent ?? '',
            fallback: el.classList.contains('fallback'),
            looking: el.getAttribute('data-state') === 'looking',
            target: document.querySelector('[data-papi-target]') !== null,
          };
        })
        .catch(() => null); // a page between two documents has no tip yet
      if (!tip) return finished ? view(lastStep, { status: 'completed' }) : view(lastStep, {});
      const n = stepOf.exec(tip.label);
      if (!n) return view(lastStep, {});
      lastStep = Number(n[1]) - 1;
      const step = guide.steps[lastStep]!;
      if (tip.looking || !tip.fallback) return view(lastStep, { stepStatus: tip.target ? 'found' : 'locating' });
      const otherPage = tip.text.includes(labels['overlay.otherPage']);
      return view(lastStep, {
        onStepPage: !otherPage,
        stepStatus: !otherPage && !step.target ? 'text' : 'fallback',
      });
    },
    async manual() {
      const onLast = lastStep === guide.steps.length - 1;
      await page.locator('[data-papi-overlay] [data-action="manual"]').click();
      if (onLast) finished = true;
    },
  };
}
