// When the browser keeps nothing: reading `indexedDB` throws (blocked storage, sandboxed frames), opening the
// database fails, or the quota is exceeded. In Chromium, against the real collector, under the strict CSP: the
// elements render, feedback goes directly with its id and arrives exactly once, the dialog tells the truth and
// offers "Gửi lại", and the checklist says in words that it cannot save on this device.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type StoredFeedback } from '../../../packages/collector/src/index.js';
import { type FeedbackPages } from '../../fixtures/widgets/feedback-server.js';
import { axeViolations, watchCspViolations, watchDialogs } from '../../support/browser.js';
import { type FeedbackRig, startFeedbackRig } from '../../support/feedback-rig.js';

/** Three ways a browser refuses storage, each installed before any page script runs. */
const FAILURES = {
  // Reading window.indexedDB (and localStorage) throws, as in a sandboxed frame or with the site's storage blocked.
  'access throws': () => {
    for (const name of ['indexedDB', 'localStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
  },
  // Opening fails: the database's creation is aborted, so every open ends in a real error event.
  'opening fails': () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      const request = version === undefined ? open.call(this, name) : open.call(this, name, version);
      // Added after the page's own upgrade handler (which idb adds as soon as open returns), so it runs after it.
      queueMicrotask(() => request.addEventListener('upgradeneeded', () => request.transaction?.abort()));
      return request;
    };
  },
  // The quota is exceeded: every write is refused.
  'quota exceeded': () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.add = refuse;
    IDBObjectStore.prototype.put = refuse;
  },
} as const;
type Failure = keyof typeof FAILURES;

let rig: FeedbackRig;
let browser: Browser;
let pages: FeedbackPages;
let collector: FeedbackRig['collector'];
let context: BrowserContext | undefined;
const demoUrl = inject('demoUrl');

