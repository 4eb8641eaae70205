import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import type { ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit, type Plan } from '@papi/core';
import { toCsv } from '../shared/download.js';
import { getOutbox } from '../shared/outbox.js';
import { getUnitToken, saveUnitToken, tokenScope } from '../shared/unit-tokens.js';
import './define.js';
import type { PapiChecklist } from './papi-checklist.js';
import {
  ASSESSMENT_DB,
  ASSESSMENT_STORE,
  ASSESSMENT_TIMING,
  AssessmentStore,
  JOURNAL_PREFIX,
  assessmentKey,
  mergeRecord,
  type AssessmentRecord,
} from './assessment-store.js';
import { DEFAULT_PLAN_FILE } from './default-plan.js';

const small: Plan = {
  id: 'ke-hoach-thu',
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  year: 2026,
  tasks: [
    {
      id: 't1',
      activity: 'Tuyên truyền cải cách hành chính',
      dimensions: ['d5', 'd8'],
      lead: ['phong-noi-vu'],
      partners: ['xa-lai-hoa'],
      timing: { kind: 'due', due: '2026-06-30' },
    },
    {
      id: 't2',
      activity: 'Niêm yết hộ nghèo',
      dimensions: ['d2'],
      lead: ['ubnd-xa-phuong'],
      partners: [],
      timing: { kind: 'ongoing' },
      status: 'done',
    },
    {
      id: 't3',
      activity: 'Đối thoại',
      dimensions: ['d3'],
      lead: ['thanh-tra-thi-xa'],
      partners: [],
      timing: { kind: 'due', due: '2027-01-31' },
      status: 'in-progress',
    },
  ],
};

async function settle(el: PapiChecklist): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

async function mount(attrs: Record<string, string>, json?: string, lang?: string): Promise<PapiChecklist> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-checklist');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (json !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = json;
    el.append(s);
  }
  host.append(el);
  document.body.append(host);
  await settle(el);
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const TOKEN = `papi_${'k'.repeat(10)}_${'q'.repeat(52)}`;
/** The unit's token kept on this device, as an officer who entered it before would have it. */
const keepToken = (unit: string, endpoint = 'https://gopy.example.vn/api/reports', token = TOKEN) =>
  saveUnitToken(tokenScope(endpoint, unit), token);
