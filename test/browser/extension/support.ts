/** Chromium with the built extension loaded, the replica mapped to the portal's hosts, and a guide walker. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FileChooser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import type { ActiveView } from '../../../extension/src/messages.js';
import { findChromium } from '../../support/chromium.js';
import { REPO_ROOT } from '../../support/repo-root.js';
import { startReplica, type Replica } from '../../fixtures/portal/server.js';

/** The few extension APIs the tests call inside the extension's pages. */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: StorageArea; session: StorageArea };
};

// Found upwards: the bench bundles this file elsewhere.
export const EXTENSION_DIR = join(REPO_ROOT, 'extension', '.output', 'chrome-mv3');

export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * The time a test that walks a guide may take. A stuck step fails sooner, in the walker, with the step named (30 s a
 * step); the whole walk, about a second a step on a quiet machine, gets 6 s a step beside the browser tests' usual
 * 120 s (vitest.config.ts), so that a busy 2-core machine finishes it too: 120 s fits a few steps, not khai-sinh's 35.
 */
export function walkBudget(guideId: string): number {
  const guide = guideById(guideId);
  if (!guide) throw new Error(`no guide ${guideId}`);
  return 120_000 + 6_000 * guide.steps.length;
}

export interface Harness {
  context: BrowserContext;
  replica: Replica;
  extensionId: string;
  panel: Page;
  close(): Promise<void>;
}

