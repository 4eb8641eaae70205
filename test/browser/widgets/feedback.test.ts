// <papi-feedback-button> in real Chromium, against the real collector on a temporary SQLite file, on pages served
// with a strict CSP (default-src 'self', connect-src naming the collector; no unsafe-inline, no unsafe-eval).
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type StoredFeedback } from '../../../packages/collector/src/index.js';
import { type FeedbackPages, startFeedbackPages } from '../../fixtures/widgets/feedback-server.js';
import { axeViolations, watchCspViolations, watchDialogs } from '../../support/browser.js';
import { type FeedbackRig, startFeedbackRig } from '../../support/feedback-rig.js';
import { latch } from '../../support/hold.js';
import { queueOutboxProbe, watchPosts } from '../../support/outbox.js';

let rig: FeedbackRig;
let browser: Browser;
let pages: FeedbackPages;
let collector: FeedbackRig['collector'];
let context: BrowserContext | undefined;

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

const records = (): Promise<StoredFeedback[]> => rig.records();

interface Opened {
  page: Page;
  csp: string[];
  alerts: string[];
}

/** A fresh browser profile (its own IndexedDB), a phone-sized screen, the page, and its CSP reports. */
async function open(file = 'feedback.html', viewport = { width: 320, height: 640 }): Promise<Opened> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const csp = await watchCspViolations(page);
  const alerts = watchDialogs(page);
  const response = await page.goto(new URL(file, pages.url).href);
  expect(response?.headers()['content-security-policy']).toMatch(
    /^default-src 'self'; connect-src 'self' http:\/\/127\.0\.0\.1:\d+;/,
  );
  await page.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
  return { page, csp, alerts };
}

/** The tests do not wait out the 3 s minimum fill time meant for bots. */
const noMinimumFillTime = (page: Page, selector = 'papi-feedback-button') =>
  page.$$eval(selector, (els) => els.forEach((el) => ((el as HTMLElement & { minFillMs: number }).minFillMs = 0)));

/** The focused element, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a
      ? {
          tag: a.localName,
          part: a.getAttribute('part'),
          name: a.getAttribute('name'),
          inDialog: a.closest('dialog') !== null,
        }
      : null;
  });

const dialogOpen = (page: Page, host = '#fb') => page.$eval(host, (el) => el.shadowRoot!.querySelector('dialog')!.open);
const status = (page: Page, host = '#fb') => page.locator(`${host} [part~="status"]`).innerText();

/** What this page's outbox holds, read straight from IndexedDB. */
const outboxItems = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ state: string; attempts: number; lastError?: string }[]>((resolve, reject) => {
        const req = indexedDB.open('papi-widgets');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as { state: string; attempts: number; lastError?: string }[]).map(
                ({ state, attempts, lastError }) => ({ state, attempts, lastError }),
              ),
            );
          };
        };
      }),
  );