const texts = (el: Element, sel: string) =>
  [...root(el).querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<papi-checklist>', () => {
  it('shows the 8 dimensions as headings with their tasks in lists, units by name and statuses as text', async () => {
    const el = await mount({ today: '2026-11-27' }, JSON.stringify(small));
    expect(texts(el, '[part~="dimension-title"]')).toHaveLength(8);
    expect(root(el).querySelector('h2')!.textContent).toBe('Kế hoạch thử');
    expect(root(el).querySelectorAll('h3')).toHaveLength(8);
    // t1 serves d5 and d8, so it is listed under both.
    expect(root(el).querySelectorAll('ul.tasks > li')).toHaveLength(4);
    const t1 = [...root(el).querySelectorAll('li.task')].find((li) => li.textContent!.includes('Tuyên truyền'))!;
    expect(t1.textContent).toContain('Phòng Nội vụ');
    expect(t1.textContent).toContain('Xã Lai Hòa');
    const statuses = texts(el, '[part~="status"]');
    expect(statuses).toContain('Hoàn thành');
    expect(statuses).toContain('Đang thực hiện');
    expect(statuses).toContain('Chưa bắt đầu');
  });

  it('marks overdue tasks with text and computes progress overall and per dimension', async () => {
    const el = await mount({ today: '2026-11-27' }, JSON.stringify(small));
    expect(texts(el, '[part~="overdue"]')).toEqual(['⚠ Quá hạn', '⚠ Quá hạn']);
    expect(texts(el, '[part~="overall"] [part~="progress-text"]')).toEqual(['1 / 3']);
    const overall = root(el).querySelector('[part~="overall"] progress') as HTMLProgressElement;
    expect(overall.getAttribute('aria-label')).toBe('Tiến độ: 1 trên 3 nhiệm vụ hoàn thành');
    // Not overdue before the due date.
    const early = await mount({ today: '2026-01-01' }, JSON.stringify(small));
    expect(root(early).querySelectorAll('[part~="overdue"]')).toHaveLength(0);
  });

  it('filters by unit through groups and 2025 successors, by attribute and by select', async () => {
    const el = await mount({ unit: 'xa-lai-hoa-2025', today: '2026-11-27' }, JSON.stringify(small));
    // t1 (partner xa-lai-hoa → xa-lai-hoa-2025) and t2 (UBND xã, phường).
    const ids = new Set(tasksForUnit(small, 'xa-lai-hoa-2025').map((t) => t.id));
    expect(ids).toEqual(new Set(['t1', 't2']));
    expect(texts(el, '[part~="overall"] [part~="progress-text"]')).toEqual(['1 / 2']);
    expect(root(el).querySelector('select')).toBeNull();

    const all = await mount({ today: '2026-11-27' }, JSON.stringify(small));
    const seen: unknown[] = [];
    all.addEventListener('papi-checklist-filter', (e) => seen.push((e as CustomEvent).detail));
    const select = root(all).querySelector('select')!;
    expect([...select.options].map((o) => o.value)).toContain('xa-lai-hoa-2025');
    select.value = 'thanh-tra-thi-xa';
    select.dispatchEvent(new Event('change'));
    await settle(all);
    expect(seen).toEqual([{ unit: 'thanh-tra-thi-xa' }]);
    expect(texts(all, '[part~="activity"]')).toEqual(['Đối thoại']);
  });

  it('speaks English and Khmer, following lang', async () => {
    const el = await mount({ today: '2026-11-27' }, JSON.stringify(small), 'en');
    expect(root(el).querySelector('h2')!.textContent).toBe('Test plan');
    expect(texts(el, '[part~="overdue"]')[0]).toBe('⚠ Overdue');
    el.parentElement!.setAttribute('lang', 'km');
    // The Khmer strings are loaded on demand: the checklist switches when they are in.
    await expect.poll(() => texts(el, '[part~="overdue"]')[0]).toBe('⚠ ហួសពេលកំណត់');
  });

  it('explains invalid data with translated messages and paths', async () => {
    const bad = { ...small, tasks: [{ ...small.tasks[0], lead: ['phong-noi-vu2'] }] };
    const el = await mount({}, JSON.stringify(bad));
    const alert = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain('tasks[0].lead[0]: đơn vị "phong-noi-vu2" không có trong danh mục đơn vị');
    const en = await mount({}, '{"id":', 'en');
    expect(root(en).querySelector('[role="alert"]')!.textContent).toContain('The data is not valid JSON.');
  });

  it('names a src that is no web address, and offers no Retry that could never succeed', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const el = await mount({ src: 'htps://example.gov.vn/plan.json' });
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Địa chỉ dữ liệu không hợp lệ: "htps://example.gov.vn/plan.json"');
    expect(alert.textContent).not.toContain('Kiểm tra kết nối mạng');
    expect(root(el).querySelector('[part~="retry"]')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    const en = await mount({ src: 'javascript:alert(1)' }, undefined, 'en');
    expect(root(en).querySelector('[role="alert"]')!.textContent).toContain(
      'The data address is not valid: "javascript:alert(1)"',
    );
  });

  it('says, naming the host, that a failed fetch from another site means offline or blocked by its CORS policy', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const el = await mount({ src: 'https://data.example.gov.vn/plan.json' });
    const text = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(text).toContain('Không tải được dữ liệu từ data.example.gov.vn.');
    expect(text).toContain(
      'máy này đang mất kết nối mạng, hoặc trang data.example.gov.vn không cho phép trang này đọc dữ liệu của nó (chặn theo CORS)',
    );
    expect(root(el).querySelector('[part~="retry"]')).not.toBeNull(); // the connection may come back
    // On the page's own site only the connection can be at fault.
    const own = await mount({ src: '/plans/plan.json' });
    const ownText = root(own).querySelector('[role="alert"]')!.textContent!;
    expect(ownText).toContain(`Không tải được dữ liệu từ ${location.host}. Kiểm tra kết nối mạng rồi thử lại.`);
    expect(ownText).not.toContain('CORS');
  });

  it('loads the default plan from the file beside the script when given no data', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response(JSON.stringify(VINH_CHAU_PLAN_2023), { status: 200 });
    });
    const el = await mount({ today: '2026-11-27' });
    expect(fetched[0]).toMatch(new RegExp(`/${DEFAULT_PLAN_FILE}$`));
    expect(root(el).querySelector('h2')!.textContent).toContain('PAPI');
    expect(texts(el, '[part~="overall"] [part~="progress-text"]')).toEqual([`0 / ${VINH_CHAU_PLAN_2023.tasks.length}`]);
  });

  it('renders hostile text from the data as text', async () => {
    const hostile = {
      ...small,
      title: '<img src=x onerror=alert(1)>\u202e\u200b',
      tasks: [{ ...small.tasks[0], activity: '<script>alert(1)</script>' }],
    };
    const el = await mount({}, JSON.stringify(hostile));
    expect(root(el).querySelector('img, script')).toBeNull();
    expect(root(el).querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>\u202e\u200b');
  });

  it('self-assessment: records statuses, evidence (http/https only) and notes, and keeps them per plan and unit', async () => {
    const el = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27' },
      JSON.stringify(small),
    );
    const events: unknown[] = [];
    el.addEventListener('papi-task-status', (e) => events.push((e as CustomEvent).detail));
    const select = root(el).querySelector<HTMLSelectElement>('select[data-task="t1"]')!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    const evidence = root(el).querySelector<HTMLInputElement>('input[data-task="t1"]')!;
    evidence.value = 'javascript:alert(1)';
    evidence.dispatchEvent(new Event('change'));
    await settle(el);
    expect(events).toEqual([{ taskId: 't1', status: 'done' }]);
    expect(root(el).querySelector('.field-error')!.textContent).toContain('http://');
    const input = root(el).querySelector<HTMLInputElement>('input[data-task="t1"]')!;
    input.value = 'https://laihoa.example.vn/bc.pdf';
    input.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root(el).querySelector('.field-error')).toBeNull();
    expect(texts(el, '[part~="overall"] [part~="progress-text"]')).toEqual(['1 / 1']);
    // A new element for the same plan and unit, once everything is committed, finds the state again.
    await vi.waitFor(() => expect(bar(el)[1]).toBe('Đã lưu trên máy này.'), { timeout: 5_000 });
    const again = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27' },
      JSON.stringify(small),
    );
    await vi.waitFor(
      () => expect(root(again).querySelector<HTMLSelectElement>('select[data-task="t1"]')?.value).toBe('done'),
      { timeout: 5_000 },
    );
    expect(root(again).querySelector<HTMLInputElement>('input[data-task="t1"]')!.value).toBe(
      'https://laihoa.example.vn/bc.pdf',
    );
    // Another unit starts empty.
    const other = await mount(
      { mode: 'self-assessment', unit: 'thanh-tra-thi-xa', today: '2026-11-27' },
      JSON.stringify(small),
    );
    await settle(other);
    expect(root(other).querySelector<HTMLSelectElement>('select[data-task="t3"]')!.value).toBe('in-progress');
  });

  it('derives the reporting period and the reports URL', async () => {
    const el = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', endpoint: 'http://localhost:8787/api/' },
      JSON.stringify(small),
    );
    expect(el.reportPeriod).toBe('2026-H2');
    expect(el.reportsUrl).toBe('http://localhost:8787/api/reports');
    for (const [given, url] of [
      ['http://localhost:8787', 'http://localhost:8787/api/reports'],
      ['https://gopy.example.vn/thu-nhan/', 'https://gopy.example.vn/thu-nhan/api/reports'],
      ['https://gopy.example.vn/api/reports', 'https://gopy.example.vn/api/reports'],
    ]) {
      el.setAttribute('endpoint', given!);
      await settle(el);
      expect(el.reportsUrl).toBe(url);
    }
    el.setAttribute('period', '2026');
    await settle(el);
    expect(el.reportPeriod).toBe('2026');
    expect(texts(el, '[part~="button"]')).toContain('Gửi báo cáo 2026');
    for (const bad of ['javascript:alert(1)', 'gopy.vinhchau.gov.vn', 'ftp://gopy.example.vn', '//gopy.example.vn']) {
      el.setAttribute('endpoint', bad);
      await settle(el);
      expect(el.reportsUrl, bad).toBeUndefined();
    }
    el.setAttribute('endpoint', '/');
    await settle(el);
    expect(el.reportsUrl).toMatch(/^http:\/\/[^/]+\/api\/reports$/);
  });

  it('self-assessment: says up front, in the assessment bar, that an endpoint without http(s):// cannot take reports', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const el = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', endpoint: 'gopy.vinhchau.gov.vn' },
      JSON.stringify(small),
    );
    const bar = root(el).querySelector('[part~="actions"]')!;
    const alert = bar.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(alert).toContain('Chưa gửi được báo cáo từ đây');
    expect(alert).toContain(
      'Dành cho ban biên tập: thuộc tính endpoint "gopy.vinhchau.gov.vn" không dùng được: endpoint phải là địa chỉ http(s) đầy đủ, ví dụ https://gopy.vinhchau.gov.vn',
    );
    // No submit button that could only fail; the exports still work.
    expect(texts(el, '[part~="button"]')).toEqual(['Xuất CSV', 'Xuất JSON']);
    expect(fetch).not.toHaveBeenCalled();
    const en = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', endpoint: 'ftp://x.example' },
      JSON.stringify(small),
      'en',
    );
    expect(root(en).querySelector('[part~="actions"] [role="alert"]')!.textContent).toContain(
      'For the editors: the endpoint attribute "ftp://x.example" cannot be used: endpoint must be a full http(s) address',
    );
  });

  it('self-assessment: keeps the submit button focusable while saving (aria-disabled) and ignores presses meanwhile', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: string };
      return new Response(JSON.stringify({ id: body.id, status: 'stored' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    await keepToken('phong-noi-vu');
    const el = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', endpoint: 'https://gopy.example.vn' },
      JSON.stringify(small),
    );
    const queued: unknown[] = [];
    el.addEventListener('papi-report-queued', (e) => queued.push((e as CustomEvent).detail));
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) =>
      b.textContent!.includes('Gửi báo cáo'),
    )!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.click(); // ignored while saving
    await vi.waitFor(() =>
      expect(root(el).querySelector('[part~="message"]')!.textContent).toContain('Đã gửi báo cáo đến gopy.example.vn.'),
    );
    expect(root(el).querySelector('[part~="message"]')!.getAttribute('role')).toBe('status');
    expect(button.getAttribute('aria-disabled')).toBe('false');
    expect(root(el).activeElement).toBe(button);
    expect(queued).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((fetch.mock.calls[0]![1].headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('says that an unknown unit id is not in the units registry, and keeps the select to pick a real one', async () => {
    const el = await mount({ unit: 'xa-lai-hoa-2099', today: '2026-11-27' }, JSON.stringify(small));
    const message = root(el).querySelector('#unit-error')!.textContent!;
    expect(message).toBe(
      'Không có đơn vị mã "xa-lai-hoa-2099" trong danh mục đơn vị (thuộc tính unit). Hãy chọn một đơn vị trong danh sách.',
    );
    expect(root(el).textContent).not.toContain('Không có nhiệm vụ nào cho đơn vị này');
    const select = root(el).querySelector('select')!;
    expect(select.getAttribute('aria-describedby')).toBe('unit-error');
    expect(texts(el, '[part~="overall"] [part~="progress-text"]')).toEqual(['1 / 3']); // every unit's tasks meanwhile
    select.value = 'thanh-tra-thi-xa';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(texts(el, '[part~="activity"]')).toEqual(['Đối thoại']);
    const en = await mount({ unit: 'xa-lai-hoa-2099' }, JSON.stringify(small), 'en');
    expect(root(en).querySelector('#unit-error')!.textContent).toContain(
      'There is no unit with the id "xa-lai-hoa-2099" in the units registry',
    );
    // A unit the plan itself brings is known.
    const own = await mount(
      { unit: 'don-vi-la' },
      JSON.stringify({
        ...small,
        units: [{ id: 'don-vi-la', name: 'Đơn vị lạ' }],
        tasks: [{ ...small.tasks[0], lead: ['don-vi-la'] }],
      }),
    );
    expect(root(own).querySelector('#unit-error')).toBeNull();
    expect(texts(own, '[part~="filter"]')).toEqual(['Đơn vị: Đơn vị lạ']);
  });

  it('takes a unit of another commune when unit-name names it: its name, its tasks in a plan that names it, its report', async () => {
    const plan = { ...small, tasks: [{ ...small.tasks[0], lead: ['phuong-an-binh'] }, small.tasks[2]] };
    const el = await mount(
      { unit: 'phuong-an-binh', 'unit-name': 'Phường An Bình', today: '2026-11-27' },
      JSON.stringify(plan),
    );
    expect(root(el).querySelector('#unit-error')).toBeNull();
    expect(root(el).querySelector('[part~="error"]')).toBeNull();
    expect(texts(el, '[part~="filter"]')).toEqual(['Đơn vị: Phường An Bình']);
    expect(texts(el, '[part~="activity"]')).toEqual([
      'Tuyên truyền cải cách hành chính',
      'Tuyên truyền cải cách hành chính',
    ]);
    expect(texts(el, 'li.task dd')[0]).toBe('Phường An Bình');
    // Without unit-name the same plan is refused (it names a unit nobody knows), as before.
    const unnamed = await mount({ unit: 'phuong-an-binh' }, JSON.stringify(plan));
    expect(root(unnamed).textContent).toContain('phuong-an-binh');
    expect(root(unnamed).querySelector('[part~="activity"]')).toBeNull();

    // Its officer's self-assessment goes to the collector as the unit's report, with the unit's token.
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: string };
      return new Response(JSON.stringify({ id: body.id, status: 'stored' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    await keepToken('phuong-an-binh');
    const sa = await mount(
      {
        mode: 'self-assessment',
        unit: 'phuong-an-binh',
        'unit-name': 'Phường An Bình',
        today: '2026-11-27',
        endpoint: 'https://gopy.example.vn',
      },
      JSON.stringify(plan),
    );
    [...root(sa).querySelectorAll<HTMLButtonElement>('[part~="button"]')]
      .find((b) => b.textContent!.includes('Gửi báo cáo'))!
      .click();
    await vi.waitFor(() =>
      expect(root(sa).querySelector('[part~="message"]')!.textContent).toContain('Đã gửi báo cáo đến gopy.example.vn.'),
    );
    expect(JSON.parse(String(fetch.mock.calls[0]![1].body))).toMatchObject({ unit: 'phuong-an-binh', planId: plan.id });
  });

  it('says that a malformed unit id is not taken even with unit-name, and keeps the select', async () => {
    const el = await mount({ unit: 'Phường An Bình', 'unit-name': 'Phường An Bình' }, JSON.stringify(small));
    expect(root(el).querySelector('#unit-error')!.textContent).toBe(
      'Mã đơn vị "Phường An Bình" (thuộc tính unit) không đúng dạng: chỉ dùng chữ thường không dấu a-z, số 0-9 và dấu -, ví dụ "phuong-an-binh". Hãy chọn một đơn vị trong danh sách.',
    );
    expect(root(el).querySelector('select')!.getAttribute('aria-describedby')).toBe('unit-error');
    const en = await mount({ unit: 'Phường An Bình', 'unit-name': 'Phường An Bình' }, JSON.stringify(small), 'en');
    expect(root(en).querySelector('#unit-error')!.textContent).toContain('has the wrong form');
  });

  it('tells the editors about a today, mode or period it cannot use, and works on with the defaults', async () => {
    const el = await mount({ today: '27/11/2026', mode: 'tu-danh-gia', period: '2026-H3' }, JSON.stringify(small));
    const notes = texts(el, '.notices li');
    expect(notes).toHaveLength(2); // the period matters only in self-assessment
    expect(notes[0]).toMatch(
      /^Dành cho ban biên tập: thuộc tính today "27\/11\/2026" không phải ngày dạng YYYY-MM-DD \(ví dụ 2026-11-27\), nên được bỏ qua; hạn và kỳ báo cáo tính theo ngày hôm nay \(\d\d\/\d\d\/\d{4}\)\.$/,
    );
    expect(notes[1]).toBe(
      'Dành cho ban biên tập: thuộc tính mode "tu-danh-gia" không hợp lệ (chỉ nhận "view" hoặc "self-assessment"), nên danh mục hiện ở chế độ xem.',
    );
    expect(root(el).querySelector('.notices')!.getAttribute('role')).toBe('alert');
    // Still the plan, in view mode.
    expect(root(el).querySelectorAll('h3')).toHaveLength(8);
    expect(root(el).querySelector('[part~="assess"]')).toBeNull();
    const sa = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', period: '2026-H3' },
      JSON.stringify(small),
    );
    expect(texts(sa, '.notices li')).toEqual([
      'Dành cho ban biên tập: thuộc tính period "2026-H3" không phải kỳ báo cáo hợp lệ (dạng YYYY, YYYY-H1 hoặc YYYY-H2, ví dụ 2026-H2), nên được bỏ qua; báo cáo dùng kỳ 2026-H2.',
    ]);
    expect(sa.reportPeriod).toBe('2026-H2');
    expect(texts(sa, '.period')).toEqual(['Kỳ báo cáo: 2026-H2']);
    const en = await mount({ today: '2026-02-30' }, JSON.stringify(small), 'en');
    expect(texts(en, '.notices li')[0]).toContain(
      'For the editors: the today attribute "2026-02-30" is not a date written YYYY-MM-DD',
    );
    expect(root(en).querySelector('.notices ul')!.hasAttribute('lang')).toBe(false);
    // On a Khmer page the editors' notice is Vietnamese, and marked so for screen readers.
    const km = await mount({ mode: 'tu-danh-gia' }, JSON.stringify(small), 'km');
    expect(root(km).querySelector('.notices ul')!.getAttribute('lang')).toBe('vi');
    expect(texts(km, '.notices li')[0]).toMatch(/^Dành cho ban biên tập: /);
    const fine = await mount({ today: '2026-11-27', mode: 'view' }, JSON.stringify(small));
    expect(root(fine).querySelector('.notices')).toBeNull();
  });

  it('links the evidence error to its field, with ids unique even for a task shown under two dimensions', async () => {
    const el = await mount(
      { mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27' },
      JSON.stringify(small),
    );
    const inputs = () => [...root(el).querySelectorAll<HTMLInputElement>('input[data-task="t1"]')];
    expect(inputs()).toHaveLength(2); // t1 serves d5 and d8
    inputs()[0]!.value = 'ftp://x.example/bc.pdf';
    inputs()[0]!.dispatchEvent(new Event('change'));
    await settle(el);
    const ids = inputs().map((input) => input.getAttribute('aria-describedby'));
    expect(new Set(ids).size).toBe(2);
    for (const [i, input] of inputs().entries()) {
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const error = root(el).getElementById(ids[i]!)!;
      expect(error.textContent).toBe('Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://');
    }
  });

  it('marks the plan’s Vietnamese-only texts and unit names lang="vi" on an English or Khmer page', async () => {
    const plan = {
      ...small,
      units: [{ id: 'don-vi-la', name: 'Ban quản lý chợ' }],
      tasks: [
        { ...small.tasks[0], activity: { vi: 'Tuyên truyền', en: 'Outreach' }, partners: ['don-vi-la'] },
        small.tasks[1],
      ],
    };
    const el = await mount({ today: '2026-11-27' }, JSON.stringify(plan), 'en');
    const vi = () =>
      [...root(el).querySelectorAll('[lang="vi"]:not([part~="language"])')].map(
        (n) => `${n.localName}:${n.textContent}`,
      );
    // The title and the first activity exist in English; the second activity and the plan's own unit only in Vietnamese.
    expect(root(el).querySelector('h2')!.textContent).toBe('Test plan');
    expect(vi()).toContain('span:Niêm yết hộ nghèo');
    expect(vi()).toContain('span:Ban quản lý chợ');
    expect(vi()).toContain('option:Ban quản lý chợ');
    expect(vi()).not.toContain('span:Outreach');
    expect(vi().some((v) => v.includes('Office of Home Affairs') || v.includes('Phòng Nội vụ'))).toBe(false); // the registry names are in English
    el.parentElement!.setAttribute('lang', 'km');
    await settle(el);
    expect(vi()).toContain('span:Tuyên truyền'); // no Khmer given
    expect(root(el).querySelector('h2 [lang="vi"]')!.textContent).toBe('Kế hoạch thử');
    el.parentElement!.setAttribute('lang', 'vi');
    await settle(el);
    expect(vi()).toEqual([]);
  });
});

/** The two parts of the assessment bar's status: the report's, then the local save's. */
const bar = (el: Element) => texts(el, '[part~="actions"] [role="status"] > span');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<papi-checklist> self-assessment saving and the report’s status', () => {
  it('saves typing after a pause, says "saving" until it is committed, and keeps the text as typed meanwhile', async () => {
    const plan = { ...small, id: 'ke-hoach-go-phim' };
    const el = await mount(
      { mode: 'self-assessment', unit: 'thanh-tra-thi-xa', today: '2026-11-27' },
      JSON.stringify(plan),
    );
    expect(bar(el)).toEqual(['', '']);
    const note = root(el).querySelector<HTMLTextAreaElement>('textarea[data-task="t3"]')!;
    note.value = 'Đã đối thoại với ';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(bar(el)).toEqual(['', 'Đang lưu…']);
    expect(note.value).toBe('Đã đối thoại với '); // not trimmed under the caret
    await vi.waitFor(() => expect(bar(el)).toEqual(['', 'Đã lưu trên máy này.']));
    // One status region for both: only its changed part is announced.
    const region = root(el).querySelectorAll('[part~="actions"] [part~="message"]');
    expect(region).toHaveLength(1);
    expect(region[0]!.getAttribute('role')).toBe('status');
    expect(region[0]!.getAttribute('aria-atomic')).toBe('false');
    // Leaving the field trims it and saves at once.
    note.value = 'Đã đối thoại với dân  ';
    note.dispatchEvent(new Event('input'));
    note.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(bar(el)[1]).toBe('Đang lưu…');
    await vi.waitFor(() => expect(bar(el)[1]).toBe('Đã lưu trên máy này.'));
    expect(note.value).toBe('Đã đối thoại với dân');

    // Evidence that is no http(s) link stays in the field, its error shown once the field is left, and is not saved.
    const evidence = root(el).querySelector<HTMLInputElement>('input[data-task="t3"]')!;
    evidence.value = 'https://thanhtra.example.vn/bb.pdf';
    evidence.dispatchEvent(new Event('change'));
    await settle(el);
    evidence.value = 'ftp://thanhtra.example.vn/bb.pdf';
    evidence.dispatchEvent(new Event('input'));
    await settle(el);
    expect(root(el).querySelector('.field-error')).toBeNull(); // not while typing
    evidence.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root(el).querySelector('.field-error')!.textContent).toBe(
      'Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://',
    );
    expect(evidence.value).toBe('ftp://thanhtra.example.vn/bb.pdf');
    await vi.waitFor(() => expect(bar(el)[1]).toBe('Đã lưu trên máy này.'));
    const again = await mount(
      { mode: 'self-assessment', unit: 'thanh-tra-thi-xa', today: '2026-11-27' },
      JSON.stringify(plan),
    );
    await vi.waitFor(() =>
      expect(root(again).querySelector<HTMLTextAreaElement>('textarea[data-task="t3"]')!.value).toBe(
        'Đã đối thoại với dân',
      ),
    );
    expect(root(again).querySelector<HTMLInputElement>('input[data-task="t3"]')!.value).toBe('');
  });

  it('shows "saving" in English and Khmer too', async () => {
    for (const [lang, text] of [
      ['en', 'Saving…'],
      ['km', 'កំពុងរក្សាទុក...'],
    ] as const) {
      const el = await mount(
        { mode: 'self-assessment', unit: 'thanh-tra-thi-xa', today: '2026-11-27' },
        JSON.stringify({ ...small, id: `ke-hoach-${lang}` }),
        lang,
      );
      const note = root(el).querySelector<HTMLTextAreaElement>('textarea[data-task="t3"]')!;
      note.value = 'x';
      note.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(bar(el)[1]).toBe(text);
    }
  });

  it('after a reload, finds the period’s report in the outbox: waiting, then sent when the background send delivers it', async () => {
    let reachable = false;
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      if (!reachable) throw new TypeError('Failed to fetch');
      const body = JSON.parse(String(init.body)) as { id: string };
      return new Response(JSON.stringify({ id: body.id, status: 'stored' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', fetch);
    const plan = JSON.stringify({ ...small, id: 'ke-hoach-bao-cao' });
    const attrs = {
      mode: 'self-assessment',
      unit: 'phong-noi-vu',
      today: '2026-11-27',
      endpoint: 'https://gopy.example.vn',
    };
    await keepToken('phong-noi-vu');
    const el = await mount(attrs, plan);
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) =>
      b.textContent!.includes('Gửi báo cáo'),
    )!;
    button.click();
    await vi.waitFor(() => expect(bar(el)[0]).toBe('Đã lưu báo cáo, sẽ tự gửi khi có kết nối.'));
    document.body.replaceChildren();

    // The page is loaded again.
    const again = await mount(attrs, plan);
    const sent: unknown[] = [];
    again.addEventListener('papi-report-sent', (e) => sent.push((e as CustomEvent).detail));
    await vi.waitFor(() =>
      expect(bar(again)[0]).toBe('Báo cáo kỳ 2026-H2 đang chờ gửi: đã lưu trên máy này, sẽ tự gửi khi có kết nối.'),
    );
    reachable = true;
    await getOutbox().flush(true);
    await vi.waitFor(() =>
      expect(bar(again)[0]).toMatch(
        /^Đã gửi báo cáo kỳ 2026-H2 đến gopy\.example\.vn lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/,
      ),
    );
    expect(sent).toMatchObject([
      { unit: 'phong-noi-vu', period: '2026-H2', endpoint: 'https://gopy.example.vn/api/reports' },
    ]);
    // Once more: the outbox keeps the sent item, and the bar says so; another unit says nothing of it.
    const third = await mount(attrs, plan);
    await vi.waitFor(() => expect(bar(third)[0]).toMatch(/^Đã gửi báo cáo kỳ 2026-H2 đến gopy\.example\.vn lúc /));
    const other = await mount({ ...attrs, unit: 'thanh-tra-thi-xa' }, plan);
    await sleep(30);
    await settle(other);
    expect(bar(other)[0]).toBe('');
    const en = await mount(attrs, plan, 'en');
    await vi.waitFor(() =>
      expect(bar(en)[0]).toMatch(/^The 2026-H2 report was sent to gopy\.example\.vn at \d\d:\d\d /),
    );
  });
});

