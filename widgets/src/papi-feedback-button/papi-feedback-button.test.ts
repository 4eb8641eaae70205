import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { getOutbox } from '../shared/outbox.js';
import { MIN_FILL_MS, PapiFeedbackButton, feedbackUrl } from './papi-feedback-button.js';

const ENDPOINT = 'https://gopy.example.gov.vn';
const URL_ = 'https://gopy.example.gov.vn/api/feedback';

type Answer = number | 'offline';
function collector(...answers: Answer[]) {
  const bodies: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    bodies.push(body);
    const payload =
      answer < 300
        ? { id: body.id, receivedAt: '2026-11-27T05:00:00Z' }
        : { error: { code: 'invalid-body', message: 'no' } };
    return new Response(JSON.stringify(payload), { status: answer, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, bodies };
}

async function mount(attrs: Record<string, string>, lang?: string): Promise<PapiFeedbackButton> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-feedback-button');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.minFillMs = 0;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PapiFeedbackButton, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: PapiFeedbackButton, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const settle = async (el: PapiFeedbackButton) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
};

async function openAndFill(
  el: PapiFeedbackButton,
  fill: { rating?: number; dimension?: string; comment?: string; contact?: string } = {},
) {
  $(el, '[part~="button"]')!.click();
  await el.updateComplete;
  if (fill.rating) $<HTMLInputElement>(el, `input[name="rating"][value="${fill.rating}"]`)!.click();
  if (fill.dimension) {
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = fill.dimension;
    select.dispatchEvent(new Event('change'));
  }
  if (fill.comment !== undefined) {
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    area.value = fill.comment;
    area.dispatchEvent(new Event('input'));
  }
  if (fill.contact !== undefined) {
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await el.updateComplete;
    const contact = $<HTMLInputElement>(el, '#contact')!;
    contact.value = fill.contact;
    contact.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

async function send(el: PapiFeedbackButton) {
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 201 })),
  );
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 20));
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('feedbackUrl', () => {
  it('takes a collector base URL or the full /api/feedback URL, and nothing but http(s)', () => {
    expect(feedbackUrl('https://gopy.example.gov.vn')).toBe(URL_);
    expect(feedbackUrl('https://x.example/collector/')).toBe('https://x.example/collector/api/feedback');
    expect(feedbackUrl(URL_)).toBe(URL_);
    expect(feedbackUrl(' /api/feedback ')).toMatch(/^http:\/\/[^/]+\/api\/feedback$/);
    expect(feedbackUrl('javascript:alert(1)')).toBeUndefined();
    expect(feedbackUrl('')).toBeUndefined();
  });

  it('takes no bare host name, scheme-relative address or other scheme: they would never reach a collector', () => {
    for (const bad of [
      'gopy.vinhchau.gov.vn',
      'gopy.vinhchau.gov.vn/api/feedback',
      'api/feedback',
      '//gopy.example.gov.vn',
      'ftp://gopy.example.gov.vn',
      'htps://gopy.example.gov.vn',
    ])
      expect(feedbackUrl(bad), bad).toBeUndefined();
  });
});

describe('the resident’s choice of language', () => {
  afterEach(() => localStorage.clear());

  it('offers Tiếng Việt, ភាសាខ្មែរ and English on a Vietnamese page, and sends the feedback in the language chosen', async () => {
    const { bodies } = collector(201);
    const el = await mount({ endpoint: ENDPOINT, unit: 'xa-lai-hoa-2025' }, 'vi');
    await openAndFill(el);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="language"]')];
    expect(buttons.map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).toEqual([
      ['Tiếng Việt', 'vi', 'true'],
      ['ភាសាខ្មែរ', 'km', 'false'],
      ['English', 'en', 'false'],
    ]);
    expect($(el, '[part~="languages"]')!.getAttribute('aria-label')).toContain('ភាសា');
    buttons[1]!.click();
    // The Khmer strings load on first use: wait for them rather than for a fixed time.
    await vi.waitFor(() => expect(text(el, '#title')).toBe('មតិយោបល់របស់អ្នក'), { timeout: 5000 });
    expect($(el, 'dialog')!.getAttribute('lang')).toBe('km');
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true');
    $<HTMLInputElement>(el, 'input[name="rating"][value="4"]')!.click();
    await send(el);
    // Kept on the device first, then sent: however long that takes on a busy machine.
    await vi.waitFor(() => expect(bodies).toHaveLength(1), { timeout: 5000 });
    expect(bodies[0]!.lang).toBe('km');
  });

  it('remembers the choice on the device, for every feedback button, and the page’s language again once the choice is vi', async () => {
    const first = await mount({ endpoint: ENDPOINT, unit: 'xa-lai-hoa-2025' }, 'vi');
    await openAndFill(first);
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part~="language"][lang="km"]')!.click();
    await settle(first);
    const second = await mount({ endpoint: ENDPOINT, unit: 'xa-vinh-hai-2025' }, 'vi');
    await settle(second);
    expect(text(second, '[part~="button"]')).toBe('ផ្តល់មតិយោបល់');
    expect($(second, '[part~="button"]')!.getAttribute('lang')).toBe('km');
    expect(localStorage.getItem('papi-widgets-lang')).toBe('km');
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part~="language"][lang="vi"]')!.click();
    await settle(second);
    expect(text(second, '[part~="button"]')).toBe('Góp ý');
    expect($(second, '[part~="button"]')!.hasAttribute('lang')).toBe(false);
  });
});

