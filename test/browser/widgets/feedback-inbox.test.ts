// The unit's inbox (#13 part 3) on the demo, as `pnpm start` serves it under its strict CSP, against the demo's own
// collector: the loop from a resident's feedback to the officer's answer to the resident reading it by code; tokens
// enforced; the contact only with consent; the CSV export; axe in each state; keyboard only; a 390 px phone.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, axeViolations, launchBrowser, sidewaysScroll, watchCspViolations } from '../../support/browser.js';
import { queryDemoDb } from '../../support/demo-db.js';
import { bearer, demoToken } from '../../support/demo-tokens.js';
import { mount, openHarness } from './harness.js';

const demoUrl = inject('demoUrl');
/** The collector's built command, as Phòng Nội vụ runs it (`pnpm collector forget`). */
const COLLECTOR_CLI = fileURLToPath(new URL('../../../packages/collector/dist/cli.js', import.meta.url));
const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const COMMUNE = 'xa-lai-hoa-2025';
// A unit the other browser tests do not write feedback for, so that its inbox holds only this file's.
const UNIT = 'xa-vinh-hai-2025';
const OTHER = 'phuong-vinh-chau-2025';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
const newContext = async (options: Parameters<Browser['newContext']>[0] = {}) => {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
};

const at = (path: string) => new URL(path, demoUrl).href;

/** A resident's feedback, sent as the button sends it; its receipt code. */
async function sendFeedback(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(at('/api/feedback'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: randomUUID(), lang: 'vi', createdAt: new Date().toISOString(), ...body }),
  });
  const ack = (await res.json()) as { receipt?: string };
  expect(res.status, JSON.stringify(ack)).toBe(201);
  return ack.receipt!;
}

/** Types the token as the officer does, and saves it. */
async function enterToken(inbox: Locator, token: string): Promise<void> {
  await inbox.locator('#unit-token').fill(token);
  await inbox.locator('form.token button[type="submit"]').click();
}

const item = (inbox: Locator, code: string) => inbox.locator(`[part~="item"][data-receipt="${code}"]`);