beforeAll(async () => {
  rig = await startFeedbackRig();
  ({ browser, pages, collector } = rig);
});
afterAll(async () => {
  await rig?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function stored(id: string): Promise<StoredFeedback[]> {
  return (await rig.records()).filter((row) => row.id === id);
}

async function openWith(
  failure: Failure,
  url: string,
): Promise<{ page: Page; csp: string[]; alerts: string[]; errors: string[] }> {
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(FAILURES[failure]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const csp = await watchCspViolations(page);
  const alerts = watchDialogs(page);
  await page.goto(url);
  return { page, csp, alerts, errors };
}

const status = (page: Page) => page.locator('#fb [part~="status"]').innerText();
const statusKind = (page: Page) => page.locator('#fb [part~="status"]').getAttribute('data-status');
/** The id of the feedback the button sent, from its composed events. */
const sentIds = (page: Page) => page.evaluate(() => (window as unknown as { papiIds?: string[] }).papiIds ?? []);
const focusedPart = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('part') ?? a?.localName ?? null;
  });

async function fillAndSend(page: Page, rating: string): Promise<void> {
  await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
  await page.evaluate(() => {
    const fb = document.querySelector('#fb') as HTMLElement & { minFillMs: number };
    fb.minFillMs = 0; // the tests do not wait out the minimum fill time meant for bots
    const ids: string[] = ((window as unknown as { papiIds: string[] }).papiIds = []);
    for (const type of ['papi-feedback-sent', 'papi-feedback-rejected', 'papi-feedback-queued'])
      fb.addEventListener(type, (e) =>
        ids.push(`${type.slice('papi-feedback-'.length)} ${(e as CustomEvent<{ id: string }>).detail.id}`),
      );
  });
  await page.locator('#fb [part~="button"]').click();
  await page.locator(`#fb input[name="rating"][value="${rating}"]`).check();
  await page.locator('#fb textarea').fill('Thủ tục nhanh.');
  await page.locator('#fb [part~="send"]').click();
}

describe.each(Object.keys(FAILURES) as Failure[])('when %s', (failure) => {
  it('sends feedback directly, once, and says it was sent', async () => {
    const { page, csp, alerts, errors } = await openWith(failure, new URL('feedback.html', pages.url).href);
    await fillAndSend(page, '4');
    await expect.poll(() => statusKind(page)).toBe('sent');
    expect(await status(page)).toBe('Đã gửi');
    const [event] = await sentIds(page);
    expect(event).toMatch(/^sent [0-9a-f-]{36}$/);
    const id = event!.slice('sent '.length);
    expect(await stored(id)).toMatchObject([
      { unit: 'phuong-vinh-chau-2025', rating: 4, comment: 'Thủ tục nhanh.', lang: 'vi' },
    ]);
    expect(csp).toEqual([]);
    expect(alerts).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says "not sent and not saved" when the collector is out of reach, and "Gửi lại" delivers it once, even after a lost answer', async () => {
    const { page, csp } = await openWith(failure, new URL('feedback.html', pages.url).href);
    const api = `http://127.0.0.1:${collector.port}/api/feedback`;
    // First the network fails; then a POST reaches the collector but its answer is lost; then all goes through.
    let phase: 'down' | 'lost' | 'up' = 'down';
    let posts = 0;
    await page.route(api, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      if (phase === 'down') return route.abort('internetdisconnected');
      if (phase === 'lost') {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await fillAndSend(page, '2');
    await expect.poll(() => statusKind(page)).toBe('unsaved');
    expect(await status(page)).toBe(
      'Chưa gửi được, và góp ý không được lưu trên máy này vì trình duyệt không cho lưu. Hãy kiểm tra kết nối mạng rồi bấm “Gửi lại”. Nếu đóng hộp thoại, góp ý sẽ mất.',
    );
    // The retry button has the focus: Enter sends again.
    expect(await focusedPart(page)).toBe('retry');
    expect(await axeViolations(page)).toEqual([]);

    phase = 'lost';
    await page.keyboard.press('Enter');
    await expect.poll(() => posts).toBe(2);
    await expect.poll(() => statusKind(page)).toBe('unsaved');
    // The collector has it already (the answer was lost on the way back).
    const total = async () => {
      let n = 0;
      for await (const row of collector.store.feedbackRows())
        if (row.comment === 'Thủ tục nhanh.' && row.rating === 2) n++;
      return n;
    };
    const before = await total();

    phase = 'up';
    await page.locator('#fb .done [part~="retry"]').click();
    await expect.poll(() => statusKind(page)).toBe('sent');
    expect(posts).toBe(3);
    // Three POSTs of one id, one record: the retry stored nothing twice.
    expect(await total()).toBe(before);
    const sent = (await sentIds(page)).filter((e) => e.startsWith('sent '));
    expect(sent).toHaveLength(1);
    expect(await stored(sent[0]!.slice('sent '.length))).toHaveLength(1);
    expect(csp).toEqual([]);
  });
});

describe('the demo commune page with storage blocked', () => {
  it('renders every element, and the self-assessment says in words that it cannot save on this device', async () => {
    const { page, csp, errors } = await openWith('access throws', new URL('/xa-lai-hoa/', demoUrl).href);
    await expect
      .poll(() => page.$$eval(':not(:defined)', (els) => els.filter((e) => e.localName.startsWith('papi-')).length))
      .toBe(0);
    // Each element drew something in its shadow root.
    const drawn = await page.$$eval('*', (els) =>
      els
        .filter((e) => e.localName.startsWith('papi-'))
        .map((e) => `${e.localName} ${(e.shadowRoot?.textContent ?? '').trim().length > 0}`),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    expect(drawn.filter((d) => !d.endsWith(' true'))).toEqual([]);

    const sa = page.locator('#self-assessment');
    await sa.locator('select[data-task]').first().waitFor();
    await sa.locator('select[data-task]').first().selectOption('done');
    const save = sa.locator('[part~="actions"] [role="status"] > span').nth(1);
    await expect
      .poll(() => save.innerText())
      .toBe('Không lưu được trên máy này (trình duyệt chặn bộ nhớ). Hãy xuất tệp để giữ kết quả.');
    await sa.getByRole('button', { name: /^Gửi báo cáo / }).click();
    const report = sa.locator('[part~="actions"] [role="status"] > span').first();
    await expect
      .poll(() => report.innerText())
      .toMatch(/^Báo cáo chưa gửi được: trình duyệt không cho lưu trên máy này/);
    expect(await sa.evaluate((el) => el.shadowRoot!.textContent)).not.toMatch(
      /DOMException|SecurityError|QuotaExceeded/,
    );
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  });
});
