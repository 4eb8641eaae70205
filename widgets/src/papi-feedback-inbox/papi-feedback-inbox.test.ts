import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@papi/core';
import './define.js';
import { apiBase, checkInbox, inboxUrl } from './inbox-api.js';
import type { PapiFeedbackInbox } from './papi-feedback-inbox.js';
import { closeUnitTokens, getUnitToken, saveUnitToken, tokenScope } from '../shared/unit-tokens.js';

const ENDPOINT = 'https://gopy.example.gov.vn/';
const UNIT = 'xa-lai-hoa-2025';
const TOKEN = `papi_${'a'.repeat(10)}_${'b'.repeat(52)}`;
const OTHER = `papi_${'c'.repeat(10)}_${'d'.repeat(52)}`;

const item = (over: Record<string, unknown> = {}) => ({
  receipt: 'K7MQ-3XPD',
  receivedAt: '2026-11-27T01:30:00.000Z',
  dimension: 'd5',
  service: 'khai-sinh',
  rating: 2,
  comment: 'Chờ lâu quá <img src=x onerror="alert(1)">',
  contact: '0912 345 678',
  lang: 'vi',
  status: 'received',
  dueAt: '2026-12-12T01:30:00.000Z',
  overdue: false,
  history: [],
  ...over,
});
const inbox = (items: unknown[], over: Record<string, unknown> = {}) => ({
  unit: UNIT,
  answerDays: 15,
  answerDaysConfirmed: false,
  truncated: false,
  items,
  ...over,
});

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'down';
interface Call {
  url: string;
  method: string;
  auth: string | null;
  body?: unknown;
}
/** A collector that answers by route: each route's replies in turn (the last repeats); and the calls it got. */
function collector(routes: { list?: Reply[]; answer?: Reply[]; csv?: Reply[] }) {
  const calls: Call[] = [];
  const next = (replies: Reply[] | undefined): Reply =>
    replies && replies.length > 1 ? replies.shift()! : (replies?.[0] ?? { status: 500 });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      calls.push({
        url: String(url),
        method: init.method ?? 'GET',
        auth: headers.get('Authorization'),
        ...(init.body ? { body: JSON.parse(String(init.body)) } : {}),
      });
      const path = new URL(String(url)).pathname;
      const reply = next(path.endsWith('/answer') ? routes.answer : path.endsWith('.csv') ? routes.csv : routes.list);
      if (reply === 'down') throw new TypeError('Failed to fetch');
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      return new Response(body, {
        status: reply.status,
        headers: { 'Content-Type': 'application/json', ...reply.headers },
      });
    }),
  );
  return calls;
}

async function mount(attrs: Record<string, string> = { endpoint: ENDPOINT, unit: UNIT }, lang?: string) {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-feedback-inbox');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  document.body.append(host);
  await settle(el);
  return el;
}
const settle = async (el: PapiFeedbackInbox) => {
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
};
const $ = <T extends Element = HTMLElement>(el: PapiFeedbackInbox, s: string) => el.shadowRoot!.querySelector<T>(s);
/** The details as "label: value" lines (the colon is CSS, so the text has none). */
const details = (el: PapiFeedbackInbox) =>
  [...el.shadowRoot!.querySelectorAll('.details div')].map(
    (row) => `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.trim()}`,
  );
const text = (el: PapiFeedbackInbox, s: string) => $(el, s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: PapiFeedbackInbox, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input'));
};

beforeEach(() => collector({}));
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 10));
  document.body.replaceChildren();
  closeUnitTokens();
  indexedDB.deleteDatabase('papi-unit-tokens');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the inbox’s requests', () => {
  it('go to the collector’s units/<unit>/feedback, from its base or /api/ address, with the filters', () => {
    expect(apiBase('https://x.example/thu-nhan/api/')).toBe('https://x.example/thu-nhan/');
    expect(apiBase('gopy.example.gov.vn')).toBeUndefined();
    expect(inboxUrl(ENDPOINT, UNIT, { status: 'overdue', dimension: 'd3' })).toBe(
      'https://gopy.example.gov.vn/api/units/xa-lai-hoa-2025/feedback?status=overdue&dimension=d3',
    );
    expect(inboxUrl(ENDPOINT, UNIT, {}, true)).toBe(
      'https://gopy.example.gov.vn/api/units/xa-lai-hoa-2025/feedback.csv',
    );
  });

  it('take only the contract’s answer, for the unit asked', () => {
    expect(checkInbox(inbox([item()]), UNIT)?.items).toHaveLength(1);
    expect(checkInbox(inbox([item()]), 'xa-vinh-hai-2025')).toBeUndefined();
    expect(checkInbox(inbox([item({ status: 'lost' })]), UNIT)).toBeUndefined();
    expect(checkInbox(inbox([item({ comment: 5 })]), UNIT)).toBeUndefined();
  });
});