export async function launchWithExtension(variant: 'normal' | 'changed' = 'normal'): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('The extension is not built: run `pnpm build` first.');
  const t0 = Date.now();
  const log = (what: string): void => {
    if (process.env.PAPI_DEBUG) console.log(`[harness] ${what} +${Date.now() - t0} ms`);
  };
  const replica = await startReplica({ variant });
  log('replica');
  const userDir = mkdtempSync(join(tmpdir(), 'papi-ext-'));
  // Load a snapshot of the build, so that a `pnpm build` running meanwhile cannot pull files from under Chromium.
  const extensionDir = join(userDir, 'chrome-mv3');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  if (!existsSync(join(extensionDir, 'manifest.json')) || !existsSync(join(extensionDir, 'background.js')))
    throw new Error('The extension build is incomplete (is a build running?): run `pnpm build` again.');
  const context = await chromium.launchPersistentContext(join(userDir, 'profile'), {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${replica.resolverRules}`,
      '--ignore-certificate-errors',
    ],
  });
  // The id comes from the service worker's URL; under load the worker can be slow to show, and then the id of an
  // unpacked extension is derived from its path as Chromium does (SHA-256, first 32 hex digits as a–p).
  log('context');
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
  const extensionId = worker ? new URL(worker.url()).host : unpackedExtensionId(extensionDir);
  log(`worker ${worker ? 'seen' : 'not seen'}`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  log('panel loaded');
  await panel.waitForSelector('h1');
  log('panel rendered');
  if (worker === undefined) await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' })); // wakes the worker
  return {
    context,
    replica,
    extensionId,
    panel,
    async close() {
      await context.close();
      await replica.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a describe block: the extension in a browser of its own on the replica, the clerk's unit set (Phường Vĩnh
 * Phước unless told), and a portal tab, handed to `open` once ready; closed after the block.
 */
export function withPortalTab(
  open: (opened: { h: Harness; page: Page }) => void,
  options: { variant?: 'normal' | 'changed'; unitId?: string } = {},
): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await launchWithExtension(options.variant ?? 'normal');
    await setUnit(h.panel, options.unitId ?? 'phuong-vinh-phuoc-2025');
    open({ h, page: await h.context.newPage() });
  });
  afterAll(async () => {
    await h?.close();
  });
}

/** What the tip on the portal page says (its shadow root's text), or '' when none shows. */
export const tipText = (page: Page): Promise<string> =>
  page
    .locator('[data-papi-overlay]')
    .first()
    .evaluate((host) => host.shadowRoot?.textContent ?? '')
    .catch(() => '');

export const getView = (panel: Page): Promise<ActiveView | null> =>
  panel.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' }) as Promise<ActiveView | null>);

/**
 * Where a walk reads the guide's state and says "I did this": the side panel in Chromium; in Firefox, whose
 * automation may not open extension pages, the tip on the portal page (see firefox-support.ts).
 */
export interface GuideProbe {
  view(): Promise<ActiveView | null>;
  manual(): Promise<void>;
}

/** The side panel as the probe: the background's state, and the panel's "I did this" button. */
export const panelProbe = (panel: Page): GuideProbe => ({
  view: () => getView(panel),
  manual: () => panel.getByRole('button', { name: 'Tôi đã làm xong bước này' }).click(),
});

const probeOf = (from: Page | GuideProbe): GuideProbe => ('manual' in from ? from : panelProbe(from));

/** Sends the background a message as the side panel does (goto, discard, …) and gives back the new view. */
export const command = (panel: Page, message: unknown): Promise<ActiveView | null> =>
  panel.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<ActiveView | null>, message);

/** The e-form of a replica procedure, with a guide's deep link. */
export const PROCS = {
  'khai-sinh': { id: '3f2a1c52-0001-4c1e-9a10-000000000001', caseId: 'c0a80101-0001-4b1e-9a10-0000000000a1' },
  'lien-thong-khai-sinh': {
    id: '3f2a1c52-0002-4c1e-9a10-000000000002',
    caseId: 'c0a80101-0002-4b1e-9a10-0000000000a2',
  },
  'khai-tu': { id: '3f2a1c52-0003-4c1e-9a10-000000000003', caseId: 'c0a80101-0003-4b1e-9a10-0000000000a3' },
  'thuong-tru': { id: '3f2a1c52-0005-4c1e-9a10-000000000005', caseId: 'c0a80101-0005-4b1e-9a10-0000000000a5' },
} as const;
export const formUrl = (guide: keyof typeof PROCS): string =>
  `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${PROCS[guide].caseId}#papi-guide=${guide}`;

/** Makes a step current, as choosing it in the panel's step list does, and waits for it to settle. */
export async function gotoStep(panel: Page, stepId: string): Promise<ActiveView> {
  const v = await getView(panel);
  const guide = guideById(v!.guideId)!;
  await command(panel, { type: 'goto', step: guide.steps.findIndex((s) => s.id === stepId) });
  for (let n = 0; n < 100; n++) {
    const now = await getView(panel);
    if (now?.step.id === stepId && now.state.stepStatus !== 'locating') return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`step ${stepId} did not settle`);
}

export async function setUnit(panel: Page, unitId: string): Promise<void> {
  await panel.getByRole('button', { name: 'Tùy chọn' }).click();
  await panel.selectOption('#opt-unit', unitId);
  await panel.getByText('Đã lưu.').waitFor();
}

/** Waits until the current step has been located (or fell back), or a text step / other page is reached. */
export async function settled(from: Page | GuideProbe, timeout = 30_000): Promise<ActiveView> {
  const probe = probeOf(from);
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe.view();
    if (v && (v.state.status === 'completed' || v.state.stepStatus !== 'locating')) return v;
    if (Date.now() > end) throw new Error(`step did not settle: ${JSON.stringify(v?.state)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitForChange(probe: GuideProbe, before: ActiveView, timeout = 30_000): Promise<ActiveView> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await probe.view();
    if (!v || v.state.step !== before.state.step || v.state.status !== before.state.status) return v!;
    if (Date.now() > end) throw new Error(`guide stuck at step ${before.step.id}: ${JSON.stringify(v.state)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export const PERSONAL = {
  childName: 'Thạch Thị Riêng Tư',
  motherName: 'Lâm Thị Bí Mật',
  idNumber: '094187654321',
  date: '15/03/2026',
  place: 'Bệnh viện Đa khoa Vĩnh Châu',
  password: 'MatKhauVNeID!9',
  otp: '482913',
};

export interface StepRecord {
  id: string;
  outcome: 'found' | 'fallback' | 'text' | 'other-page';
  strategy?: string;
  how: 'auto' | 'manual';
  /** The SurveyJS question the outline was on (its data-name), for steps on the e-form. */
  question?: string;
}

export interface WalkOptions {
  maxSteps?: number;
  onStep?: (view: ActiveView) => Promise<void>;
  /** The ward the clerk chooses when the guide cannot point at one (no unit set): typed into the list's search. */
  ward?: string;
  /** Stops (without acting) when this step becomes current. */
  until?: string;
  /**
   * Gives files to the page's file input after the press instead of through the file chooser: Firefox's automation
   * reports a page's file chooser only the first time its input opens one.
   */
  fileInput?: boolean;
}

/** As the step asks in a list of ~100 wards: types the ward into the option panel's search box. */
export async function searchWard(page: Page, ward: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).last().fill(ward);
}

/** Types the ward into the list's search box, then picks it (when the guide cannot point at it: no unit set). */
export async function pickWard(page: Page, ward: string): Promise<void> {
  await searchWard(page, ward);
  await page.locator('[role=listbox] li', { hasText: ward }).filter({ visible: true }).first().click();
}

/**
 * File choosers are intercepted from the start: playwright turns interception on without waiting for it, so a
 * listener added just before the click can lose the race on a busy machine and the chooser is never seen.
 */
export function interceptChoosers(page: Page): { choosers: FileChooser[]; stop(): void } {
  const choosers: FileChooser[] = [];
  const onChooser = (chooser: FileChooser): void => void choosers.push(chooser);
  page.on('filechooser', onChooser);
  return { choosers, stop: () => page.off('filechooser', onChooser) };
}

/**
 * Plays the clerk through the running guide on the replica: acts on the outlined element as the step asks,
 * presses "I did this" in the side panel for manual and fallback steps, and records what happened per step.
 */
export async function walkGuide(
  page: Page,
  panel: Page | GuideProbe,
  options: WalkOptions = {},
): Promise<StepRecord[]> {
  const records: StepRecord[] = [];
  const { choosers, stop } = options.fileInput ? { choosers: null, stop: () => {} } : interceptChoosers(page);
  try {
    return await walk(page, probeOf(panel), options, records, choosers);
  } finally {
    stop();
  }
}

async function walk(
  page: Page,
  probe: GuideProbe,
  options: WalkOptions,
  records: StepRecord[],
  choosers: FileChooser[] | null,
): Promise<StepRecord[]> {
  const manual = async (v: ActiveView): Promise<ActiveView> => {
    await probe.manual();
    return waitForChange(probe, v);
  };
  let searched = '';
  for (let n = 0; n < (options.maxSteps ?? 60); n++) {
    // In a list of ~100 wards the clerk types in its search box, as the step says, before looking for the ward.
    const peek = await probe.view();
    const ward = options.ward ?? peek?.unitName;
    if (peek?.step.id === 'chon-don-vi' && peek.state.onStepPage && ward && searched !== peek.caseId) {
      searched = peek.caseId;
      await page.getByRole('listbox').first().waitFor();
      await searchWard(page, ward);
    }
    const v = await settled(probe);
    if (v.state.status === 'completed' || v.step.id === options.until) break;
    await options.onStep?.(v);
    const step = v.step;
    const s = v.state;
    if (!s.onStepPage || s.stepStatus === 'text' || s.stepStatus === 'fallback') {
      records.push({
        id: step.id,
        outcome: !s.onStepPage ? 'other-page' : s.stepStatus === 'text' ? 'text' : 'fallback',
        how: 'manual',
      });
      if (s.onStepPage && step.id === 'chon-don-vi' && options.ward) await pickWard(page, options.ward);
      await manual(v);
      continue;
    }
    const target = page.locator('[data-papi-target]');
    await target.waitFor({ state: 'attached' });
    const question = await target.evaluate((el) => el.closest('[data-name]')?.getAttribute('data-name') ?? undefined);
    // A step that goes row by row (uploads) is one record.
    if (records.at(-1)?.id !== step.id)
      records.push({
        id: step.id,
        outcome: 'found',
        strategy: s.strategy!,
        how: step.advance.kind === 'manual' ? 'manual' : 'auto',
        ...(question ? { question } : {}),
      });
    const kind = step.advance.kind;
    // The sign-on's steps move by the screens the page shows: the clerk acts, the next screen moves the guide.
    if (kind === 'manual' && !step.branch) {
      await manual(v);
      continue;
    }
    const tag = await target.evaluate(
      (el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}:${el.getAttribute('role') ?? ''}`,
    );
    if (kind === 'gone' && (await target.getAttribute('data-name'))) {
      // The required fields still empty, one after the other: the outline moves on as each is answered.
      const answered = await target.elementHandle();
      await fillQuestion(page, target);
      const end = Date.now() + 15_000;
      for (;;) {
        if ((await probe.view())?.state.step !== v.state.step) break;
        if (
          await page.evaluate((b) => {
            const t = document.querySelector('[data-papi-target]');
            return t !== null && t !== b;
          }, answered)
        )
          break;
        if (Date.now() > end) throw new Error(`step ${step.id} neither moved on nor to the next field`);
        await new Promise((r) => setTimeout(r, 150));
      }
      if ((await probe.view())?.state.step === v.state.step) continue;
    } else if (kind === 'filled') {
      await fillQuestion(page, target);
      // What the answer revealed ("Trong nước": province, ward, address) is filled too, as the tip asks.
      for (let n = 0; n < 6 && !(await changedWithin(probe, v, 1500)); n++) {
        const next = await revealedQuestion(page, target);
        if (!next) break;
        await fillQuestion(page, next);
      }
    } else if (tag.startsWith('input:checkbox')) {
      await target.check();
      await page.getByRole('button', { name: 'Xác nhận chia sẻ' }).click();
    } else if (tag.startsWith('input:text') || tag.startsWith('input:password') || tag.startsWith('input::')) {
      const value = step.id === 'tim-thu-tuc' ? guideKeyword(v) : PERSONAL.otp;
      await target.fill(value);
      await target.press('Enter');
    } else if (step.id === 'vneid-tai-khoan') {
      await page.getByLabel('Số định danh cá nhân').fill(PERSONAL.idNumber);
      await page.getByLabel('Mật khẩu').fill(PERSONAL.password);
      await target.click();
    } else if ((await target.getAttribute('title')) === 'Tải lên file') {
      const pressed = await target.elementHandle();
      await uploadOn(page, target, SCAN, choosers);
      // The guide moves on when the file's name shows in the row; a step with more rows stays, outlining the next.
      const end = Date.now() + 10_000;
      for (;;) {
        if ((await probe.view())?.state.step !== v.state.step) break;
        if (
          await page.evaluate((b) => {
            const t = document.querySelector('[data-papi-target]');
            return t !== null && t !== b;
          }, pressed)
        )
          break;
        if (Date.now() > end) throw new Error(`upload step ${step.id} neither moved on nor to the next row`);
        await new Promise((r) => setTimeout(r, 150));
      }
      if ((await probe.view())?.state.step === v.state.step) continue;
    } else {
      await target.click();
    }
    await waitForChange(probe, v);
  }
  return records;
}

/** A value for a text question, by its SurveyJS name. */
function valueFor(dataName: string): string {
  if (/NgaySinh|Ngaythang|Field56/i.test(dataName)) return PERSONAL.date;
  if (/SoDinhDanh/.test(dataName)) return PERSONAL.idNumber;
  if (/NDK_HoVaTen/.test(dataName)) return PERSONAL.motherName;
  if (/Soluong/.test(dataName)) return '2';
  if (/Noi/.test(dataName)) return PERSONAL.place;
  return PERSONAL.childName;
}

/** Answers a SurveyJS question as a clerk does: picks in a dropdown, ticks a radio, or types and leaves the field. */
export async function fillQuestion(page: Page, q: Locator): Promise<void> {
  const kind = await q.evaluate((el) => {
    const own = (sel: string) =>
      Array.from(el.querySelectorAll(sel)).filter((c) => c.closest('[data-name], .sd-question') === el);
    if (own('.sd-dropdown').length) return 'dropdown';
    if (own('input[type=radio]').length) return 'radio';
    if (own('input.flatpickr-input[readonly]').length) return 'calendar';
    return 'text';
  });
  if (kind === 'dropdown') {
    // The portal fills some lists late (a placeholder item until then): open the list, and close and open it
    // again, until it shows its choices, however long a busy machine takes.
    const own = q.locator('.sd-dropdown').first();
    const item = q.locator('.sv-list__item').filter({ hasNotText: 'Đang tải' }).first();
    await expect
      .poll(
        async () => {
          if (await item.isVisible()) return true;
          // SurveyJS keeps the closed list in the page, hidden: close it only when it is open (still loading).
          if (await q.locator('.sv-popup').first().isVisible()) await own.click();
          await own.click();
          return item.isVisible();
        },
        { interval: 250 },
      )
      .toBe(true);
    await item.click();
  } else if (kind === 'radio') {
    await q.locator('.sd-item label').first().click();
  } else if (kind === 'calendar') {
    // flatpickr keeps the field read-only: the date is picked in its calendar.
    await q.locator('input.flatpickr-input').click();
    await page.locator('.flatpickr-calendar.open .flatpickr-day', { hasText: /^15$/ }).click();
  } else {
    // Typed key by key, as a clerk does: Firefox's automation fills a field without the change event its blur
    // should bring, and the portal (SurveyJS, textUpdateMode "onBlur") takes the value on that event.
    const input = q.locator('input, textarea').first();
    await input.fill('');
    await input.pressSequentially(valueFor((await q.getAttribute('data-name')) ?? ''));
    await input.press('Tab');
  }
}

/** The required question right after (or inside) the target that is still unanswered: what its answer revealed. */
async function revealedQuestion(page: Page, target: Locator): Promise<Locator | null> {
  const marked = await target.evaluate((el) => {
    document.querySelectorAll('[data-walk-next]').forEach((e) => e.removeAttribute('data-walk-next'));
    const all = Array.from(document.querySelectorAll('[data-name]')).filter(
      (q) => (q as HTMLElement).offsetParent !== null,
    );
    const waiting = (q: Element) =>
      !q.classList.contains('sd-question--answered') &&
      !q.classList.contains('sd-question--readonly') &&
      q.querySelector('[aria-required="true"], .sd-question__required-text') !== null;
    const inside = all.filter((q) => q !== el && el.contains(q) && waiting(q));
    const after = all.filter(
      (q) => !el.contains(q) && el.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const next = inside[0] ?? after.slice(0, 4).find(waiting);
    next?.setAttribute('data-walk-next', '');
    return next !== undefined;
  });
  return marked ? page.locator('[data-walk-next]') : null;
}

async function changedWithin(probe: GuideProbe, before: ActiveView, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe.view();
    if (!v || v.state.step !== before.state.step || v.state.status !== before.state.status) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A scan under 2 MB, as the portal accepts. */
export const SCAN = { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 scan') };

/**
 * Presses an upload button and gives the file picker a file (or none: the clerk cancelled), from choosers
 * intercepted beforehand (see interceptChoosers), or with none, to the page's file input; waits for the file's
 * name in the row when it is accepted.
 */
export async function uploadOn(
  page: Page,
  button: Locator,
  file: { name: string; mimeType: string; buffer: Buffer } | null,
  choosers: FileChooser[] | null,
): Promise<void> {
  const row = await button.evaluateHandle((el) => el.closest('tr'));
  const seen = choosers?.length ?? 0;
  await button.click();
  if (choosers) {
    await expect.poll(() => choosers.length).toBeGreaterThan(seen);
    await choosers.at(-1)!.setFiles(file ?? []);
  } else {
    await page.locator('input[type=file]').setInputFiles(file ?? []);
  }
  if (file && file.buffer.length <= 2 * 1024 * 1024)
    await page.waitForFunction(([r, name]) => (r?.textContent ?? '').includes(name), [row, file.name] as const);
}

function guideKeyword(v: ActiveView): string {
  const keywords: Record<string, string> = {
    'khai-sinh': 'dang ky khai sinh',
    'lien-thong-khai-sinh': 'lien thong khai sinh',
    'khai-tu': 'khai tu',
    'ket-hon': 'ket hon',
    'thuong-tru': 'thuong tru',
    'tam-tru': 'tam tru',
  };
  return keywords[v.guideId] ?? v.guideId;
}

/** Everything the extension keeps: chrome.storage (local, session) and its IndexedDB, as one JSON text. */
export async function extensionStorageDump(panel: Page): Promise<string> {
  return panel.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    const sessionArea = await chrome.storage.session.get(null).catch(() => ({}));
    const dbs = await indexedDB.databases();
    const out: Record<string, unknown> = { local, session: sessionArea };
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        out[`${info.name}/${store}`] = await new Promise((res) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result);
        });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}