describe('<papi-checklist> and the unit token', () => {
  const ENDPOINT = 'https://token.example.vn';
  const REPORTS = `${ENDPOINT}/api/reports`;
  const GOOD = `papi_${'g'.repeat(10)}_${'h'.repeat(52)}`;
  const REVOKED = `papi_${'r'.repeat(10)}_${'s'.repeat(52)}`;
  const OTHER_UNIT = `papi_${'o'.repeat(10)}_${'p'.repeat(52)}`;

  /** The collector: GOOD is the unit's, REVOKED was revoked, OTHER_UNIT is another unit's. */
  function collector() {
    const calls: { auth: string | undefined; id: string }[] = [];
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe(REPORTS);
      const auth = (init.headers as Record<string, string>).Authorization;
      const body = JSON.parse(String(init.body)) as { id: string };
      calls.push({ auth, id: body.id });
      const answer = (status: number, json: unknown) =>
        new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
      if (auth === `Bearer ${GOOD}`) return answer(201, { id: body.id, current: true });
      if (auth === `Bearer ${OTHER_UNIT}`) return answer(403, { error: { code: 'token-wrong-unit', message: '…' } });
      return answer(401, { error: { code: auth ? 'token-invalid' : 'token-required', message: '…' } });
    });
    vi.stubGlobal('fetch', fetch);
    return calls;
  }
  const submitButton = (el: Element) =>
    [...root(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')].find((b) =>
      /Gửi báo cáo|Submit the/.test(b.textContent!),
    )!;
  const tokenField = (el: Element) => root(el).querySelector<HTMLInputElement>('#unit-token');
  async function enterToken(el: PapiChecklist, value: string): Promise<void> {
    const field = tokenField(el)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    root(el).querySelector<HTMLFormElement>('form[part~="token"]')!.requestSubmit();
    await settle(el);
  }

  it('asks for the token once, in a labelled field, refuses what is no token in words, and then sends the report with it', async () => {
    const calls = collector();
    const unit = 'xa-vinh-hai';
    const el = await mount(
      { mode: 'self-assessment', unit, today: '2026-11-27', endpoint: ENDPOINT },
      JSON.stringify({ ...small, id: 'ke-hoach-ma' }),
    );
    await vi.waitFor(() =>
      expect(texts(el, '[part~="token"] .token-state')[0]).toContain('Chưa nhập mã xác thực của đơn vị trên máy này'),
    );
    submitButton(el).click();
    // Saved and held, not sent: no request without the token.
    await vi.waitFor(() =>
      expect(bar(el)[0]).toBe('Báo cáo đã được lưu trên máy này và sẽ được gửi ngay khi nhập mã xác thực của đơn vị.'),
    );
    expect(calls).toEqual([]);
    const field = tokenField(el)!;
    expect(field.type).toBe('password');
    expect(field.autocomplete).toBe('off');
    const label = root(el).querySelector(`label[for="unit-token"]`)!;
    expect(label.textContent).toBe('Mã xác thực của Xã Vĩnh Hải');
    expect(field.getAttribute('aria-describedby')).toBe('unit-token-hint');
    expect(root(el).querySelector('#unit-token-hint')!.textContent).toContain('Phòng Nội vụ');

    await enterToken(el, 'mã-của-tôi');
    expect(root(el).querySelector('#unit-token-error')!.textContent).toContain(
      'Đây không phải mã xác thực: mã bắt đầu bằng papi_',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('unit-token-hint unit-token-error');
    expect(calls).toEqual([]);

    // Pasted with a space and in capitals: kept as the token it is.
    await enterToken(el, ` ${GOOD.toUpperCase()} `);
    await vi.waitFor(() => expect(bar(el)[0]).toBe('Đã gửi báo cáo đến token.example.vn.'));
    expect(calls.map((c) => c.auth)).toEqual([`Bearer ${GOOD}`]);
    expect(tokenField(el)).toBeNull();
    expect(texts(el, '[part~="token"] .token-state')[0]).toBe(
      'Mã xác thực của đơn vị đã được lưu trên máy này. Đã lưu mã.',
    );
    expect(await getUnitToken(tokenScope(REPORTS, unit))).toMatchObject({ token: GOOD });
    // Never in the element's attributes or markup.
    expect(el.outerHTML).not.toContain(GOOD.slice(5, 15));
    expect(root(el).innerHTML).not.toContain(GOOD.slice(5, 15));

    // The next report goes without asking again, also from a new element (a reload).
    document.body.replaceChildren();
    const again = await mount(
      { mode: 'self-assessment', unit, today: '2026-11-27', endpoint: ENDPOINT },
      JSON.stringify({ ...small, id: 'ke-hoach-ma' }),
    );
    await vi.waitFor(() =>
      expect(texts(again, '[part~="token"] .token-state')[0]).toBe('Mã xác thực của đơn vị đã được lưu trên máy này.'),
    );
    submitButton(again).click();
    await vi.waitFor(() => expect(bar(again)[0]).toBe('Đã gửi báo cáo đến token.example.vn.'));
    expect(tokenField(again)).toBeNull();
    expect(calls.map((c) => c.auth)).toEqual([`Bearer ${GOOD}`, `Bearer ${GOOD}`]);
  });

  it('says when the token is refused, revoked or another unit’s, keeps the report, and sends it with a new one', async () => {
    const calls = collector();
    const unit = 'xa-vinh-tan';
    await keepToken(unit, REPORTS, REVOKED);
    const el = await mount(
      { mode: 'self-assessment', unit, today: '2026-11-27', endpoint: ENDPOINT },
      JSON.stringify({ ...small, id: 'ke-hoach-tu-choi' }),
      'en',
    );
    await vi.waitFor(() =>
      expect(texts(el, '[part~="token"] .token-state')[0]).toBe("Your unit's token is kept on this device."),
    );
    submitButton(el).click();
    await vi.waitFor(() =>
      expect(bar(el)[0]).toBe(
        "The server refused your unit's token: it is wrong or has been revoked. The report is still kept on this device; enter the new token from Phòng Nội vụ to send it.",
      ),
    );
    expect(root(el).querySelector('label[for="unit-token"]')!.textContent).toBe('Token of Vĩnh Tân Commune');
    await enterToken(el, OTHER_UNIT);
    await vi.waitFor(() =>
      expect(bar(el)[0]).toBe(
        "The server refused the token: it belongs to another unit. The report is still kept on this device; enter your own unit's token to send it.",
      ),
    );
    expect(tokenField(el)).not.toBeNull();
    await enterToken(el, GOOD);
    await vi.waitFor(() => expect(bar(el)[0]).toBe('The report was sent to token.example.vn.'));
    // One report, three tries: the same id each time, nothing lost or doubled.
    expect(new Set(calls.map((c) => c.id)).size).toBe(1);
    expect(calls.map((c) => c.auth)).toEqual([`Bearer ${REVOKED}`, `Bearer ${OTHER_UNIT}`, `Bearer ${GOOD}`]);
  });

  it('shows a refusal after a reload, in Khmer too, and lets the officer replace or remove the kept token', async () => {
    collector();
    const unit = 'xa-hoa-dong';
    await keepToken(unit, REPORTS, REVOKED);
    const attrs = { mode: 'self-assessment', unit, today: '2026-11-27', endpoint: ENDPOINT };
    const plan = JSON.stringify({ ...small, id: 'ke-hoach-tai-lai' });
    const el = await mount(attrs, plan);
    submitButton(el).click();
    await vi.waitFor(() => expect(bar(el)[0]).toMatch(/^Máy chủ từ chối mã xác thực của đơn vị/));
    document.body.replaceChildren();
    const km = await mount(attrs, plan, 'km');
    await vi.waitFor(() => expect(bar(km)[0]).toMatch(/^ម៉ាស៊ីនមេមិនទទួលយកលេខកូដសម្ងាត់របស់អង្គភាពទេ/));
    expect(tokenField(km)).not.toBeNull();
    document.body.replaceChildren();

    // Another period has nothing waiting: the kept token can be replaced or removed.
    const other = await mount({ ...attrs, period: '2027-H1' }, plan);
    await vi.waitFor(() =>
      expect(texts(other, '[part~="token"] .token-state')[0]).toBe('Mã xác thực của đơn vị đã được lưu trên máy này.'),
    );
    const buttons = () => [...root(other).querySelectorAll<HTMLButtonElement>('[part~="token"] button')];
    expect(buttons().map((b) => b.textContent!.trim())).toEqual(['Nhập mã mới', 'Xóa mã khỏi máy này']);
    buttons()[1]!.click();
    await vi.waitFor(() =>
      expect(texts(other, '[part~="token"] .token-state')[0]).toBe(
        'Chưa nhập mã xác thực của đơn vị trên máy này; báo cáo chỉ được gửi kèm mã do Phòng Nội vụ cấp. Đã xóa mã khỏi máy này.',
      ),
    );
    expect(root(other).activeElement?.id).toBe('unit-token-state');
    expect(await getUnitToken(tokenScope(REPORTS, unit))).toBeUndefined();
    buttons()[0]!.click();
    await settle(other);
    expect(root(other).activeElement).toBe(tokenField(other));
    expect(texts(other, '[part~="token"] button')).toEqual(['Lưu mã', 'Hủy']);
  });
});

