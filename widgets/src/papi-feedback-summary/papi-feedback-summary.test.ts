import { afterEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import type { PapiFeedbackSummary } from './papi-feedback-summary.js';
import { labelLines, statsUrl } from './papi-feedback-summary.js';

const sat = (count: number, d: [number, number, number, number, number]) => {
  const satisfied = d[3] + d[4];
  return {
    count,
    satisfied,
    shareSatisfied: count ? Math.round((satisfied / count) * 10_000) / 10_000 : null,
    distribution: { 1: d[0], 2: d[1], 3: d[2], 4: d[3], 5: d[4] },
  };
};
const progress = (total: number, done: number, overdue = 0) => ({
  total,
  done,
  inProgress: 0,
  notStarted: total - done,
  overdue,
  ratio: total ? done / total : 0,
});
const dims = (p: ReturnType<typeof progress>) =>
  Object.fromEntries(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'].map((d, i) => [d, i === 4 ? p : progress(0, 0)]));

const stats = {
  schema: 1,
  asOf: '2026-11-27',
  feedback: {
    total: sat(3, [0, 1, 0, 1, 1]),
    byUnit: [
      { unit: 'xa-lai-hoa-2025', ...sat(2, [0, 1, 0, 0, 1]) },
      { unit: 'phuong-khanh-hoa-2025', ...sat(1, [0, 0, 0, 1, 0]) },
    ],
    byDimension: ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'].map((dimension) => ({
      dimension,
      ...(dimension === 'd5' ? sat(3, [0, 1, 0, 1, 1]) : sat(0, [0, 0, 0, 0, 0])),
    })),
    byService: [],
    byPeriod: [],
    byRating: [],
    byUnitAndDimension: [],
  },
  selfAssessment: [
    {
      unit: 'xa-lai-hoa-2025',
      planId: 'vinh-chau-papi-2023',
      planKnown: true,
      reportId: 'a',
      period: '2026-H2',
      submittedAt: '2026-11-27T01:00:00Z',
      overall: progress(4, 3),
      byDimension: dims(progress(4, 3)),
    },
    {
      unit: 'phuong-khanh-hoa-2025',
      planId: 'vinh-chau-papi-2023',
      planKnown: true,
      reportId: 'b',
      period: '2026-H2',
      submittedAt: '2026-11-27T01:00:00Z',
      overall: progress(4, 1, 2),
      byDimension: dims(progress(4, 1, 2)),
    },
  ],
};

