// The feedback fixture pages, a real collector on a temporary SQLite file that accepts them, and Chromium: what the
// feedback button's browser tests share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  type Collector,
  type CollectorConfig,
  type RunningCollector,
  type StoredFeedback,
  startCollector,
  withDefaults,
} from '../../packages/collector/src/index.js';
import { type FeedbackPages, startFeedbackPages } from '../fixtures/widgets/feedback-server.js';
import { launchBrowser } from './browser.js';

export interface FeedbackRig {
  readonly browser: Browser;
  readonly pages: FeedbackPages;
  readonly collector: Collector & RunningCollector;
  /** Every feedback row the collector stored, in order. */
  records(): Promise<StoredFeedback[]>;
  close(): Promise<void>;
}

export interface FeedbackRigOptions {
  /** The collector's settings beyond the rig's (no rate limits, the pages' origin allowed), e.g. a look-up limit. */
  readonly config?: Partial<CollectorConfig>;
  /** A browser the test file already has: the rig then neither launches nor closes one. */
  readonly browser?: Browser;
}

export async function startFeedbackRig(options: FeedbackRigOptions = {}): Promise<FeedbackRig> {
  const dir = mkdtempSync(join(tmpdir(), 'papi-feedback-'));
  let endpoint = '';
  const pages = await startFeedbackPages({ endpoint: () => endpoint });
  const collector = await startCollector(
    withDefaults({
      dbPath: join(dir, 'papi.sqlite'),
      port: 0,
      host: '127.0.0.1',
      allowedOrigins: [pages.origin],
      rateLimit: 0,
      feedbackRateLimit: 0,
      logLevel: 'silent',
      ...options.config,
    }),
  );
  endpoint = `http://127.0.0.1:${collector.port}/`; // the collector's base URL: the button adds api/feedback
  const browser = options.browser ?? (await launchBrowser());
  return {
    browser,
    pages,
    collector,
    async records() {
      const out: StoredFeedback[] = [];
      for await (const row of collector.store.feedbackRows()) out.push(row);
      return out;
    },
    async close() {
      if (!options.browser) await browser.close();
      await collector.close();
      await pages.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