describe('<papi-checklist> self-assessment in two tabs', () => {
  it('shows a report submitted in another tab (here: another element of the same unit) and follows it to "sent"', async () => {
    let reachable = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        if (!reachable) throw new TypeError('Failed to fetch');
        const body = JSON.parse(String(init.body)) as { id: string };
        return new Response(JSON.stringify({ id: body.id, status: 'stored' }), {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    const plan = JSON.stringify({ ...small, id: 'ke-hoach-hai-the' });
    const attrs = {
      mode: 'self-assessment',
      unit: 'phong-noi-vu',
      today: '2026-11-27',
      endpoint: 'https://gopy.example.vn',
    };
    await keepToken('phong-noi-vu');
    const a = await mount(attrs, plan);
    const b = await mount(attrs, plan);
    [...root(a).querySelectorAll<HTMLButtonElement>('[part~="button"]')]
      .find((x) => x.textContent!.includes('Gửi báo cáo'))!
      .click();
    await vi.waitFor(() => expect(bar(a)[0]).toBe('Đã lưu báo cáo, sẽ tự gửi khi có kết nối.'));
    await vi.waitFor(() =>
      expect(bar(b)[0]).toBe('Báo cáo kỳ 2026-H2 đang chờ gửi: đã lưu trên máy này, sẽ tự gửi khi có kết nối.'),
    );
    reachable = true;
    await getOutbox().flush(true);
    await vi.waitFor(() => expect(bar(a)[0]).toBe('Đã gửi báo cáo đến gopy.example.vn.'));
    await vi.waitFor(() => expect(bar(b)[0]).toMatch(/^Đã gửi báo cáo kỳ 2026-H2 đến gopy\.example\.vn lúc /));
    // A status set in one shows in the other.
    const select = root(b).querySelector<HTMLSelectElement>('select[data-task="t1"]')!;
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(root(a).querySelector<HTMLSelectElement>('select[data-task="t1"]')!.value).toBe('in-progress'),
    );
  });
});

function fakeHost(): ReactiveControllerHost & { updates: number } {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

async function stored(key: string): Promise<AssessmentRecord | undefined> {
  const db = await openDB(ASSESSMENT_DB);
  try {
    return (await db.get(ASSESSMENT_STORE, key)) as AssessmentRecord | undefined;
  } finally {
    db.close();
  }
}

async function openStore(planId: string, unit = 'phong-noi-vu'): Promise<AssessmentStore> {
  const store = new AssessmentStore(fakeHost());
  store.hostConnected();
  store.use(planId, unit);
  await vi.waitFor(() => expect(store.state).toBe('ready'));
  return store;
}

describe('AssessmentStore', () => {
  const opened: AssessmentStore[] = [];
  const open = async (planId: string, unit?: string) => {
    const store = await openStore(planId, unit);
    opened.push(store);
    return store;
  };
  afterEach(() => {
    for (const store of opened.splice(0)) store.hostDisconnected();
  });

  it('merges entry by entry: two stores on one database writing different tasks keep both', async () => {
    const a = await open('merge-khac-nhiem-vu');
    const b = await open('merge-khac-nhiem-vu');
    // Both loaded the empty record; each writes only its own task.
    await Promise.all([a.set('t1', { status: 'done' }), b.set('t2', { status: 'in-progress', note: 'Từ thẻ B' })]);
    const record = await stored(assessmentKey('merge-khac-nhiem-vu', 'phong-noi-vu'));
    expect(record!.tasks.t1).toMatchObject({ status: 'done' });
    expect(record!.tasks.t2).toMatchObject({ status: 'in-progress', note: 'Từ thẻ B' });
    // Each learns of the other's task (BroadcastChannel), and a store opened later finds both.
    await vi.waitFor(() => expect(a.tasks.t2?.status).toBe('in-progress'));
    await vi.waitFor(() => expect(b.tasks.t1?.status).toBe('done'));
    const c = await open('merge-khac-nhiem-vu');
    expect(c.tasks.t1?.status).toBe('done');
    expect(c.tasks.t2?.status).toBe('in-progress');
  });

  it('merges entry by entry: of two changes to one task the newer wins, whichever commits last', async () => {
    const a = await open('merge-cung-nhiem-vu');
    const b = await open('merge-cung-nhiem-vu');
    const older = a.set('t1', { status: 'in-progress' }, { debounce: true }); // stamped now, written later
    await sleep(5);
    await b.set('t1', { status: 'done', note: 'Mới hơn' });
    await a.flush();
    await older;
    const key = assessmentKey('merge-cung-nhiem-vu', 'phong-noi-vu');
    expect((await stored(key))!.tasks.t1).toMatchObject({ status: 'done', note: 'Mới hơn' });
    expect(a.tasks.t1).toMatchObject({ status: 'done', note: 'Mới hơn' }); // a shows what won
    // A change made after that one wins in turn.
    await a.set('t1', { status: 'not-started' });
    expect((await stored(key))!.tasks.t1!.status).toBe('not-started');
    await vi.waitFor(() => expect(b.tasks.t1!.status).toBe('not-started'));
  });

  it('mergeRecord keeps stored entries it has no newer change for, and entries of old records without a time lose', () => {
    const base: AssessmentRecord = {
      planId: 'p',
      unit: 'u',
      updatedAt: '',
      tasks: { t1: { status: 'done' }, t2: { status: 'done', updatedAt: 50 } },
      reports: { '2026-H1': { id: 'r1', at: 10 } },
    };
    const merged = mergeRecord(
      base,
      'p',
      'u',
      new Map([
        ['t1', { status: 'in-progress' as const, updatedAt: 1 }],
        ['t2', { status: 'not-started' as const, updatedAt: 40 }],
      ]),
      new Map([['2026-H2', { id: 'r2', at: 20 }]]),
    );
    expect(merged.tasks).toEqual({
      t1: { status: 'in-progress', updatedAt: 1 },
      t2: { status: 'done', updatedAt: 50 },
    });
    expect(merged.reports).toEqual({ '2026-H1': { id: 'r1', at: 10 }, '2026-H2': { id: 'r2', at: 20 } });
  });

  it('debounces typing, and saves at once when the page is hidden or left', async () => {
    const s = await open('debounce');
    const key = assessmentKey('debounce', 'phong-noi-vu');
    const started = Date.now();
    const saved = s.set('t1', { note: 'Đang gõ' }, { debounce: true });
    const typedOn = s.set('t1', { note: 'Đang gõ tiếp' }, { debounce: true });
    expect(s.saving).toBe(true);
    // Committed no sooner than the pause after the last keystroke (the lower bound holds on a loaded machine too).
    await Promise.all([saved, typedOn]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(ASSESSMENT_TIMING.debounceMs - 5);
    expect((await stored(key))!.tasks.t1!.note).toBe('Đang gõ tiếp');
    expect(s.saving).toBe(false);

    // pagehide: no waiting for the pause (here a pause of an hour, longer than the test may take); meanwhile the
    // change is in this tab's journal in localStorage.
    const pause = ASSESSMENT_TIMING.debounceMs;
    ASSESSMENT_TIMING.debounceMs = 3600_000;
    const flushed = s.set('t1', { note: 'Rời trang' }, { debounce: true });
    ASSESSMENT_TIMING.debounceMs = pause;
    // While the pause lasts, the typing is not written (the pause is an hour: no timing guess).
    await sleep(50);
    expect((await stored(key))!.tasks.t1!.note).toBe('Đang gõ tiếp');
    window.dispatchEvent(new Event('pagehide'));
    const journal = Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX));
    expect(journal).toHaveLength(1);
    expect(localStorage.getItem(journal[0]!)).toContain('Rời trang');
    await flushed;
    expect((await stored(key))!.tasks.t1!.note).toBe('Rời trang');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))).toEqual([]); // committed: cleared
  });

  it('merges what a page left in its journal (gone before IndexedDB committed) on the next load', async () => {
    const key = assessmentKey('nhat-ky', 'phong-noi-vu');
    const a = await open('nhat-ky');
    await a.set('t1', { status: 'done', note: 'Đã lưu' });
    const at = Date.now() + 1000;
    localStorage.setItem(
      `${JOURNAL_PREFIX}tab-da-dong`,
      JSON.stringify({
        [key]: {
          tasks: {
            t2: { status: 'in-progress', note: 'Chưa kịp lưu', updatedAt: at },
            t1: { status: 'not-started', updatedAt: 1 },
          },
        },
      }),
    );
    const b = await open('nhat-ky');
    expect(b.tasks.t2).toMatchObject({ status: 'in-progress', note: 'Chưa kịp lưu' });
    expect(b.tasks.t1).toMatchObject({ status: 'done', note: 'Đã lưu' }); // the journal's older entry loses
    await vi.waitFor(async () => expect((await stored(key))!.tasks.t2).toMatchObject({ note: 'Chưa kịp lưu' }));
    await vi.waitFor(() => expect(localStorage.getItem(`${JOURNAL_PREFIX}tab-da-dong`)).toBeNull());
  });
});