describe('the loop: a resident’s feedback, the unit’s answer, the resident reading it', () => {
  it('from the commune page’s button, through the inbox page, to the status page', async () => {
    const comment = `Chờ lâu ở quầy một cửa <b>sáng nay</b> ${randomUUID().slice(0, 8)}`;
    const contact = '0912 345 678';
    const answer = 'Đơn vị xin lỗi ông/bà.\nTừ tuần sau, bộ phận một cửa phát số thứ tự <i>từ 7 giờ</i>.';

    // (a) The resident, on a phone, rates the commune's service and gets a receipt code in the dialog.
    const resident = await (await newContext(PHONE)).newPage();
    const residentCsp = await watchCspViolations(resident);
    await resident.goto(at('/xa-lai-hoa/'));
    await resident.waitForFunction(() => customElements.get('papi-feedback-button') !== undefined);
    await resident.evaluate(
      () => ((document.querySelector('#feedback') as HTMLElement & { minFillMs: number }).minFillMs = 0),
    );
    await resident.locator('#feedback [part~="button"]').click();
    await resident.locator('#feedback input[name="rating"][value="2"]').check();
    await resident.locator('#feedback textarea#comment').fill(comment);
    await resident.locator('#feedback [part~="consent"] input').check();
    await resident.locator('#feedback #contact').fill(contact);
    await resident.locator('#feedback [part~="send"]').click();
    const code = (await resident.locator('#feedback [part~="receipt-code"]').innerText()).trim();
    expect(code).toMatch(CODE);

    // (b) The officer, on the commune's own computer, opens the inbox page with the token issued for the commune.
    const officer = await (await newContext()).newPage();
    const officerCsp = await watchCspViolations(officer);
    const response = await officer.goto(at('/hop-thu-gop-y/'));
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    const inbox = officer.locator('#inbox');
    await inbox.locator('#unit-token').waitFor();
    // The page shows how the officer gets the token: the command, and the demo's own trial token.
    expect(await officer.locator('#demo-token-box').innerText()).toContain(`pnpm --silent collector token ${COMMUNE}`);
    const token = await demoToken(demoUrl, COMMUNE);
    await expect.poll(() => officer.locator('#demo-token').innerText()).toBe(token);
    expect(await axeViolations(officer)).toEqual([]);
    await enterToken(inbox, token);
    const mine = item(inbox, code);
    await mine.waitFor();
    // Its comment and (consented) contact, as text.
    expect(await mine.locator('[part~="comment"]').innerText()).toBe(comment);
    expect(await mine.locator('[part~="contact"]').innerText()).toBe(contact);
    expect(await mine.locator('b').count()).toBe(0);
    expect(await mine.getAttribute('data-status')).toBe('received');
    expect(await inbox.locator('[part~="rule"]').innerText()).toContain('trong 15 ngày');
    // The token is kept on the device, never in the element's attributes.
    expect(await inbox.evaluate((el) => el.outerHTML)).not.toContain(token.slice(16));
    expect(await axeViolations(officer)).toEqual([]);
    await mine.getByRole('button', { name: 'Trả lời' }).click();
    await mine.locator('textarea').fill(answer);
    expect(await axeViolations(officer)).toEqual([]);
    await mine.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect.poll(() => mine.getAttribute('data-status')).toBe('answered');
    expect(await mine.locator('[part~="answer"]').innerText()).toBe(answer);
    expect(await inbox.locator('.notice').innerText()).toBe(`Đã gửi câu trả lời cho góp ý ${code}.`);
    expect(await axeViolations(officer)).toEqual([]);
    // The list stays right after a reload: the collector kept it.
    await officer.reload();
    await expect.poll(() => item(inbox, code).getAttribute('data-status')).toBe('answered');

    // (c) The resident opens the status page, enters the code and reads the answer.
    await resident.goto(at('/tra-cuu-gop-y/'));
    const status = resident.locator('#status');
    await status.locator('input').fill(code.toLowerCase().replace('-', ''));
    await status.locator('[part~="submit"]').click();
    await expect.poll(() => status.locator('.steps [aria-current="step"]').textContent()).toContain('Đã trả lời');
    expect(await status.locator('[part~="answer"]').evaluate((el) => el.textContent)).toBe(answer);
    const shown = (await status.evaluate((el) => el.shadowRoot!.textContent)) ?? '';
    expect(shown).not.toContain(contact);
    expect(shown).not.toContain(comment);
    expect(await axeViolations(resident)).toEqual([]);

    // (d) The resident asks to be forgotten: Phòng Nội vụ finds the record by its code and runs `forget` beside the
    // running collector. The answer quoted no one here, but any could: its text goes too, and both pages say so.
    const [row] = queryDemoDb<{ id: string }>(inject('demoDb'), 'SELECT id FROM feedback WHERE receipt = ?', code);
    const id = row!.id;
    const forget = spawnSync(process.execPath, [COLLECTOR_CLI, 'forget', id], {
      env: { ...process.env, PAPI_DB: inject('demoDb') },
      encoding: 'utf8',
    });
    expect([forget.status, forget.stdout]).toEqual([
      0,
      `${id}: erased its contact and comment, and the text of 1 answer from the unit; its rating (2, ${COMMUNE}) stays in the statistics.\n`,
    ]);
    await status.locator('[part~="submit"]').click();
    await expect.poll(() => status.locator('[part~="answer-erased"]').count()).toBe(1);
    expect(await status.locator('[part~="answer-erased"]').innerText()).toBe(
      'Nội dung câu trả lời đã được xóa theo yêu cầu của người gửi góp ý.',
    );
    expect(await status.locator('.steps [aria-current="step"]').textContent()).toContain('Đã trả lời');
    expect(await status.locator('[part~="answer"]').count()).toBe(0);
    expect(await axeViolations(resident)).toEqual([]);
    await officer.reload();
    const forgotten = item(inbox, code);
    await expect.poll(() => forgotten.locator('[part~="answer-erased"]').count()).toBe(1);
    expect(await forgotten.getAttribute('data-status')).toBe('answered');
    const left = await forgotten.innerText();
    for (const gone of [comment, contact, 'Đơn vị xin lỗi']) expect(left).not.toContain(gone);
    expect(await axeViolations(officer)).toEqual([]);
    expect(residentCsp).toEqual([]);
    expect(officerCsp).toEqual([]);
  });
});

/** The unit's inbox, alone on a page of the demo's origin, in a fresh browser context (no token kept yet). */
async function openInbox() {
  const context = await newContext();
  const harness = await openHarness(context, demoUrl);
  await mount(harness, {
    tag: 'papi-feedback-inbox',
    id: 'inbox',
    attrs: { unit: UNIT, endpoint: '/', 'heading-level': '1' },
  });
  return { harness, inbox: harness.locator('#inbox') };
}

