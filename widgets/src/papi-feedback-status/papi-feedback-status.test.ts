import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@papi/core';
import './define.js';
import { codeFromAddress, receiptUrl } from './lookup.js';
import type { PapiFeedbackStatus } from './papi-feedback-status.js';

const ENDPOINT = 'https://gopy.example.gov.vn';
const RECEIVED = {
  receipt: 'K7MQ-3XPD',
  status: 'received',
  unit: 'xa-lai-hoa-2025',
  receivedAt: '2026-11-27T07:05:00.000Z',
};

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'offline' | 'down';
/** A collector that answers each look-up in turn (the last answer repeats), and the URLs it was asked. */
function collector(...answers: Answer[]) {
  const urls: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    urls.push(String(url));
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (answer === 'offline' || answer === 'down') throw new TypeError('Failed to fetch');
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, urls };
}

async function mount(attrs: Record<string, string>, lang?: string): Promise<PapiFeedbackStatus> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-feedback-status');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PapiFeedbackStatus, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (el: PapiFeedbackStatus, selector: string) =>
  $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The details as "label: value" lines (the colon is CSS, so the text has none). */
const details = (el: PapiFeedbackStatus) =>
  [...el.shadowRoot!.querySelectorAll('[part~="details"] div')].map(
    (row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.trim()}`,
  );
const settle = async (el: PapiFeedbackStatus) => {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
};

async function lookUp(el: PapiFeedbackStatus, typed: string) {
  const input = $<HTMLInputElement>(el, 'input')!;
  input.value = typed;
  input.dispatchEvent(new Event('input'));
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 500 })),
  );
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 10));
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('receiptUrl and codeFromAddress', () => {
  it('look a code up at the collector’s api/receipts/, from its base URL or its /api/ address', () => {
    expect(receiptUrl(ENDPOINT, 'K7MQ-3XPD')).toBe('https://gopy.example.gov.vn/api/receipts/K7MQ-3XPD');
    expect(receiptUrl('https://x.example/thu-nhan/api/', 'K7MQ-3XPD')).toBe(
      'https://x.example/thu-nhan/api/receipts/K7MQ-3XPD',
    );
    expect(receiptUrl('/', 'K7MQ-3XPD')).toMatch(/^http:\/\/[^/]+\/api\/receipts\/K7MQ-3XPD$/);
    expect(receiptUrl('gopy.example.gov.vn', 'K7MQ-3XPD')).toBeUndefined();
    expect(receiptUrl('javascript:alert(1)', 'K7MQ-3XPD')).toBeUndefined();
  });

  it('read a code from #receipt= (what the dialog links to) before ?receipt=', () => {
    expect(codeFromAddress({ hash: '#receipt=K7MQ-3XPD', search: '' })).toBe('K7MQ-3XPD');
    expect(codeFromAddress({ hash: '', search: '?receipt=k7mq3xpd' })).toBe('k7mq3xpd');
    expect(codeFromAddress({ hash: '#receipt=AAAA-BBBB', search: '?receipt=CCCC-DDDD' })).toBe('AAAA-BBBB');
    expect(codeFromAddress({ hash: '#top', search: '' })).toBeUndefined();
    expect(codeFromAddress(undefined)).toBeUndefined();
  });
});

describe('<papi-feedback-status>', () => {
  it('takes a code as a resident types it (lower case, no dash, spaces) and shows where it stands, in Vietnamese', async () => {
    const { urls } = collector({ status: 200, body: RECEIVED });
    const el = await mount({ endpoint: ENDPOINT });
    const found = vi.fn();
    el.addEventListener('papi-status-found', (e) => found((e as CustomEvent).detail));
    await lookUp(el, ' k7mq 3xpd ');
    expect(urls).toEqual(['https://gopy.example.gov.vn/api/receipts/K7MQ-3XPD']);
    expect(found).toHaveBeenCalledWith({ receipt: 'K7MQ-3XPD', status: 'received' });
    expect($<HTMLInputElement>(el, 'input')!.value).toBe('K7MQ-3XPD');
    expect(text(el, '[part~="result-title"]')).toBe('Góp ý mã K7MQ-3XPD');
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đã tiếp nhận');
    expect(details(el)).toEqual([
      'Tình trạng: Đã tiếp nhận',
      'Đơn vị: Xã Lai Hòa',
      `Ngày tiếp nhận: ${formatDateTime(Date.parse(RECEIVED.receivedAt), 'vi')}`,
    ]);
    expect(formatDateTime(Date.parse(RECEIVED.receivedAt), 'vi')).toBe('14:05 27/11/2026');
    expect($(el, '[part~="answer"]')).toBeNull();
    expect(text(el, '[role="status"]')).toBe('Góp ý mã K7MQ-3XPD: Đã tiếp nhận.');
  });

  it('shows the unit’s answer as plain text, its lines kept, never as markup', async () => {
    const answer = 'Đã bố trí thêm cán bộ.\n<img src=x onerror="alert(1)"> <b>cảm ơn</b>';
    collector({
      status: 200,
      body: {
        ...RECEIVED,
        status: 'answered',
        updatedAt: '2026-12-02T02:30:00Z',
        answeredAt: '2026-12-02T02:30:00Z',
        answer,
        comment: 'what the resident wrote is never shown',
      },
    });
    const el = await mount({ endpoint: ENDPOINT, 'heading-level': '3' });
    await lookUp(el, 'K7MQ-3XPD');
    expect($(el, '[part~="answer"]')!.textContent).toBe(answer);
    expect(el.shadowRoot!.querySelector('img, b')).toBeNull();
    expect($(el, 'h3#title')).not.toBeNull();
    expect(text(el, 'h4#result-title')).toBe('Góp ý mã K7MQ-3XPD');
    expect(text(el, 'h5#answer-title')).toBe('Trả lời của đơn vị');
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đã trả lời');
    // The last update is the answer itself: not said twice.
    expect(details(el)).toEqual([
      'Tình trạng: Đã trả lời',
      'Đơn vị: Xã Lai Hòa',
      'Ngày tiếp nhận: 14:05 27/11/2026',
      'Ngày trả lời: 09:30 02/12/2026',
    ]);
    expect(el.shadowRoot!.textContent).not.toContain('what the resident wrote');
  });

  it('says "being handled" with the unit’s note and its last update', async () => {
    collector({
      status: 200,
      body: { ...RECEIVED, status: 'in-progress', updatedAt: '2026-11-28T01:00:00Z', answer: 'Đang kiểm tra hồ sơ.' },
    });
    const el = await mount({ endpoint: ENDPOINT });
    await lookUp(el, 'K7MQ-3XPD');
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đang xử lý');
    expect(details(el)).toContain('Cập nhật lần cuối: 08:00 28/11/2026');
    expect(text(el, '#answer-title')).toBe('Ghi chú của đơn vị');
    expect(text(el, '[part~="answer"]')).toBe('Đang kiểm tra hồ sơ.');
  });

  it('refuses a malformed code before any request, and says what a code looks like', async () => {
    const { fetch } = collector({ status: 200, body: RECEIVED });
    const el = await mount({ endpoint: ENDPOINT });
    const errors: unknown[] = [];
    el.addEventListener('papi-status-error', (e) => errors.push((e as CustomEvent).detail));
    await lookUp(el, 'K7MQ-3XP');
    expect(fetch).not.toHaveBeenCalled();
    const input = $<HTMLInputElement>(el, 'input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('code-hint code-error');
    expect(text(el, '#code-error')).toBe(
      'Mã tiếp nhận gồm 8 chữ cái và chữ số, dạng K7MQ-3XPD; "K7MQ-3XP" không phải là một mã như vậy. Hãy kiểm tra lại mã bạn đã nhập.',
    );
    expect(el.shadowRoot!.activeElement).toBe(input);
    await lookUp(el, '   ');
    expect(text(el, '#code-error')).toBe('Hãy nhập mã tiếp nhận.');
    expect(fetch).not.toHaveBeenCalled();
    expect(errors).toEqual([{ kind: 'malformed', receipt: 'K7MQ-3XP' }, { kind: 'empty' }]);
  });

  it('tells an unknown code (404) from a malformed one', async () => {
    collector({ status: 404, body: { error: { code: 'unknown-receipt', message: 'no' } } });
    const el = await mount({ endpoint: ENDPOINT });
    await lookUp(el, 'zzzz-zzzz');
    expect($(el, '[part~="error"]')!.dataset.error).toBe('unknown');
    expect(text(el, '[part~="error"]')).toBe(
      'Không có góp ý nào mang mã ZZZZ-ZZZZ. Hãy kiểm tra lại mã. Góp ý gửi lúc mất mạng chỉ có mã sau khi đã đến nơi.',
    );
    expect($<HTMLInputElement>(el, 'input')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('honours Retry-After when rate-limited: no request until the wait is over, then it looks up by itself', async () => {
    const { fetch } = collector(
      { status: 429, body: { error: { code: 'rate-limited' } }, headers: { 'Retry-After': '1' } },
      { status: 200, body: RECEIVED },
    );
    const el = await mount({ endpoint: ENDPOINT });
    await lookUp(el, 'K7MQ-3XPD');
    expect($(el, '[part~="error"]')!.dataset.error).toBe('busy');
    expect(text(el, '[part~="error"]')).toBe(
      'Có quá nhiều lượt tra cứu từ mạng của bạn. Trang sẽ tự tra cứu lại sau 1 giây.',
    );
    await lookUp(el, 'K7MQ-3XPD'); // the resident presses again at once: nothing is sent
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2), { timeout: 3000 });
    await settle(el);
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đã tiếp nhận');
  });

  it('says the device is offline, and looks up again when the connection is back', async () => {
    const { fetch } = collector('offline', { status: 200, body: RECEIVED });
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const el = await mount({ endpoint: ENDPOINT });
    await lookUp(el, 'K7MQ-3XPD');
    expect($(el, '[part~="error"]')!.dataset.error).toBe('offline');
    expect(text(el, '[part~="error"]')).toBe(
      'Máy của bạn đang không có kết nối mạng. Khi có mạng trở lại, trang sẽ tự tra cứu.',
    );
    online.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đã tiếp nhận');
  });

  it('names the host it could not reach while online, with a retry; a server error and a wrong answer have their own words', async () => {
    collector('down', { status: 502 }, { status: 200, body: { ...RECEIVED, receipt: 'AAAA-BBBB' } });
    const el = await mount({ endpoint: ENDPOINT });
    await lookUp(el, 'K7MQ-3XPD');
    expect(text(el, '[part~="error"] p')).toBe(
      'Không kết nối được tới máy chủ gopy.example.gov.vn. Hãy thử lại sau ít phút.',
    );
    $(el, '[part~="error"] button')!.click();
    await settle(el);
    expect(text(el, '[part~="error"] p')).toBe('Máy chủ trả lỗi 502 khi tra cứu. Hãy thử lại sau ít phút.');
    $(el, '[part~="error"] button')!.click();
    await settle(el);
    // An answer about another code is not this resident's feedback.
    expect($(el, '[part~="error"]')!.dataset.error).toBe('invalid');
    expect($(el, '[part~="result"]')).toBeNull();
  });

  it('looks up a code given by the code attribute or by #receipt= in the address, at once', async () => {
    const { urls } = collector({ status: 200, body: RECEIVED });
    const el = await mount({ endpoint: ENDPOINT, code: 'k7mq3xpd' });
    await settle(el);
    expect(urls).toEqual(['https://gopy.example.gov.vn/api/receipts/K7MQ-3XPD']);
    expect(text(el, '.steps [aria-current="step"]')).toBe('Đã tiếp nhận');

    history.replaceState(null, '', '/tra-cuu/#receipt=K7MQ-3XPD');
    const other = await mount({ endpoint: ENDPOINT });
    await settle(other);
    expect(urls).toHaveLength(2);
    expect($<HTMLInputElement>(other, 'input')!.value).toBe('K7MQ-3XPD');
  });

  it('speaks Khmer and English, dates in each language’s form', async () => {
    collector({
      status: 200,
      body: { ...RECEIVED, status: 'answered', answeredAt: '2026-12-02T02:30:00Z', answer: 'Đã xử lý.' },
    });
    const km = await mount({ endpoint: ENDPOINT, code: 'K7MQ-3XPD' }, 'km');
    await vi.waitFor(() => expect(text(km, '.steps [aria-current="step"]')).toBe('បានឆ្លើយតប'));
    expect(text(km, '[part~="title"]')).toBe('ពិនិត្យមតិយោបល់របស់អ្នក');
    const en = await mount({ endpoint: ENDPOINT, code: 'K7MQ-3XPD' }, 'en');
    await vi.waitFor(() => expect(text(en, '.steps [aria-current="step"]')).toBe('Answered'));
    expect(details(en)).toContain('Answered: 09:30 2 December 2026');
    expect(text(en, '#answer-title')).toBe('The unit’s answer');
  });

  it('says an answer’s text was erased at the sender’s request, rather than show an answer without words', async () => {
    collector({ status: 200, body: { ...RECEIVED, status: 'answered', answeredAt: '2026-12-02T02:30:00Z' } });
    const el = await mount({ endpoint: ENDPOINT, code: 'K7MQ-3XPD' });
    await vi.waitFor(() => expect(text(el, '.steps [aria-current="step"]')).toBe('Đã trả lời'));
    expect($(el, '[part~="answer"]')).toBeNull();
    expect(text(el, '[part~="answer-erased"]')).toBe(
      'Nội dung câu trả lời đã được xóa theo yêu cầu của người gửi góp ý.',
    );
  });

  it('tells the editors when the endpoint is missing or unusable, and offers no field', async () => {
    const el = await mount({});
    expect(text(el, '[part~="error"]')).toContain('thiếu thuộc tính endpoint');
    expect($(el, 'input')).toBeNull();
    el.setAttribute('endpoint', 'gopy.example.gov.vn');
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).toContain('ví dụ https://gopy.example.gov.vn');
  });
});
