import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { getOutbox } from '../shared/outbox.js';
import { unseenReceipts } from '../shared/receipts.js';
import { KIOSK_IDLE_MS, KIOSK_REARM_MS } from './kiosk.js';
import type { PapiFeedbackButton } from './papi-feedback-button.js';

const ENDPOINT = 'https://gopy.example.gov.vn';
const UNIT = 'xa-lai-hoa-2025';
let codes = 0;

type Answer = number | 'offline';
/** A collector that gives each new id a receipt code, and the bodies it was sent. */
function collector(...answers: Answer[]) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    bodies.push(body);
    const receipt = `K7MQ-${String(++codes).padStart(4, '0')}`;
    return new Response(JSON.stringify({ id: body.id, receivedAt: '2026-11-27T05:00:00Z', receipt }), {
      status: answer,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, bodies };
}

async function mount(attrs: Record<string, string> = {}, lang?: string): Promise<PapiFeedbackButton> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-feedback-button');
  el.tapGuardMs = 0;
  for (const [k, v] of Object.entries({ mode: 'kiosk', endpoint: ENDPOINT, unit: UNIT, ...attrs }))
    el.setAttribute(k, v);
  host.append(el);
  document.body.append(host);
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.kiosk')).not.toBeNull());
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PapiFeedbackButton, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: PapiFeedbackButton, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const step = (el: PapiFeedbackButton) => $(el, '.kiosk')?.dataset.step;