describe('<papi-feedback-inbox>', () => {
  it('asks for the unit’s token once, keeps it on the device, and lists the feedback as text', async () => {
    const calls = collector({ list: [{ status: 200, body: inbox([item()]) }] });
    const el = await mount();
    expect(calls).toEqual([]);
    const field = $<HTMLInputElement>(el, '#unit-token')!;
    expect(text(el, 'label[for="unit-token"]')).toBe('Mã xác thực của Xã Lai Hòa');
    type(field, 'not a token');
    $<HTMLFormElement>(el, 'form.token')!.requestSubmit();
    await settle(el);
    expect(text(el, '#unit-token-error')).toContain('Đây không phải mã xác thực');
    type($<HTMLInputElement>(el, '#unit-token')!, ` ${TOKEN.toUpperCase()} `);
    $<HTMLFormElement>(el, 'form.token')!.requestSubmit();
    await settle(el);
    expect((await getUnitToken(tokenScope(ENDPOINT, UNIT)))?.token).toBe(TOKEN);
    expect(el.outerHTML).not.toContain(TOKEN);
    expect(calls).toEqual([{ url: `${ENDPOINT}api/units/${UNIT}/feedback`, method: 'GET', auth: `Bearer ${TOKEN}` }]);
    expect(text(el, '[part~="token"]')).toContain('Mã xác thực của đơn vị đã được lưu trên máy này.');
    expect(text(el, '[part~="item-title"]')).toBe('Góp ý mã K7MQ-3XPD');
    expect($(el, '[part~="comment"]')!.textContent).toBe('Chờ lâu quá <img src=x onerror="alert(1)">');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el, '[part~="contact"]')).toBe('0912 345 678');
    expect(details(el)).toEqual([
      `Tiếp nhận: ${formatDateTime(Date.parse(item().receivedAt), 'vi')}`,
      'Hạn trả lời: 08:30 12/12/2026',
      'Mức hài lòng: 2 – Không hài lòng',
      'Lĩnh vực: 5. Thủ tục hành chính công',
      'Dịch vụ: Đăng ký khai sinh',
      'Ngôn ngữ người dân dùng: Tiếng Việt',
      'Liên hệ (người dân đồng ý cho liên hệ): 0912 345 678',
    ]);
    expect(details(el)[0]).toBe('Tiếp nhận: 08:30 27/11/2026');
    expect(text(el, '[part~="rule"]')).toContain('trong 15 ngày');
    expect(text(el, '[part~="rule"]')).toContain('giá trị tạm');
    expect(text(el, '.count')).toBe('Có 1 góp ý.');
    button(el, 'Trả lời')!.click();
    await settle(el);
    expect(text(el, '.answer-form .hint')).toContain('tối đa 2.000 ký tự');
    expect(text(el, '.counter')).toBe('0/2.000 ký tự');
  });

  it('shows the dossier code a resident gave at the counter’s kiosk, as text', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const kiosk = { ...item(), dossier: '000.00.30.H51-<b>260127</b>-0001' };
    collector({ list: [{ status: 200, body: inbox([kiosk]) }] });
    const el = await mount();
    expect(details(el).at(-1)).toBe('Mã hồ sơ (người dân ghi ở quầy): 000.00.30.H51-<b>260127</b>-0001');
    expect(el.shadowRoot!.querySelector('b')).toBeNull();
  });

  it('says where an answer’s text was erased at the sender’s request (forget), in the item and its history', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const at = '2026-11-28T01:30:00.000Z';
    const {
      comment: _comment,
      contact: _contact,
      ...forgotten
    } = item({
      status: 'answered',
      answeredAt: at,
      history: [
        { status: 'in-progress', at, by: 'k7mq3xpdab' },
        { status: 'answered', at, by: 'k7mq3xpdab' },
      ],
    });
    collector({ list: [{ status: 200, body: inbox([forgotten]) }] });
    const el = await mount();
    expect($(el, '[part~="answer"]')).toBeNull();
    expect(text(el, '[part~="answer-erased"]')).toBe(
      'Nội dung câu trả lời đã được xóa theo yêu cầu của người gửi góp ý.',
    );
    const history = [...el.shadowRoot!.querySelectorAll('.history li')].map((li) => li.textContent!.trim());
    expect(history[0]).not.toContain('xóa'); // a note "in progress" may have no text: nothing was erased there
    expect(history[1]).toMatch(/Đã trả lời — nội dung đã xóa theo yêu cầu$/);
  });

  it('shows no contact where the collector gave none, and marks overdue feedback', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const { contact: _, ...without } = item({ overdue: true });
    collector({ list: [{ status: 200, body: inbox([without], { answerDays: 20, answerDaysConfirmed: true }) }] });
    const el = await mount();
    expect($(el, '[part~="contact"]')).toBeNull();
    expect($(el, '[part~="dossier"]')).toBeNull();
    expect(text(el, '[part~="overdue"]')).toBe('Quá hạn');
    expect(text(el, '[part~="rule"]')).toContain('trong 20 ngày');
    expect(text(el, '[part~="rule"]')).not.toContain('giá trị tạm');
  });

  it('says clearly when the token is refused (401) or another unit’s (403), and takes a new one', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), OTHER);
    const calls = collector({
      list: [
        { status: 403, body: { error: { code: 'token-wrong-unit' } } },
        { status: 401, body: { error: { code: 'token-invalid' } } },
        { status: 200, body: inbox([]) },
      ],
    });
    const el = await mount({ endpoint: ENDPOINT, unit: UNIT }, 'en');
    expect(text(el, '[role="alert"][data-error="wrong-unit"]')).toBe(
      'The saved token belongs to another unit, not to Lai Hoa Commune, so the collector does not show this feedback. Enter the token of Lai Hoa Commune.'.replace(
        /Lai Hoa Commune/g,
        text(el, '#title').replace('Residents’ feedback to ', ''),
      ),
    );
    expect($(el, '#unit-token')).not.toBeNull();
    type($<HTMLInputElement>(el, '#unit-token')!, OTHER);
    $<HTMLFormElement>(el, 'form.token')!.requestSubmit();
    await settle(el);
    expect(text(el, '[role="alert"][data-error="refused"]')).toContain('The collector refused the saved token');
    type($<HTMLInputElement>(el, '#unit-token')!, TOKEN);
    $<HTMLFormElement>(el, 'form.token')!.requestSubmit();
    await settle(el);
    expect($(el, '[data-error]')).toBeNull();
    expect(text(el, '.empty')).toBe('No feedback yet.');
    expect(calls.map((c) => c.auth)).toEqual([`Bearer ${OTHER}`, `Bearer ${OTHER}`, `Bearer ${TOKEN}`]);
  });

  it('filters by status and dimension at the collector', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const calls = collector({
      list: [
        { status: 200, body: inbox([item()]) },
        { status: 200, body: inbox([]) },
      ],
    });
    const el = await mount();
    $<HTMLSelectElement>(el, '#filter-status')!.value = 'overdue';
    $<HTMLSelectElement>(el, '#filter-dimension')!.value = 'd3';
    $<HTMLFormElement>(el, 'form.filters')!.requestSubmit();
    await settle(el);
    expect(calls.at(-1)!.url).toBe(`${ENDPOINT}api/units/${UNIT}/feedback?status=overdue&dimension=d3`);
    expect(text(el, '.empty')).toBe('Không có góp ý nào khớp bộ lọc.');
  });

  it('checks an answer with core’s rules in the officer’s language, keeps the text on a failed send, then sends it', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const stored = {
      receipt: 'K7MQ-3XPD',
      status: 'answered',
      unit: UNIT,
      receivedAt: item().receivedAt,
      updatedAt: '2026-12-01T02:00:00.000Z',
      answeredAt: '2026-12-01T02:00:00.000Z',
      answer: 'Đã bổ sung mẫu tờ khai.',
    };
    const calls = collector({
      list: [{ status: 200, body: inbox([item()]) }],
      answer: ['down', { status: 200, body: stored }],
    });
    const el = await mount({ endpoint: ENDPOINT, unit: UNIT }, 'km');
    button(el, 'ឆ្លើយតប')!.click();
    await settle(el);
    const area = $<HTMLTextAreaElement>(el, '#answer-K7MQ-3XPD')!;
    expect(el.shadowRoot!.activeElement).toBe(area);
    // Empty: core's "answer required", in Khmer; nothing sent.
    $<HTMLFormElement>(el, '.answer-form')!.requestSubmit();
    await settle(el);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(text(el, '#problem-K7MQ-3XPD')).not.toBe('');
    expect(text(el, '#problem-K7MQ-3XPD')).toBe('សូមសរសេរចម្លើយ មុននឹងសម្គាល់មតិយោបល់ថាបានឆ្លើយតបរួច។');
    // Too long: counted in code points, refused before sending.
    type(area, '😀'.repeat(2001));
    await settle(el);
    const km = new Intl.NumberFormat('km-KH');
    expect(text(el, '.counter')).toBe(`${km.format(2001)}/${km.format(2000)} តួអក្សរ`);
    $<HTMLFormElement>(el, '.answer-form')!.requestSubmit();
    await settle(el);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    expect($(el, '#problem-K7MQ-3XPD')).not.toBeNull();
    // The network fails: the text stays.
    type($<HTMLTextAreaElement>(el, '#answer-K7MQ-3XPD')!, '  Đã bổ sung mẫu tờ khai.  ');
    $<HTMLFormElement>(el, '.answer-form')!.requestSubmit();
    await settle(el);
    expect($(el, '#problem-K7MQ-3XPD')!.dataset.error).toBe('network');
    expect($<HTMLTextAreaElement>(el, '#answer-K7MQ-3XPD')!.value).toBe('  Đã bổ sung mẫu tờ khai.  ');
    // Again: stored, and the list shows it.
    $<HTMLFormElement>(el, '.answer-form')!.requestSubmit();
    await settle(el);
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.at(-1)).toEqual({
      url: `${ENDPOINT}api/receipts/K7MQ-3XPD/answer`,
      method: 'POST',
      auth: `Bearer ${TOKEN}`,
      body: { status: 'answered', answer: 'Đã bổ sung mẫu tờ khai.' },
    });
    expect($(el, '.answer-form')).toBeNull();
    expect($(el, '[part~="item"]')!.dataset.status).toBe('answered');
    expect(text(el, '[part~="answer"]')).toBe('Đã bổ sung mẫu tờ khai.');
    expect(text(el, '.notice')).toBe('បានផ្ញើចម្លើយចំពោះមតិយោបល់ K7MQ-3XPD។');
  });

  it('sets "in progress" without a note', async () => {
    await saveUnitToken(tokenScope(ENDPOINT, UNIT), TOKEN);
    const calls = collector({
      list: [{ status: 200, body: inbox([item()]) }],
      answer: [
        {
          status: 200,
          body: {
            receipt: 'K7MQ-3XPD',
            status: 'in-progress',
            unit: UNIT,
            receivedAt: item().receivedAt,
            updatedAt: '2026-11-28T02:00:00.000Z',
          },
        },
      ],
    });
    const el = await mount();
    button(el, 'Trả lời')!.click();
    await settle(el);
    button(el, 'Đánh dấu đang xử lý')!.click();
    await settle(el);
    expect(calls.at(-1)!.body).toEqual({ status: 'in-progress' });
    expect(text(el, '[part~="item"] .state')).toBe('Đang xử lý');
    expect(text(el, '.notice')).toBe('Đã đánh dấu góp ý K7MQ-3XPD là đang xử lý.');
  });

  it('tells the editors what is missing', async () => {
    const el = await mount({ unit: 'nowhere' });
    expect(text(el, '[part~="error"]')).toContain('thiếu thuộc tính endpoint');
    expect(text(el, '[part~="error"]')).toContain('thuộc tính unit "nowhere" không phải đơn vị đã biết');
    expect($(el, '#unit-token')).toBeNull();
  });
});
