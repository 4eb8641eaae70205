import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VINH_CHAU_PLAN_2023, tasksForUnit, type Plan } from '@papi/core';
import { csvCell, toCsv } from '../shared/download.js';
import './define.js';
import type { PapiChecklist } from './papi-checklist.js';
import { DEFAULT_PLAN_FILE } from './default-plan.js';

const small: Plan = {
  id: 'ke-hoach-thu',
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  year: 2026,
  tasks: [
    { id: 't1', activity: 'Tuyên truyền cải cách hành chính', dimensions: ['d5', 'd8'], lead: ['phong-noi-vu'], partners: ['xa-lai-hoa'], timing: { kind: 'due', due: '2026-06-30' } },
    { id: 't2', activity: 'Niêm yết hộ nghèo', dimensions: ['d2'], lead: ['ubnd-xa-phuong'], partners: [], timing: { kind: 'ongoing' }, status: 'done' },
    { id: 't3', activity: 'Đối thoại', dimensions: ['d3'], lead: ['thanh-tra-thi-xa'], partners: [], timing: { kind: 'due', due: '2027-01-31' }, status: 'in-progress' },
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
const texts = (el: Element, sel: string) => [...root(el).querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

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
    await settle(el);
    expect(texts(el, '[part~="overdue"]')[0]).toBe('⚠ ហួសពេលកំណត់');
  });

  it('explains invalid data with translated messages and paths', async () => {
    const bad = { ...small, tasks: [{ ...small.tasks[0], lead: ['phong-noi-vu2'] }] };
    const el = await mount({}, JSON.stringify(bad));
    const alert = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain('tasks[0].lead[0]: đơn vị "phong-noi-vu2" không có trong danh mục đơn vị');
    const en = await mount({}, '{"id":', 'en');
    expect(root(en).querySelector('[role="alert"]')!.textContent).toContain('The data is not valid JSON.');
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
    const hostile = { ...small, title: '<img src=x onerror=alert(1)>\u202e\u200b', tasks: [{ ...small.tasks[0], activity: '<script>alert(1)</script>' }] };
    const el = await mount({}, JSON.stringify(hostile));
    expect(root(el).querySelector('img, script')).toBeNull();
    expect(root(el).querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>\u202e\u200b');
  });

  it('self-assessment: records statuses, evidence (http/https only) and notes, and keeps them per plan and unit', async () => {
    const el = await mount({ mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27' }, JSON.stringify(small));
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
    // A new element for the same plan and unit finds the state again.
    await new Promise((r) => setTimeout(r, 50));
    const again = await mount({ mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27' }, JSON.stringify(small));
    await new Promise((r) => setTimeout(r, 50));
    await settle(again);
    expect(root(again).querySelector<HTMLSelectElement>('select[data-task="t1"]')!.value).toBe('done');
    expect(root(again).querySelector<HTMLInputElement>('input[data-task="t1"]')!.value).toBe('https://laihoa.example.vn/bc.pdf');
    // Another unit starts empty.
    const other = await mount({ mode: 'self-assessment', unit: 'thanh-tra-thi-xa', today: '2026-11-27' }, JSON.stringify(small));
    await new Promise((r) => setTimeout(r, 50));
    await settle(other);
    expect(root(other).querySelector<HTMLSelectElement>('select[data-task="t3"]')!.value).toBe('in-progress');
  });

  it('derives the reporting period and the reports URL', async () => {
    const el = await mount({ mode: 'self-assessment', unit: 'phong-noi-vu', today: '2026-11-27', endpoint: 'http://localhost:8787/api/' }, JSON.stringify(small));
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
    el.setAttribute('endpoint', 'javascript:alert(1)');
    el.setAttribute('period', '2026');
    await settle(el);
    expect(el.reportsUrl).toBeUndefined();
    expect(el.reportPeriod).toBe('2026');
    expect(texts(el, '[part~="button"]')).toContain('Gửi báo cáo 2026');
  });
});

describe('CSV export', () => {
  it('starts with a BOM, quotes every cell and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('@SUM')).toBe('"\'@SUM"');
    const csv = toCsv([['Hoạt động', 'Ghi chú'], ['Tuyên truyền', '-2']]);
    expect(csv.startsWith('\uFEFF"Hoạt động","Ghi chú"\r\n')).toBe(true);
    expect(csv).toContain('"\'-2"');
  });
});