async function rate(el: PapiFeedbackButton, value: number) {
  $(el, `[part~="kiosk-option"][data-rating="${value}"]`)!.click();
  await el.updateComplete;
}
function type(el: PapiFeedbackButton, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
/** Waits, however long a busy machine takes, until the rating is no longer being sent (its outcome is shown). */
async function sent(el: PapiFeedbackButton) {
  await vi.waitFor(
    () => {
      const status = $(el, '[part~="status"]')?.dataset.status;
      if (!status || status === 'sending') throw new Error(`still ${status ?? 'not sending'}`);
    },
    { timeout: 10_000, interval: 10 },
  );
  await el.updateComplete;
}
async function send(el: PapiFeedbackButton) {
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
  await sent(el);
}

beforeEach(() => {
  collector(201);
});
afterEach(async () => {
  vi.useRealTimers();
  await new Promise((r) => setTimeout(r, 20));
  document.body.replaceChildren();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('<papi-feedback-button mode="kiosk">', () => {
  it('fills the screen with the five levels, best first, and no dialog, contact or dimension', async () => {
    const el = await mount({ service: 'khai-sinh' });
    expect(step(el)).toBe('rate');
    expect($(el, 'dialog')).toBeNull();
    expect(text(el, '#kiosk-title')).toBe('Bạn hài lòng với việc phục vụ hôm nay ở mức nào?');
    expect(text(el, '.about')).toBe('Xã Lai Hòa');
    const options = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="kiosk-option"]')];
    expect(options.map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Bình thường',
      'Không hài lòng',
      'Rất không hài lòng',
    ]);
    // Each has a drawn face, hidden from screen readers: the words are its name.
    expect(
      options.every((o) => o.type === 'button' && o.querySelector('svg')!.getAttribute('aria-hidden') === 'true'),
    ).toBe(true);
    await rate(el, 4);
    expect(step(el)).toBe('details');
    expect(text(el, '#kiosk-title')).toBe('Bạn đã chọn: Hài lòng');
    expect($(el, '#contact, input[type="checkbox"], select')).toBeNull();
    expect(el.shadowRoot!.activeElement?.id).toBe('kiosk-title');
  });

  it('sends one record with the comment and dossier code, thanks with the receipt code, and keeps no code for a next visit', async () => {
    const { bodies } = collector(201);
    const el = await mount({ 'status-url': '/tra-cuu-gop-y/', dimension: 'd5' });
    const events: string[] = [];
    for (const type of ['papi-feedback-queued', 'papi-feedback-sent'])
      el.addEventListener(type, () => events.push(type));
    await rate(el, 2);
    type(el, '#kiosk-comment', '  Chờ lâu ở quầy.  ');
    type(el, '#kiosk-dossier', ' 000.00.30.H51-260127-0001 ');
    await send(el);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      unit: UNIT,
      dimension: 'd5',
      rating: 2,
      comment: 'Chờ lâu ở quầy.',
      dossier: '000.00.30.H51-260127-0001',
      lang: 'vi',
    });
    expect(bodies[0]).not.toHaveProperty('contact');
    expect(step(el)).toBe('thanks');
    expect(text(el, '#kiosk-title')).toBe('Cảm ơn bạn!');
    expect($(el, '[part~="status"]')!.dataset.status).toBe('sent');
    const slip = text(el, '[part~="slip"]');
    expect(slip).toContain('Xã Lai Hòa');
    expect(text(el, '[part~="receipt-code"]')).toMatch(/^K7MQ-\d{4}$/);
    expect(slip).toMatch(/Tra cứu tình trạng góp ý bằng mã này tại http:\/\/[^/]+\/tra-cuu-gop-y\/$/);
    // The slip may be left on the counter: nothing the resident wrote or gave is on it.
    expect(slip).not.toMatch(/000\.00|Chờ lâu|Không hài lòng/);
    expect($(el, '[part~="slip"] a')).toBeNull(); // a link would take the kiosk away from its page
    expect($(el, '[part~="print"]')).not.toBeNull();
    expect(events).toEqual(['papi-feedback-queued', 'papi-feedback-sent']);
    // The outbox kept neither the item (it held a dossier code) nor the code for the "next visit", someone else's.
    expect(await getOutbox().pending()).toEqual([]);
    expect(await unseenReceipts(UNIT)).toEqual([]);
  });

  it('counts Send once: a repeated submit while sending is one record', async () => {
    const { bodies } = collector(201);
    const el = await mount();
    await rate(el, 5);
    const form = $<HTMLFormElement>(el, 'form')!;
    form.requestSubmit();
    form.requestSubmit();
    await sent(el);
    expect(bodies).toHaveLength(1);
    expect(step(el)).toBe('thanks');
  });

  it('resets after reset-after seconds, to the page’s language, and says why', async () => {
    const el = await mount({ 'reset-after': '1' });
    await rate(el, 5);
    $(el, '[part~="languages"] [lang="km"]')!.click();
    await vi.waitFor(() => expect(text(el, '#kiosk-title')).toContain('អ្នកបានជ្រើសរើស'));
    expect(localStorage.length).toBe(0); // the next person is someone else: no choice kept on the device
    await send(el);
    expect(text(el, '.hint')).toBe('អេក្រង់នឹងរួចរាល់សម្រាប់អ្នកបន្ទាប់ក្នុងរយៈពេល 1 វិនាទី។');
    const reset = new Promise<unknown>((resolve) =>
      el.addEventListener('papi-kiosk-reset', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    expect(await reset).toEqual({ reason: 'timeout' });
    await el.updateComplete;
    await vi.waitFor(() => expect(text(el, '#kiosk-title')).toBe('Bạn hài lòng với việc phục vụ hôm nay ở mức nào?'));
    expect(step(el)).toBe('rate');
  });

  it('never waits more than 10 seconds, whatever reset-after says', async () => {
    const el = await mount({ 'reset-after': '60' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await rate(el, 4);
    await send(el);
    expect(step(el)).toBe('thanks');
    expect(text(el, '.hint')).toBe('Màn hình sẽ sẵn sàng cho người tiếp theo sau 10 giây.');
    await vi.advanceTimersByTimeAsync(9_800);
    expect(step(el)).toBe('thanks');
    await vi.advanceTimersByTimeAsync(300);
    await el.updateComplete;
    expect(step(el)).toBe('rate');
  });

  it('keeps the thank-you reset-after seconds from when the code shows, however long the connection took', async () => {
    const el = await mount({ 'reset-after': '3' });
    const answer = collector(201).fetch.getMockImplementation()!;
    let connect!: () => void;
    const slow = new Promise<void>((resolve) => (connect = resolve));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        await slow;
        return answer(url, init);
      }),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await rate(el, 4);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await vi.advanceTimersByTimeAsync(5_000); // longer than reset-after: the resident still waits for the outcome
    expect(step(el)).toBe('thanks');
    expect($(el, '[part~="receipt-code"]')).toBeNull();
    connect();
    await vi.waitFor(() => expect($(el, '[part~="receipt-code"]')).not.toBeNull());
    await vi.advanceTimersByTimeAsync(2_900);
    expect(step(el)).toBe('thanks');
    await vi.advanceTimersByTimeAsync(200);
    await el.updateComplete;
    expect(step(el)).toBe('rate');
  });

  it('keeps the code reset-after seconds when it comes after a failed first try', async () => {
    const el = await mount({ 'reset-after': '3' });
    collector('offline', 201);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await rate(el, 4);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    // The first try fails: the thank-you says it will be sent; the outbox tries again a moment later.
    await vi.waitFor(() => expect($(el, '[part~="status"]')?.dataset.status).not.toBe('sending'));
    expect($(el, '[part~="receipt-code"]')).toBeNull();
    await vi.waitFor(() => expect($(el, '[part~="receipt-code"]')).not.toBeNull(), { timeout: 10_000, interval: 50 });
    await vi.advanceTimersByTimeAsync(2_800);
    expect(step(el)).toBe('thanks');
    await vi.advanceTimersByTimeAsync(300);
    await el.updateComplete;
    expect(step(el)).toBe('rate');
  });

  it('"Done" resets at once', async () => {
    const el = await mount();
    await rate(el, 3);
    await send(el);
    const reasons: unknown[] = [];
    el.addEventListener('papi-kiosk-reset', (e) => reasons.push((e as CustomEvent).detail));
    $(el, '[part~="done"]')!.click();
    await el.updateComplete;
    expect(step(el)).toBe('rate');
    expect(reasons).toEqual([{ reason: 'done' }]);
  });

  it('drops a rating left unsent when the resident has gone, and sends nothing', async () => {
    const { fetch } = collector(201);
    const el = await mount();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await rate(el, 1);
    await vi.advanceTimersByTimeAsync(KIOSK_IDLE_MS - 1000);
    type(el, '#kiosk-comment', 'Đang viết…'); // still there: the wait starts again
    await vi.advanceTimersByTimeAsync(KIOSK_IDLE_MS - 1000);
    expect(step(el)).toBe('details');
    await vi.advanceTimersByTimeAsync(1000);
    await el.updateComplete;
    expect(step(el)).toBe('rate');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('guards each new screen: the second tap of a double tap lands on disabled buttons', async () => {
    const el = await mount();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    el.tapGuardMs = 600;
    await rate(el, 5);
    expect($<HTMLButtonElement>(el, '[part~="send"]')!.disabled).toBe(true);
    expect($<HTMLButtonElement>(el, '[part~="cancel"]')!.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part~="send"]')!.disabled).toBe(false);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await vi.advanceTimersByTimeAsync(100);
    expect($<HTMLButtonElement>(el, '[part~="done"]')!.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    await el.updateComplete;
    $(el, '[part~="done"]')!.click();
    await el.updateComplete;
    // After the reset the levels wait longer: a tap meant for "Done" never starts the next person's rating.
    const first = $<HTMLButtonElement>(el, '[part~="kiosk-option"]')!;
    expect(first.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(KIOSK_REARM_MS - 100);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part~="kiosk-option"]')!.disabled).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part~="kiosk-option"]')!.disabled).toBe(false);
  });

  it('offline: says the rating is kept on the tablet and gives no code yet', async () => {
    collector('offline');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const el = await mount();
    await rate(el, 4);
    await send(el);
    await vi.waitFor(() => expect($(el, '[part~="status"]')!.dataset.status).toBe('queued'));
    expect(text(el, '[part~="status"]')).toBe(
      'Máy này đang chưa kết nối được tới máy chủ: đánh giá của bạn đã được lưu trên máy và sẽ tự gửi đi. Mã tiếp nhận chỉ có sau khi gửi được.',
    );
    expect($(el, '[part~="slip"]')).toBeNull();
    expect($(el, '[part~="print"]')).toBeNull();
    expect(await getOutbox().pending()).toHaveLength(1);
    // Back online, the outbox delivers it (and nothing is left to send in the tests after this one).
    const { bodies } = collector(201);
    await getOutbox().flush(true);
    expect(bodies).toHaveLength(1);
    expect(await getOutbox().pending()).toEqual([]);
  });

  it('refuses a dossier code over its limit, naming the field', async () => {
    const { fetch } = collector(201);
    const el = await mount();
    await rate(el, 4);
    type(el, '#kiosk-dossier', 'x'.repeat(65));
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    // Refused before anything is kept or sent: the field's error is the outcome.
    await vi.waitFor(() => expect(text(el, '#kiosk-dossier-error')).not.toBe(''), { timeout: 10_000 });
    expect(fetch).not.toHaveBeenCalled();
    expect(step(el)).toBe('details');
    expect(text(el, '#kiosk-dossier-error')).toBe('Dài 65 ký tự, tối đa 64.');
    expect($(el, '#kiosk-dossier')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('tells the editors what is missing instead of taking ratings it cannot send', async () => {
    const el = await mount({ endpoint: '' });
    expect(text(el, '[part~="error"]')).toContain('thiếu thuộc tính endpoint');
    expect($(el, '[part~="kiosk-option"]')).toBeNull();
  });
});