describe('<papi-feedback-inbox>', () => {
  it('refuses another unit’s token with a clear message, and takes the right one in its place', async () => {
    const code = await sendFeedback({ unit: UNIT, rating: 3, comment: 'Biểu mẫu khó tìm.' });
    const { harness, inbox } = await openInbox();
    await enterToken(inbox, await demoToken(demoUrl, OTHER));
    const alert = inbox.locator('[role="alert"][data-error="wrong-unit"]');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Mã xác thực đã lưu là mã của một đơn vị khác, không phải của Xã Vĩnh Hải, nên máy chủ không cho xem góp ý. Hãy nhập mã của Xã Vĩnh Hải.',
    );
    expect(await inbox.locator('[part~="item"]').count()).toBe(0);
    expect(await axeViolations(harness)).toEqual([]);
    // A token the collector does not know at all.
    await enterToken(inbox, `papi_${'a'.repeat(10)}_${'b'.repeat(52)}`);
    await inbox.locator('[role="alert"][data-error="refused"]').waitFor();
    expect(await inbox.locator('[role="alert"][data-error="refused"]').innerText()).toContain(
      'Máy chủ không nhận mã xác thực đã lưu',
    );
    await enterToken(inbox, await demoToken(demoUrl, UNIT));
    await item(inbox, code).waitFor();
    expect(await inbox.locator('[data-error]').count()).toBe(0);
    expect(await axeViolations(harness)).toEqual([]);
  });

  it('shows a contact only where the resident consented, and exports the rows it lists as CSV', async () => {
    const consented = await sendFeedback({
      unit: UNIT,
      rating: 1,
      dimension: 'd7',
      comment: 'Gọi đường dây nóng không ai nghe, "số 1"',
      contact: 'ba.lan@example.vn',
      consent: true,
    });
    const silent = await sendFeedback({
      unit: UNIT,
      rating: 2,
      dimension: 'd7',
      comment: 'Không muốn để lại liên hệ.',
    });
    const elsewhere = await sendFeedback({ unit: UNIT, rating: 5, dimension: 'd8' });
    const { harness, inbox } = await openInbox();
    const token = await demoToken(demoUrl, UNIT);
    await enterToken(inbox, token);
    await item(inbox, elsewhere).waitFor();
    expect(await item(inbox, consented).locator('[part~="contact"]').innerText()).toBe('ba.lan@example.vn');
    expect(await item(inbox, silent).locator('[part~="contact"]').count()).toBe(0);
    expect(await item(inbox, elsewhere).locator('[part~="contact"]').count()).toBe(0);

    // The dimension filter, asked of the collector: d7 only. (Dimensions the dashboard's test does not count.)
    await inbox.locator('#filter-dimension').selectOption('d7');
    await inbox.locator('form.filters button[type="submit"]').click();
    const receipts = () =>
      inbox.locator('[part~="item"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-receipt')));
    await expect
      .poll(async () => (await receipts()).includes(consented) && !(await receipts()).includes(elsewhere))
      .toBe(true);
    const listed = await receipts();
    expect(listed).toEqual(expect.arrayContaining([consented, silent]));
    expect(await axeViolations(harness)).toEqual([]);

    const [download] = await Promise.all([
      harness.waitForEvent('download'),
      inbox.getByRole('button', { name: 'Tải về CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^papi-feedback-${UNIT}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, for spreadsheets
    const csv = bytes.toString('utf8').slice(1);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'receipt,receivedAt,dueAt,overdue,status,answeredAt,answer,dimension,service,rating,comment,contact,lang,dossier',
    );
    const rows = lines.slice(1);
    // The same rows as the list, in its order, and what the collector gives with the same token and filter.
    expect(rows.map((r) => r.split(',')[0])).toEqual(listed);
    const direct = await fetch(at(`/api/units/${UNIT}/feedback.csv?dimension=d7`), { headers: bearer(token) });
    expect(Buffer.from(await direct.arrayBuffer()).equals(bytes)).toBe(true);
    const row = rows.find((r) => r.startsWith(`${consented},`))!;
    expect(row).toContain('ba.lan@example.vn');
    expect(row).toContain('"Gọi đường dây nóng không ai nghe, ""số 1"""');
    expect(rows.find((r) => r.startsWith(`${silent},`))).not.toContain('@');
    expect(await inbox.locator('.notice').innerText()).toBe(`Đã tải về tệp ${download.suggestedFilename()}.`);
  });

  it('answers by keyboard alone: token, answer, a refused empty answer, in progress, then the answer', async () => {
    const code = await sendFeedback({ unit: UNIT, rating: 2, comment: 'Hồ sơ bị trả lại hai lần.' });
    const { harness, inbox } = await openInbox();
    await inbox.locator('#unit-token').waitFor();
    const focused = () =>
      harness.evaluate(() => {
        const active = document.querySelector('#inbox')?.shadowRoot?.activeElement;
        if (!active) return document.activeElement?.localName;
        return active.id ? `${active.localName}#${active.id}` : `${active.localName}:${active.textContent!.trim()}`;
      });
    await harness.keyboard.press('Tab');
    expect(await focused()).toBe('input#unit-token');
    await harness.keyboard.type(await demoToken(demoUrl, UNIT));
    await harness.keyboard.press('Enter');
    await expect.poll(focused).toBe('p#token-state');
    await item(inbox, code).waitFor();
    // Tab to this feedback's Answer button (the newest feedback comes first).
    const open = `button#open-${code}`;
    for (let i = 0; i < 40 && (await focused()) !== open; i++) await harness.keyboard.press('Tab');
    expect(await focused()).toBe(open);
    await harness.keyboard.press('Enter');
    await expect.poll(focused).toBe(`textarea#answer-${code}`);
    // Sent empty: core's rule, said in the page's language; nothing is sent, and the field has the focus again.
    await harness.keyboard.press('Tab');
    expect(await focused()).toBe('button:Gửi câu trả lời');
    await harness.keyboard.press('Enter');
    const problem = item(inbox, code).locator(`#problem-${code}`);
    await problem.waitFor();
    expect(await problem.innerText()).toBe('Cần viết câu trả lời trước khi đánh dấu là đã trả lời.');
    await expect.poll(focused).toBe(`textarea#answer-${code}`);
    expect(await item(inbox, code).getAttribute('data-status')).toBe('received');
    expect(await axeViolations(harness)).toEqual([]);
    // "In progress" with a note: the second button.
    await harness.keyboard.type('Đang xác minh với bộ phận một cửa.');
    await harness.keyboard.press('Tab');
    await harness.keyboard.press('Tab');
    expect(await focused()).toBe('button:Đánh dấu đang xử lý');
    await harness.keyboard.press('Enter');
    await expect.poll(() => item(inbox, code).getAttribute('data-status')).toBe('in-progress');
    await expect.poll(focused).toBe(`h2#item-title-${code}`);
    // Then the answer.
    for (let i = 0; i < 10 && (await focused()) !== open; i++) await harness.keyboard.press('Tab');
    await harness.keyboard.press('Enter');
    await expect.poll(focused).toBe(`textarea#answer-${code}`);
    await harness.keyboard.type('Đã bổ sung danh mục giấy tờ tại quầy.');
    await harness.keyboard.press('Tab');
    expect(await focused()).toBe('button:Gửi câu trả lời');
    await harness.keyboard.press('Enter');
    await expect.poll(() => item(inbox, code).getAttribute('data-status')).toBe('answered');
    const history = await item(inbox, code)
      .locator('.history li')
      .evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
    expect(history.map((h) => h.replace(/^.*?: /, ''))).toEqual([
      'Đang xử lý — Đang xác minh với bộ phận một cửa.',
      'Đã trả lời — Đã bổ sung danh mục giấy tờ tại quầy.',
    ]);
    const res = await fetch(at(`/api/receipts/${code}`));
    expect(((await res.json()) as { answer?: string }).answer).toBe('Đã bổ sung danh mục giấy tờ tại quầy.');
  });

  it('keeps what the officer typed when the send fails, and sends it on the next try', async () => {
    const code = await sendFeedback({ unit: UNIT, rating: 3, comment: 'Cần thêm ghế chờ.' });
    const { harness, inbox } = await openInbox();
    await enterToken(inbox, await demoToken(demoUrl, UNIT));
    const mine = item(inbox, code);
    await mine.getByRole('button', { name: 'Trả lời' }).click();
    const text = 'Đã bố trí thêm 10 ghế chờ.';
    await mine.locator('textarea').fill(text);
    // The collector is unreachable for this one request.
    await harness.route('**/api/receipts/*/answer', (route) => route.abort('connectionrefused'), { times: 1 });
    await mine.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    const problem = mine.locator(`#problem-${code}`);
    await problem.waitFor();
    expect(await problem.getAttribute('data-error')).toBe('network');
    expect(await problem.innerText()).toContain('Nội dung đã viết vẫn còn trong ô.');
    expect(await mine.locator('textarea').inputValue()).toBe(text);
    expect(await axeViolations(harness)).toEqual([]);
    await mine.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await expect.poll(() => mine.getAttribute('data-status')).toBe('answered');
    expect(await mine.locator('[part~="answer"]').innerText()).toBe(text);
  });

  it('fits a 390 px phone, in the demo’s index header too', async () => {
    await sendFeedback({ unit: COMMUNE, rating: 4, comment: 'Cán bộ hướng dẫn tận tình.' });
    const page = await (await newContext(PHONE)).newPage();
    for (const path of ['/', '/en/', '/km/']) {
      await page.goto(at(path));
      expect(await page.locator('header a[href="/hop-thu-gop-y/"]').count(), path).toBe(1);
      expect(await sidewaysScroll(page), path).toEqual([]);
    }
    await page.goto(at('/hop-thu-gop-y/'));
    expect(await sidewaysScroll(page)).toEqual([]);
    const inbox = page.locator('#inbox');
    await enterToken(inbox, await demoToken(demoUrl, COMMUNE));
    await inbox.locator('[part~="item"]').first().waitFor();
    const first = inbox.locator('button[id^="open-"]').first();
    await first.click();
    await inbox.locator('textarea').first().waitFor();
    expect(await sidewaysScroll(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