describe('CSV export', () => {
  it('starts with a BOM, and defuses formulas in officers’ text', () => {
    const csv = toCsv([
      ['Hoạt động', 'Ghi chú'],
      ['Tuyên truyền', '-2'],
      ['=HYPERLINK("x")', '@SUM'],
    ]);
    expect(csv.startsWith('\uFEFFHoạt động,Ghi chú\r\n')).toBe(true);
    expect(csv).toContain("Tuyên truyền,'-2\r\n");
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'@SUM\r\n`);
  });
});

describe('<papi-checklist> and the reader’s choice of language', () => {
  afterEach(() => localStorage.clear());

  it('offers the choice in view mode, switches to it on a Vietnamese page and remembers it; an officer’s self-assessment follows the page', async () => {
    const el = await mount({ today: '2026-11-27' }, JSON.stringify(small), 'vi');
    const choice = (lang: string) => root(el).querySelector<HTMLButtonElement>(`[part~="language"][lang="${lang}"]`);
    expect(choice('vi')!.getAttribute('aria-pressed')).toBe('true');
    choice('km')!.click();
    await settle(el);
    expect(root(el).querySelector('[part~="checklist"]')!.getAttribute('lang')).toBe('km');
    expect(root(el).querySelector('h2 [lang="vi"]')!.textContent).toBe('Kế hoạch thử'); // no Khmer title: marked Vietnamese
    expect(localStorage.getItem('papi-widgets-lang')).toBe('km');
    el.setAttribute('mode', 'self-assessment');
    await settle(el);
    expect(choice('km')).toBeNull();
    expect(root(el).querySelector('[part~="checklist"]')!.hasAttribute('lang')).toBe(false);
  });
});