describe('<papi-feedback-button> in Chromium', () => {
  it('keeps feedback sent offline across a reload and delivers it exactly once when the network returns', async () => {
    const { page, csp, alerts } = await open();
    await noMinimumFillTime(page);
    const before = (await records()).length;
    await context!.setOffline(true);
    await page.locator('#fb [part~="button"]').click();
    await page.locator('#fb input[name="rating"][value="4"]').check();
    await page.locator('#fb select').selectOption('d5');
    await page.locator('#fb textarea').fill('Cán bộ hướng dẫn tận tình, nhưng phải chờ lâu.');
    await page.locator('#fb [part~="send"]').click();
    await expect.poll(() => status(page)).toBe('Đã lưu, sẽ gửi khi có mạng');
    // (Tried once at least: its retry timer may have tried again meanwhile.)
    expect((await outboxItems(page)).map((i) => `${i.state} ${i.lastError}`)).toEqual(['queued network']);

    // The resident reloads while the collector still cannot be reached: the page loads, the feedback stays queued.
    const unreachable = `http://127.0.0.1:${collector.port}/**`;
    await page.route(unreachable, (route) => route.abort('internetdisconnected'));
    await context!.setOffline(false);
    // The reloaded page's own tries: requests that start once its document has replaced the old one.
    let reloaded = false;
    const tries: Request[] = [];
    const refused = new Set<Request>();
    page.on('framenavigated', (frame) => (reloaded ||= frame === page.mainFrame()));
    page.on('request', (r) => {
      if (reloaded && r.method() === 'POST' && r.url().endsWith('/api/feedback')) tries.push(r);
    });
    page.on('requestfailed', (r) => refused.add(r));
    await page.reload();
    await noMinimumFillTime(page);
    expect(await dialogOpen(page)).toBe(false);
    // Its outbox tries again (on load, or when its retry is due) and is refused; the feedback stays queued.
    await expect.poll(() => tries.some((r) => refused.has(r))).toBe(true);
    await expect
      .poll(async () => (await outboxItems(page)).map((i) => `${i.state} ${i.lastError}`))
      .toEqual(['queued network']);
    expect((await records()).length).toBe(before);

    // The network comes back.
    await page.unroute(unreachable);
    await context!.setOffline(true);
    await context!.setOffline(false);
    await expect.poll(async () => (await records()).length).toBe(before + 1);
    await expect.poll(async () => (await outboxItems(page)).map((i) => i.state)).toEqual(['sent']);
    const [stored] = (await records()).slice(before);
    expect(stored).toMatchObject({
      unit: 'phuong-vinh-chau-2025',
      rating: 4,
      dimension: 'd5',
      comment: 'Cán bộ hướng dẫn tận tình, nhưng phải chờ lâu.',
      lang: 'vi',
    });
    expect(stored!.page).toBe(new URL('feedback.html', pages.url).href);
    // Later flushes find nothing to send (the probe, queued last, is sent last), and the collector holds the one record.
    const probe = await queueOutboxProbe(page);
    const resent = watchPosts(page, '/api/feedback');
    await page.reload();
    await probe.sent;
    expect(resent).toEqual([]);
    expect((await records()).length).toBe(before + 1);
    expect(csp).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it('updates the open dialog from "saved" to "sent" when the connection returns', async () => {
    const { page, csp } = await open();
    await noMinimumFillTime(page);
    const before = (await records()).length;
    await context!.setOffline(true);
    await page.locator('#fb [part~="button"]').click();
    await page.locator('#fb input[name="rating"][value="2"]').check();
    await page.locator('#fb [part~="send"]').click();
    await expect.poll(() => status(page)).toBe('Đã lưu, sẽ gửi khi có mạng');
    await context!.setOffline(false);
    await expect.poll(() => status(page)).toBe('Đã gửi');
    expect(await dialogOpen(page)).toBe(true);
    expect((await records()).length).toBe(before + 1);
    // It fits a 320 px phone: the dialog is no wider than the screen and its buttons are big enough to tap.
    const box = await page.locator('#fb dialog').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const close = await page.locator('#fb .done [part~="cancel"]').boundingBox();
    expect(close!.height).toBeGreaterThanOrEqual(44);
    expect(csp).toEqual([]);
  });

  it('stores nothing twice when the collector’s answer is lost and the outbox sends again', async () => {
    const { page, csp } = await open();
    await noMinimumFillTime(page);
    const before = (await records()).length;
    // The first POST reaches the collector and is stored, but its answer never comes back.
    let lost = 0;
    await page.route(`http://127.0.0.1:${collector.port}/api/feedback`, async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.locator('#fb [part~="button"]').click();
    await page.locator('#fb input[name="rating"][value="5"]').check();
    await page.locator('#fb [part~="send"]').click();
    // Online, so the connection is not blamed: the answer was lost, and it will try again.
    await expect.poll(() => status(page)).toBe('Đã lưu trên máy này nhưng chưa gửi được đến máy chủ; sẽ tự thử lại.');
    expect((await records()).length).toBe(before + 1);
    // The outbox tries again (here: the connection "comes back"); the collector answers 200 with the original.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => status(page)).toBe('Đã gửi');
    expect(lost).toBe(1);
    expect((await records()).length).toBe(before + 1);
    expect(csp).toEqual([]);
  });

  for (const locks of ['Web Locks', 'a lease in the item'] as const) {
    it(`sends a queued item once when two tabs flush it at the same time (${locks})`, async () => {
      const own = await startFeedbackPages(); // pages posting to their own origin, whose receiver counts POSTs per id
      try {
        context = await browser.newContext();
        if (locks !== 'Web Locks')
          await context.addInitScript(() =>
            Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }),
          );
        const [a, b] = [await context.newPage(), await context.newPage()];
        for (const page of [a, b]) {
          await page.goto(new URL('feedback.html', own.url).href);
          await noMinimumFillTime(page);
          expect(await page.evaluate(() => 'locks' in navigator && navigator.locks !== undefined)).toBe(
            locks === 'Web Locks',
          );
        }
        // The receiver is down for a day (503, Retry-After), so only the "online" event's flush, which sends
        // whatever is queued, will send the feedback: no retry timer sends it meanwhile.
        let phase: 'down' | 'holding' = 'down';
        const answer = latch();
        const senders: Page[] = [];
        const twice = latch();
        await context.route('**/api/feedback', async (route) => {
          if (phase === 'down')
            return route.fulfill({
              status: 503,
              headers: { 'Retry-After': '86400' },
              contentType: 'application/json',
              body: '{}',
            });
          // POSTs are held open until the other tab has flushed too: the two tabs' sends overlap for certain.
          senders.push(route.request().frame().page());
          if (senders.length > 1) twice.open();
          await answer.opened;
          await route.continue();
        });
        await a.locator('#fb [part~="button"]').click();
        await a.locator('#fb input[name="rating"][value="5"]').check();
        await a.locator('#fb [part~="send"]').click();
        await expect.poll(() => status(a)).toBe('Đã lưu trên máy này nhưng chưa gửi được đến máy chủ; sẽ tự thử lại.');
        // A probe queued after the feedback, also sent on "online" only: the tab whose send is held cannot reach it
        // before its POST is answered, so the probe's request comes from the other tab once that has been past the
        // feedback.
        const probe = await queueOutboxProbe(a, { due: 'online' });
        phase = 'holding';
        await context.setOffline(true);
        await context.setOffline(false); // both tabs hear "online" once, and flush at once
        // The other tab got past the feedback (its probe came), or sent the feedback too.
        await Promise.race([probe.sent, twice.opened]);
        answer.open();
        await expect.poll(() => status(a)).toBe('Đã gửi');
        expect(senders, 'tabs that sent the feedback').toHaveLength(1);
        expect(await probe.sent, 'the probe came from the tab that was not sending').not.toBe(senders[0]);
        expect([...own.received.values()].map((r) => r.posts)).toEqual([1]);
      } finally {
        await own.close();
      }
    });
  }

  it('works with the keyboard alone: Tab stays in the dialog, Esc closes it, focus returns to the button', async () => {
    const { page, csp } = await open('feedback.html', { width: 1024, height: 768 });
    await noMinimumFillTime(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ part: 'button', inDialog: false });
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(true);
    expect(await focused(page)).toMatchObject({ name: 'rating', inDialog: true });
    const forward: (string | null)[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f?.inDialog, `Tab ${i + 1} left the dialog`).toBe(true);
      forward.push(f!.part ?? f!.name);
    }
    expect(forward).toContain('close');
    expect(forward).toContain('send');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page))?.inDialog, `Shift+Tab ${i + 1} left the dialog`).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await focused(page)).toMatchObject({ part: 'button' });

    // Again, now rating with the keyboard and sending.
    const before = (await records()).length;
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ name: 'rating' });
    await page.keyboard.press('Space'); // the first choice: Rất hài lòng
    await page.keyboard.press('ArrowDown'); // Hài lòng
    for (let i = 0; i < 14 && (await focused(page))?.part !== 'send'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Đã gửi');
    expect(await focused(page)).toMatchObject({ part: 'cancel', inDialog: true });
    expect((await records()).slice(before)).toMatchObject([{ rating: 4 }]);
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(false);
    expect(await focused(page)).toMatchObject({ part: 'button' });
    expect(csp).toEqual([]);
  });

  it('has no axe-core violations, with the dialog open and after sending', async () => {
    const { page, csp } = await open('feedback.html', { width: 1024, height: 768 });
    await noMinimumFillTime(page);
    const check = async () => {
      const violations = await axeViolations(page);
      expect(
        violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`),
      ).toEqual([]);
    };
    await check();
    await page.locator('#fb [part~="button"]').click();
    await check();
    await page.locator('#fb [part~="send"]').click(); // no rating: the errors are shown
    await expect(page.locator('#fb [role="alert"]').innerText()).resolves.toContain('Hãy chọn một mức độ hài lòng.');
    await check();
    await page.locator('#fb input[name="rating"][value="5"]').check();
    await page.locator('#fb input[type="checkbox"]').check();
    await page.locator('#fb #contact').fill('0299 3861 234');
    await page.locator('#fb [part~="send"]').click();
    await expect.poll(() => status(page)).toBe('Đã gửi');
    await check();
    expect(csp).toEqual([]);
  });

  it('switches between Vietnamese, English and Khmer with the page’s lang', async () => {
    const { page, csp } = await open();
    await noMinimumFillTime(page);
    const button = page.locator('#fb [part~="button"]');
    await expect(button.innerText()).resolves.toBe('Góp ý');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => button.innerText()).toBe('Give feedback');
    await button.click();
    await expect(page.locator('#fb legend').innerText()).resolves.toBe('How satisfied are you? (required)');
    await expect(page.locator('#fb [part~="option"]').first().innerText()).resolves.toBe('Very satisfied');
    await page.evaluate(() => (document.documentElement.lang = 'km'));
    await expect.poll(() => page.locator('#fb [part~="send"]').innerText()).toBe('ផ្ញើ');
    await expect(page.locator('#fb [part~="option"]').first().innerText()).resolves.toBe('ពេញចិត្តខ្លាំង');
    const before = (await records()).length;
    await page.locator('#fb input[name="rating"][value="3"]').check();
    await page.locator('#fb [part~="send"]').click();
    await expect.poll(() => status(page)).toBe('ផ្ញើជូនដោយជោគជ័យ');
    expect((await records()).slice(before)).toMatchObject([{ rating: 3, lang: 'km' }]);
    await page.evaluate(() => (document.documentElement.lang = 'vi'));
    await expect.poll(() => status(page)).toBe('Đã gửi');
    expect(csp).toEqual([]);
  });

  it('renders hostile strings in attributes and fields as text, and never runs them', async () => {
    const { page, csp, alerts } = await open('feedback-hostile.html', { width: 320, height: 640 });
    await noMinimumFillTime(page);
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await expect(page.locator('#markup [part~="button"]').innerText()).resolves.toBe(markup);
    await expect(page.locator('#script-url [part~="button"]').innerText()).resolves.toBe('javascript:window.__pwned=4');
    await expect(page.locator('#rtl [part~="button"]').textContent()).resolves.toContain('\u202EGóp\u200Bý\u200D שלום');
    const huge = 'Góp ý \u202E<b>x</b> '.repeat(5000);
    await page.$eval('#huge', (el, text) => el.setAttribute('label', text), huge);
    expect((await page.locator('#huge [part~="button"]').textContent())!.trim()).toBe(huge.trim());
    const hugeBox = await page.locator('#huge').boundingBox();
    expect(hugeBox!.width).toBeLessThanOrEqual(320);

    // A script URL as endpoint, a unit id with bidi and zero-width characters, presets that are markup:
    // each dialog says that feedback is not set up, quoting the values as text.
    for (const [id, quoted] of [
      ['#script-url', 'thiếu thuộc tính endpoint'],
      // Not a unit id's form (core's UNIT_ID_FORMAT): said so, before any lookup in the registry.
      ['#rtl', 'unit: "\u202Exa-lai-hoa-2025\u200B" sai định dạng (chỉ dùng a-z, 0-9, -)'],
      ['#bad-preset', 'dimension: lĩnh vực "<b>d9</b>" không tồn tại (d1–d8)'],
    ] as const) {
      await page.locator(`${id} [part~="button"]`).click();
      await expect(page.locator(`${id} [role="alert"]`).textContent()).resolves.toContain(quoted);
      expect(await page.locator(`${id} form`).count()).toBe(0);
      await page.keyboard.press('Escape');
    }

    // A resident's hostile comment reaches the collector as the very same text.
    const before = (await records()).length;
    const comment = `${markup} javascript:alert(1) \u202Eتعليق\u200B\u200D "'; DROP TABLE feedback;--`;
    await page.locator('#markup [part~="button"]').click();
    await page.locator('#markup input[name="rating"][value="1"]').check();
    await page.locator('#markup textarea').fill(comment);
    await page.locator('#markup [part~="send"]').click();
    await expect.poll(() => status(page, '#markup')).toBe('Đã gửi');
    expect((await records()).slice(before)).toMatchObject([{ comment, rating: 1 }]);

    const injected = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('papi-feedback-button')];
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        elements: hosts.flatMap((h) =>
          [...h.shadowRoot!.querySelectorAll('img, script, svg, b, iframe')].map((e) => e.localName),
        ),
      };
    });
    expect(injected).toEqual({ pwned: null, elements: [] });
    expect(alerts).toEqual([]);
    expect(csp).toEqual([]);
  });
});