async function settle(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

async function mount(json: string, lang?: string): Promise<PapiFeedbackSummary> {
  const el = document.createElement('papi-feedback-summary');
  if (lang) el.setAttribute('lang', lang);
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = json;
  el.append(s);
  document.body.append(el);
  await settle(el);
  return el;
}
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const plain = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<papi-feedback-summary>', () => {
  it('builds the stats URL from endpoint or src', () => {
    expect(statsUrl(undefined, '/')).toBe(new URL('/api/stats', document.baseURI).href);
    expect(statsUrl(undefined, 'https://gopy.example.gov.vn')).toBe('https://gopy.example.gov.vn/api/stats');
    expect(statsUrl(undefined, 'https://gopy.example.gov.vn/api/')).toBe('https://gopy.example.gov.vn/api/stats');
    expect(statsUrl(undefined, 'https://x.vn/thu-nhan/api/stats')).toBe('https://x.vn/thu-nhan/api/stats');
    expect(statsUrl('/du-lieu/stats.json', 'https://x.vn/')).toBe('/du-lieu/stats.json');
    expect(statsUrl(undefined, 'javascript:alert(1)')).toBeUndefined();
    expect(statsUrl(undefined, '')).toBeUndefined();
    // A bare host name would be a path on the page's own site, where no collector is.
    expect(statsUrl(undefined, 'gopy.example.gov.vn')).toBeUndefined();
  });

  it('breaks a long chart label in two at a space, and cuts only what still does not fit', () => {
    const name = '4. Kiểm soát tham nhũng trong khu vực công';
    expect(labelLines(name, 60)).toEqual([name]);
    expect(labelLines(name, 30)).toEqual(['4. Kiểm soát tham nhũng trong', 'khu vực công']);
    expect(labelLines('2. Công khai, minh bạch trong việc ra quyết định ở địa phương', 28)).toEqual([
      '2. Công khai, minh bạch',
      'trong việc ra quyết định ở…',
    ]);
    expect(labelLines('x'.repeat(40), 28)).toEqual([`${'x'.repeat(27)}…`]);
  });

  it('tells the editors what is wrong with an endpoint it cannot use, instead of a 404 or "no data"', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const el = document.createElement('papi-feedback-summary');
    el.setAttribute('endpoint', 'gopy.vinhchau.gov.vn');
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ')).toContain(
      'Dành cho ban biên tập: thuộc tính endpoint "gopy.vinhchau.gov.vn" không dùng được; endpoint phải là địa chỉ http(s) đầy đủ của dịch vụ thu nhận, ví dụ https://gopy.vinhchau.gov.vn',
    );
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('adds up the dimension chart to the total with a row for feedback that names no dimension', async () => {
    const some = {
      ...stats,
      feedback: {
        ...stats.feedback,
        total: sat(5, [1, 1, 0, 1, 2]),
        byDimension: [{ dimension: 'd5', ...sat(3, [0, 1, 0, 1, 1]) }],
      },
    };
    const el = await mount(JSON.stringify(some));
    const chart = [...el.shadowRoot!.querySelectorAll('svg[role="img"]')][2]!.getAttribute('aria-label')!;
    expect(chart).toContain('Không gắn lĩnh vực (góp ý về một dịch vụ, hoặc không chọn lĩnh vực): 50% hài lòng (1/2)');
    const full = await mount(JSON.stringify(stats));
    expect([...full.shadowRoot!.querySelectorAll('svg[role="img"]')][2]!.getAttribute('aria-label')).not.toContain(
      'Không gắn lĩnh vực',
    );
  });

  it('charts satisfaction and progress with the values as text, the unit behind first and named, and fires papi-summary-loaded', async () => {
    const seen: unknown[] = [];
    document.addEventListener('papi-summary-loaded', (e) => seen.push((e as CustomEvent).detail), { once: true });
    const el = await mount(JSON.stringify(stats));
    const svgs = [...el.shadowRoot!.querySelectorAll('svg[role="img"]')];
    expect(svgs.length).toBe(4);
    const labels = svgs.map((s) => s.getAttribute('aria-label')!);
    expect(labels[1]).toBe(
      'Mức độ hài lòng theo đơn vị: Xã Lai Hòa (thấp nhất): 50% hài lòng (1/2); Phường Khánh Hòa: 100% hài lòng (1/1)',
    );
    expect(labels[3]).toContain('Phường Khánh Hòa (chậm nhất): 1/4 nhiệm vụ hoàn thành (25%) · 2 quá hạn');
    // The values are also text in the picture, and the mark is a word, not a colour only.
    const shown = [...svgs[3]!.querySelectorAll('text')].map((t) => t.textContent);
    expect(shown.slice(0, 2)).toEqual(['▼ chậm nhất: Phường Khánh Hòa', '1/4 nhiệm vụ hoàn thành (25%) · 2 quá hạn']);
    // The grid: units × dimensions, the behind unit first.
    const grid = el.shadowRoot!.querySelector('table.grid')!;
    expect(grid.querySelector('caption')!.textContent).toContain('Tiến độ tự đánh giá theo đơn vị và lĩnh vực');
    const firstRow = grid.querySelector('tbody tr')!;
    expect(firstRow.querySelector('th[scope="row"]')!.textContent!.replace(/\s+/g, ' ')).toBe(
      'Phường Khánh Hòa (chậm nhất)',
    );
    expect(firstRow.querySelectorAll('td')[4]!.textContent).toContain('1/4');
    expect(grid.querySelectorAll('thead th[scope="col"]')).toHaveLength(10);
    expect(seen).toEqual([
      { asOf: '2026-11-27', feedback: 3, reports: 2, behind: 'phuong-khanh-hoa-2025', slowest: null },
    ]);
  });

  it('shows how each unit answers its feedback, the slowest first and named, under the period counted by', async () => {
    const answers = (feedback: number, answered: number, median: number | null, overdue: number) => ({
      feedback,
      answered,
      answeredShare: Math.round((answered / feedback) * 10_000) / 10_000,
      medianDaysToAnswer: median,
      overdue,
    });
    const withAnswers = {
      ...stats,
      feedback: {
        ...stats.feedback,
        // The collector's order is not trusted: the summary orders by core's rule itself.
        byUnit: [
          { ...stats.feedback.byUnit[1]!, accountability: answers(4, 4, 2.5, 0) },
          { ...stats.feedback.byUnit[0]!, accountability: answers(3, 1, 12, 2) },
          {
            unit: 'xa-vinh-hai-2025',
            ...sat(1, [0, 0, 0, 0, 1]),
            accountability: { feedback: 0, answered: 0, answeredShare: null, medianDaysToAnswer: null, overdue: 0 },
          },
        ],
        answerRule: { days: 15, confirmed: false },
      },
    };
    const seen: unknown[] = [];
    document.addEventListener('papi-summary-loaded', (e) => seen.push((e as CustomEvent).detail), { once: true });
    const el = await mount(JSON.stringify(withAnswers));
    const section = el.shadowRoot!.querySelector('#answers')!.parentElement!;
    expect(plain(section)).toContain('Quá hạn: chưa trả lời sau 15 ngày kể từ khi nhận.');
    expect(plain(section)).toContain('Thời hạn 15 ngày là giá trị tạm, chưa có căn cứ pháp lý');
    // A unit without feedback to answer (only ratings from before receipt codes) is left out, not shown as 0%.
    expect(section.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Trả lời góp ý theo đơn vị: Xã Lai Hòa (chậm trả lời nhất): 33% đã trả lời (1/3) · trung vị 12 ngày để trả lời · 2 quá hạn; ' +
        'Phường Khánh Hòa: 100% đã trả lời (4/4) · trung vị 2,5 ngày để trả lời',
    );
    expect(seen).toEqual([
      {
        asOf: '2026-11-27',
        feedback: 3,
        reports: 2,
        behind: 'phuong-khanh-hoa-2025',
        slowest: 'xa-lai-hoa-2025',
      },
    ]);

    // As a table, in Khmer and English; a confirmed period has no placeholder note.
    const confirmed = {
      ...withAnswers,
      feedback: { ...withAnswers.feedback, answerRule: { days: 10, confirmed: true } },
    };
    for (const [lang, row, note] of [
      ['en', ['Lai Hòa Commune (slowest to answer)', '3', '1', '33%', '12', '2'], 'not answered 10 days after'],
      ['km', ['ឃុំ Lai Hòa (ឆ្លើយតបយឺតជាងគេ)', '3', '1', '33%', '12', '2'], 'មិនទាន់ឆ្លើយតបក្រោយ 10 ថ្ងៃ'],
    ] as const) {
      const table = await mount(JSON.stringify(confirmed), lang);
      table.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
      await settle(table);
      const part = table.shadowRoot!.querySelector('#answers')!.parentElement!;
      expect(plain(part)).toContain(note);
      expect(plain(part)).not.toMatch(/placeholder|បណ្តោះអាសន្ន/);
      const cells = [...part.querySelector('tbody tr')!.children].map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(cells).toEqual(row);
    }
  });

  it('shows no answers section for a collector older than receipt codes', async () => {
    const el = await mount(JSON.stringify(stats));
    expect(el.shadowRoot!.querySelector('#answers')).toBeNull();
    expect(text(el)).not.toContain('đã trả lời');
  });

  it('switches to data tables with a pressed button', async () => {
    const el = await mount(JSON.stringify(stats), 'en');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(el.shadowRoot!.querySelectorAll('svg')).toHaveLength(0);
    const tables = [...el.shadowRoot!.querySelectorAll('table')];
    expect(tables.map((t) => t.querySelector('caption')!.textContent)).toEqual([
      'The 5 satisfaction levels (3 ratings)',
      'Satisfaction by unit',
      'Satisfaction by PAPI dimension',
      'Self-assessment progress by unit',
      'Self-assessment progress by unit and dimension (tasks done / total)',
    ]);
    const unitRow = tables[1]!.querySelector('tbody tr')!;
    expect([...unitRow.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Lai Hòa Commune (lowest)',
      '2',
      '50%',
      '1',
      '0',
      '0',
      '1',
      '0',
    ]);
    const rows = [...tables[2]!.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()).slice(0, 3),
    );
    expect(rows).toHaveLength(8);
    expect(rows[4]).toEqual(['5. Public Administrative Procedures', '3', '67%']);
    expect(rows[0]).toEqual(['1. Participation at Local Levels', '0', '—']);
  });

  it('marks nobody among equals, and reloads every `refresh` seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const even = { ...stats, selfAssessment: stats.selfAssessment.map((r) => ({ ...r, overall: progress(4, 2) })) };
      const fetchMock = vi
        .spyOn(globalThis, 'fetch')
        .mockImplementation(async () => new Response(JSON.stringify(even), { status: 200 }));
      const loads: unknown[] = [];
      document.addEventListener('papi-summary-loaded', (e) => loads.push((e as CustomEvent).detail));
      const el = document.createElement('papi-feedback-summary');
      el.setAttribute('endpoint', 'https://gopy.example.gov.vn/');
      el.setAttribute('refresh', '30');
      document.body.append(el);
      await settle(el);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(String(fetchMock.mock.calls[0]![0])).toBe('https://gopy.example.gov.vn/api/stats');
      expect(fetchMock.mock.calls[0]![1]).toMatchObject({ cache: 'no-cache', credentials: 'omit' });
      // Both units have done 2 of 4: neither is behind (the satisfaction chart still marks the lower share).
      expect(el.shadowRoot!.querySelectorAll('table.grid [part~="behind"]')).toHaveLength(0);
      expect(el.shadowRoot!.querySelectorAll('svg[role="img"]')[3]!.querySelectorAll('g.behind')).toHaveLength(0);
      expect(el.shadowRoot!.querySelectorAll('svg[role="img"]')[1]!.querySelectorAll('g.behind')).toHaveLength(1);
      expect(loads).toEqual([{ asOf: '2026-11-27', feedback: 3, reports: 2, behind: null, slowest: null }]);
      vi.advanceTimersByTime(30_000);
      await settle(el);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(loads).toHaveLength(2);
      el.remove();
      vi.advanceTimersByTime(60_000);
      expect(fetchMock).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('honours Retry-After on a 429: says so, keeps the last figures, and loads again only after the wait', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    try {
      const answers: (() => Response)[] = [
        () => new Response(JSON.stringify(stats), { status: 200 }),
        () =>
          new Response(JSON.stringify({ error: { code: 'rate-limited' } }), {
            status: 429,
            headers: { 'Retry-After': '40' },
          }),
        () => new Response(JSON.stringify({ ...stats, asOf: '2026-11-28' }), { status: 200 }),
      ];
      const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answers.shift()!());
      const el = document.createElement('papi-feedback-summary');
      el.setAttribute('endpoint', 'https://gopy.example.gov.vn/');
      el.setAttribute('refresh', '10');
      document.body.append(el);
      const step = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        await el.updateComplete;
      };
      await step(0);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      await step(10_000);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      const busy = () => el.shadowRoot!.querySelector('[part~="busy"]')!;
      expect(busy().getAttribute('role')).toBe('status');
      expect(busy().textContent).toBe('Chưa cập nhật được số liệu vì máy chủ đang bận; sẽ tự cập nhật sau 40 giây.');
      // The figures of the last load stay on screen.
      expect(text(el)).toContain('27/11/2026');
      expect(el.shadowRoot!.querySelectorAll('svg[role="img"]').length).toBeGreaterThan(0);
      // The refresh timer fires three more times within the 40 seconds: no request is made.
      await step(30_000);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      await step(10_000);
      expect(fetchMock).toHaveBeenCalledTimes(3);
      expect(text(el)).toContain('28/11/2026');
      expect(busy().textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the server is busy, in the reader’s language, when the very first load gets a 429, and loads again after the wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const answers: (() => Response)[] = [
        () => new Response('{}', { status: 429, headers: { 'Retry-After': '5' } }),
        () => new Response(JSON.stringify(stats), { status: 200 }),
      ];
      const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => answers.shift()!());
      const el = document.createElement('papi-feedback-summary');
      el.setAttribute('endpoint', 'https://gopy.example.gov.vn/');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      await vi.advanceTimersByTimeAsync(0);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain(
        'The server gopy.example.gov.vn is busy. This will load again by itself in 5 seconds.',
      );
      // No "Try again" that would only make it busier.
      expect(el.shadowRoot!.querySelector('button[part="retry"]')).toBeNull();
      await vi.advanceTimersByTimeAsync(4_900);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(200);
      await el.updateComplete;
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(el.shadowRoot!.querySelectorAll('svg[role="img"]').length).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains unreachable and invalid statistics in the reader’s language', async () => {
    const bad = await mount(JSON.stringify({ ...stats, feedback: { ...stats.feedback, total: { count: 'x' } } }));
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('feedback.total.count');
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const el = document.createElement('papi-feedback-summary');
    el.setAttribute('endpoint', '/');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('The data could not be loaded');
    expect(el.shadowRoot!.querySelector('button[part="retry"]')).not.toBeNull();
  });

  it('names the units of another commune by the names the statistics carry (PAPI_UNITS), and hostile names as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const withExtra = {
      ...stats,
      feedback: {
        ...stats.feedback,
        byUnit: [...stats.feedback.byUnit, { unit: 'phuong-an-binh', ...sat(1, [0, 0, 0, 0, 1]) }],
      },
      selfAssessment: [{ ...stats.selfAssessment[0]!, unit: 'xa-thoi-lai-2025' }],
      units: [
        { id: 'phuong-an-binh', name: { vi: 'Phường An Bình', en: 'An Bình Ward' } },
        { id: 'xa-thoi-lai-2025', name: `Xã Thới Lai ${evil}` },
      ],
    };
    const el = await mount(JSON.stringify(withExtra), 'en');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await settle(el);
    const cells = (table: number) =>
      [...el.shadowRoot!.querySelectorAll('table')[table]!.querySelectorAll('tbody tr')].map((r) =>
        r.children[0]!.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(cells(1)).toContain('An Bình Ward');
    expect(cells(3)).toEqual([`Xã Thới Lai ${evil}`]);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).not.toContain('phuong-an-binh');
    // A names list that is not one is refused like any other bad figure.
    const bad = await mount(JSON.stringify({ ...withExtra, units: [{ id: 'phuong-an-binh', name: 7 }] }));
    expect(bad.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('units[0].name');
  });

  it('renders hostile unit ids as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await mount(
      JSON.stringify({
        ...stats,
        feedback: { ...stats.feedback, byUnit: [{ unit: evil, ...sat(1, [1, 0, 0, 0, 0]) }] },
      }),
    );
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el)).toContain(evil);
  });
});