describe('<papi-feedback-button>', () => {
  it('opens a modal dialog with the satisfaction scale in the reader’s language, and focus inside', async () => {
    const opened: unknown[] = [];
    document.addEventListener('papi-feedback-open', (e) => opened.push((e as CustomEvent).detail), { once: true });
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    expect(text(el, '[part~="button"]')).toBe('Góp ý');
    await openAndFill(el);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).toBe(true);
    expect(opened).toEqual([{ unit: 'phuong-vinh-chau-2025', dimension: null, service: null }]);
    expect(text(el, 'legend')).toBe('Bạn hài lòng ở mức nào? (bắt buộc)');
    expect([...el.shadowRoot!.querySelectorAll('[part~="option"]')].map((o) => o.textContent!.trim())).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Bình thường',
      'Không hài lòng',
      'Rất không hài lòng',
    ]);
    expect(text(el, '.about')).toBe('Đơn vị: Phường Vĩnh Châu');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[name="rating"]'));
    expect(text(el, '#counter')).toBe('0 / 1.000 ký tự');
  });

  it('speaks English and Khmer, following lang', async () => {
    const el = await mount({ endpoint: ENDPOINT, unit: 'xa-vinh-hai-2025', label: 'Ý kiến của bạn' }, 'en');
    expect(text(el, '[part~="button"]')).toBe('Ý kiến của bạn');
    await openAndFill(el);
    expect(text(el, '[part~="send"]')).toBe('Send');
    expect(text(el, '[part~="option"]')).toBe('Very satisfied');
    el.parentElement!.setAttribute('lang', 'km');
    await settle(el);
    expect(text(el, '[part~="send"]')).toBe('ផ្ញើ');
    expect(text(el, '[part~="option"]')).toBe('ពេញចិត្តខ្លាំង');
    expect(text(el, '[part~="cancel"]')).toBe('បោះបង់');
  });

  it('says the portal has not set up feedback when endpoint or unit is missing, and never fakes success', async () => {
    const el = await mount({ unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el);
    expect($(el, 'form')).toBeNull();
    expect(text(el, '[role="alert"]')).toContain('Cổng thông tin này chưa cài đặt việc nhận góp ý');
    expect(text(el, '[role="alert"]')).toContain('thiếu thuộc tính endpoint');
    const en = await mount({ endpoint: ENDPOINT, unit: 'phong-khong-co' }, 'en');
    await openAndFill(en);
    expect(text(en, '[role="alert"]')).toContain('This portal has not set up feedback yet');
    expect(text(en, '[role="alert"]')).toContain('unit: unknown unit "phong-khong-co"');
  });

  it('takes a unit the registry does not know when unit-name names it, and sends for it', async () => {
    const { bodies } = collector(201);
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-an-binh', 'unit-name': 'Phường An Bình' });
    await openAndFill(el, { rating: 5 });
    expect($(el, '[role="alert"]')).toBeNull();
    expect(text(el, '.about')).toBe('Đơn vị: Phường An Bình');
    await send(el);
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toBe('Đã gửi'), { timeout: 5000 });
    expect(bodies).toEqual([expect.objectContaining({ unit: 'phuong-an-binh', rating: 5 })]);
    // The registry's own units keep their names in the reader's language, whatever unit-name says.
    const known = await mount({ endpoint: ENDPOINT, unit: 'xa-lai-hoa-2025', 'unit-name': 'Tên khác' }, 'en');
    await openAndFill(known);
    expect(text(known, '.about')).toBe('Unit: Lai Hòa Commune');
  });

  it('keeps the notice for a malformed id even with unit-name, and for an unknown id without it, saying what unit-name is for', async () => {
    const malformed = await mount({ endpoint: ENDPOINT, unit: 'Phường An Bình', 'unit-name': 'Phường An Bình' }, 'en');
    await openAndFill(malformed);
    expect($(malformed, 'form')).toBeNull();
    expect(text(malformed, '[role="alert"]')).toContain(
      'unit: "Phường An Bình" has the wrong format (use only a-z, 0-9, -)',
    );
    const unnamed = await mount({ endpoint: ENDPOINT, unit: 'phuong-an-binh' });
    await openAndFill(unnamed);
    expect($(unnamed, 'form')).toBeNull();
    expect(text(unnamed, '[role="alert"]')).toContain('unit: đơn vị "phuong-an-binh" không có trong danh mục đơn vị');
    expect(text(unnamed, '[role="alert"]')).toContain(
      'đơn vị ngoài danh mục (một xã, phường khác) cần có tên trong thuộc tính unit-name',
    );
  });

  it('tells the editors up front that an endpoint without http(s):// cannot work, suggesting the full address', async () => {
    const { fetch } = collector(201);
    const el = await mount({ endpoint: 'gopy.vinhchau.gov.vn', unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el);
    expect($(el, 'form')).toBeNull();
    const alert = text(el, '[role="alert"]');
    expect(alert).toContain('Cổng thông tin này chưa cài đặt việc nhận góp ý');
    expect(alert).toContain(
      'Dành cho ban biên tập: thiếu thuộc tính endpoint hợp lệ: "gopy.vinhchau.gov.vn" không dùng được',
    );
    expect(alert).toContain('endpoint phải là địa chỉ http(s) đầy đủ, ví dụ https://gopy.vinhchau.gov.vn');
    const en = await mount({ endpoint: 'ftp://gopy.example.gov.vn', unit: 'phuong-vinh-chau-2025' }, 'en');
    await openAndFill(en);
    expect(text(en, '[role="alert"]')).toContain(
      'For the editors: the endpoint attribute is not valid: "ftp://gopy.example.gov.vn" cannot be used; endpoint must be a full http(s) address, e.g. https://gopy.example.gov.vn',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains a missing rating in the reader’s language and queues nothing', async () => {
    const { fetch } = collector(201);
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el, { comment: 'Thủ tục nhanh' });
    await send(el);
    expect(text(el, '[role="alert"]')).toContain('Hãy chọn một mức độ hài lòng.');
    expect($(el, 'input[name="rating"]')!.getAttribute('aria-invalid')).toBe('true');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[name="rating"]'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('queues a valid record, then says it was sent when the collector acknowledges it', async () => {
    const { bodies } = collector(201);
    const events: [string, unknown][] = [];
    for (const type of ['papi-feedback-queued', 'papi-feedback-sent'])
      document.addEventListener(type, (e) => events.push([type, (e as CustomEvent).detail]), { once: true });
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el, {
      rating: 4,
      dimension: 'd5',
      comment: '  Cán bộ hướng dẫn tận tình  ',
      contact: '0909 000 000',
    });
    expect($<HTMLInputElement>(el, '#contact')!.disabled).toBe(false);
    await send(el);
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toBe('Đã gửi'), { timeout: 5000 });
    expect(bodies).toHaveLength(1);
    const body = bodies[0]!;
    expect(body).toMatchObject({
      unit: 'phuong-vinh-chau-2025',
      rating: 4,
      dimension: 'd5',
      comment: 'Cán bộ hướng dẫn tận tình',
      contact: '0909 000 000',
      consent: true,
      lang: 'vi',
    });
    expect(events).toEqual([
      ['papi-feedback-queued', { id: body.id }],
      ['papi-feedback-sent', { id: body.id, ack: { id: body.id, receivedAt: '2026-11-27T05:00:00Z' } }],
    ]);
    expect(await getOutbox().get(String(body.id))).toMatchObject({ state: 'sent' });
    expect(el.shadowRoot!.activeElement).toBe($(el, '.done button'));
  });

  it('links the "keep this code" line to the status page when status-url gives it, with the code after #', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: string };
      return new Response(JSON.stringify({ id: body.id, receivedAt: '2026-11-27T05:00:00Z', receipt: 'K7MQ-3XPD' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    const link = async (attrs: Record<string, string>) => {
      const el = await mount({ endpoint: ENDPOINT, unit: 'xa-lai-hoa-2025', ...attrs });
      await openAndFill(el, { rating: 5 });
      await send(el);
      await vi.waitFor(() => expect(text(el, '[part~="receipt-code"]')).toBe('K7MQ-3XPD'), { timeout: 5000 });
      return $<HTMLAnchorElement>(el, '[part~="status-link"]');
    };
    const withUrl = await link({ 'status-url': '/tra-cuu-gop-y/' });
    expect(withUrl!.getAttribute('href')).toMatch(/^http:\/\/[^/]+\/tra-cuu-gop-y\/#receipt=K7MQ-3XPD$/);
    expect(withUrl!.textContent).toBe('Xem tình trạng góp ý');
    expect(withUrl!.closest('.hint')!.textContent).toContain('Hãy giữ mã này để hỏi về góp ý của bạn sau này.');
    expect(await link({})).toBeNull();
    expect(await link({ 'status-url': 'javascript:alert(1)' })).toBeNull();
  });

  it('sends no contact without the consent box, and presets dimension and service', async () => {
    const { bodies } = collector(201);
    const el = await mount({ endpoint: URL_, unit: 'xa-lai-hoa-2025', dimension: 'd6', service: 'khai-sinh' });
    $(el, '[part~="button"]')!.click();
    await el.updateComplete;
    expect($(el, 'select')).toBeNull();
    expect($<HTMLInputElement>(el, '#contact')!.disabled).toBe(true);
    expect(text(el, '.about:nth-of-type(2)')).toBe('Lĩnh vực: Cung ứng dịch vụ công');
    await openAndFill(el, { rating: 2, contact: 'a@b.vn' });
    $<HTMLInputElement>(el, 'input[type="checkbox"]')!.click(); // consent withdrawn again
    await el.updateComplete;
    await send(el);
    await vi.waitFor(() => expect(bodies).toHaveLength(1), { timeout: 5000 });
    expect(bodies[0]).toMatchObject({ unit: 'xa-lai-hoa-2025', dimension: 'd6', service: 'khai-sinh', rating: 2 });
    expect(bodies[0]).not.toHaveProperty('contact');
    expect(bodies[0]).not.toHaveProperty('consent');
  });

  it('says truthfully that it is saved and will be sent, and updates when it is sent', async () => {
    const { fetch } = collector('offline', 201);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el, { rating: 3 });
    await send(el);
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toBe('Đã lưu, sẽ gửi khi có mạng'), { timeout: 5000 });
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toBe('Đã gửi'), { timeout: 5000 });
    expect(fetch).toHaveBeenCalledTimes(2);
    onLine.mockRestore();
  });

  it('does not blame the network when it is online and the collector is down or refuses the portal', async () => {
    collector(503);
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el, { rating: 3 });
    await send(el);
    await vi.waitFor(
      () =>
        expect(text(el, '[part~="status"]')).toBe(
          'Đã lưu trên máy này nhưng chưa gửi được đến máy chủ; sẽ tự thử lại.',
        ),
      { timeout: 5000 },
    );
  });

  it('says when the collector refused the feedback, with its error code', async () => {
    collector(400);
    const rejected: unknown[] = [];
    document.addEventListener('papi-feedback-rejected', (e) => rejected.push((e as CustomEvent).detail), {
      once: true,
    });
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' }, 'en');
    await openAndFill(el, { rating: 1 });
    await send(el);
    await vi.waitFor(
      () =>
        expect(text(el, '[part~="status"]')).toContain('The server did not accept this feedback (error: invalid-body)'),
      { timeout: 5000 },
    );
    expect(rejected).toEqual([{ id: expect.any(String), error: 'invalid-body' }]);
  });

  it('waits 800 ms from opening by default, and takes a script’s submit event for no person’s', () => {
    expect(new PapiFeedbackButton().minFillMs).toBe(MIN_FILL_MS);
    expect(MIN_FILL_MS).toBe(800);
    // Events a page's script dispatches are untrusted (as every event is in this test DOM).
    expect(PapiFeedbackButton.isTrustedSubmit(new Event('submit'))).toBe(false);
  });

  it('sends a person’s quick send at once: never dropped, never falsely thanked', async () => {
    const { bodies } = collector(201);
    const trust = vi.spyOn(PapiFeedbackButton, 'isTrustedSubmit').mockReturnValue(true); // a real key press or tap
    const queued: unknown[] = [];
    document.addEventListener('papi-feedback-queued', (e) => queued.push((e as CustomEvent).detail));
    const el = await mount({ endpoint: ENDPOINT, unit: 'xa-lai-hoa-2025', service: 'khai-sinh' });
    el.minFillMs = 60_000; // whatever the minimum, a person's send goes
    await openAndFill(el, { rating: 5 });
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    // A second press while the first is being kept sends nothing more.
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toBe('Đã gửi'), { timeout: 2000 });
    expect(trust).toHaveBeenCalled();
    expect(queued).toHaveLength(1);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ unit: 'xa-lai-hoa-2025', service: 'khai-sinh', rating: 5 });
    expect(text(el, '.thanks')).toBe('Cảm ơn bạn đã góp ý!');
    expect(el.shadowRoot!.activeElement).toBe($(el, '.done button'));
  });

  it('thanks a bot (honeypot filled, or sent too fast) and queues nothing', async () => {
    const { bodies } = collector(201);
    const queued: unknown[] = [];
    document.addEventListener('papi-feedback-queued', (e) => queued.push(e));
    // Items earlier tests left queued may be retried meanwhile through this test's collector; none may be new.
    const earlier = new Set((await getOutbox().pending()).map((i) => i.id));
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el, { rating: 5 });
    $<HTMLInputElement>(el, 'input[name="website"]')!.value = 'http://spam.example';
    await send(el);
    expect(text(el, '.thanks')).toBe('Cảm ơn bạn đã góp ý!');
    expect($(el, '[part~="status"]')).toBeNull();
    // A scripted submit (untrusted) sooner than the minimum after opening.
    // (A minimum far above the test's own duration, so that a slow machine cannot make the send "late enough".)
    const fast = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    fast.minFillMs = 60_000;
    await openAndFill(fast, { rating: 5 });
    await send(fast);
    expect(text(fast, '.thanks')).toBe('Cảm ơn bạn đã góp ý!');
    await new Promise((r) => setTimeout(r, 300)); // and nothing is sent later either
    expect(bodies.filter((b) => !earlier.has(String(b.id)))).toEqual([]);
    expect(queued).toEqual([]);
    expect((await getOutbox().pending()).filter((i) => !earlier.has(i.id))).toEqual([]);
    const hp = $(el, '.hp') ?? $(fast, '.hp');
    expect(hp === null || hp.getAttribute('aria-hidden') === 'true').toBe(true);
  });

  it('keeps Tab inside the dialog and gives focus back to the button on close', async () => {
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025' });
    await openAndFill(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    const send = $(el, '[part~="send"]')!;
    const close = $(el, '[part~="close"]')!;
    send.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(el.shadowRoot!.activeElement).toBe(close);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(el.shadowRoot!.activeElement).toBe(send);
    expect($(el, 'input[name="website"]')!.tabIndex).toBe(-1);
    close.click();
    await settle(el);
    expect(dialog.open).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="button"]'));
  });

  it('renders hostile attributes and comments as text', async () => {
    const hostile = '<img src=x onerror="alert(1)">\u202Eevil\u200B';
    const { bodies } = collector(201);
    const el = await mount({ endpoint: ENDPOINT, unit: 'phuong-vinh-chau-2025', label: hostile });
    expect(text(el, '[part~="button"]')).toBe(hostile.trim());
    expect($(el, 'img')).toBeNull();
    const huge = `${hostile}${'x'.repeat(2000)}`;
    const n = new Intl.NumberFormat('vi-VN').format(huge.length);
    await openAndFill(el, { rating: 5, comment: huge });
    expect(text(el, '#counter')).toBe(`${n} / 1.000 ký tự`);
    await send(el);
    // Over the limit (the browser's maxlength stops typing, not script): the reader is told, nothing is queued.
    expect(text(el, '[role="alert"]')).toContain(`Dài ${n} ký tự, tối đa 1.000.`);
    // (An earlier test's queued item may be retried meanwhile through this test's collector: look for this one.)
    expect(bodies.filter((b) => String(b.comment).startsWith(hostile))).toEqual([]);
    const bad = await mount({ endpoint: 'javascript:alert(1)', unit: '<b>x</b>' });
    await openAndFill(bad);
    expect(text(bad, '[role="alert"]')).toContain('"<b>x</b>"');
    expect($(bad, 'b')).toBeNull();
  });
});
