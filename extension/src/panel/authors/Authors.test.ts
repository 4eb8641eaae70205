import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { guideById } from '../../guides/index.js';
import type { ImportedGuide } from '../../guides/imported.js';
import type { CheckOutcome, FromPanel } from '../../messages.js';
import { App, settings, type PanelApi } from '../App.js';
import { tab } from '../state.js';
import { notice, question } from './import-flow.js';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const byText = (root: ParentNode, selector: string, text: string): HTMLElement =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text))!;

/** A panel over storage kept in memory, as storage.local keeps it (a copy on each read and write). */
function panel(opts: { failWrites?: boolean; check?: CheckOutcome } = {}) {
  let stored: ImportedGuide[] = [];
  const sent: FromPanel[] = [];
  const api: PanelApi = {
    send: async (m) => (sent.push(m as FromPanel), null),
    cases: async () => [],
    failures: async () => [
      { key: 'k', guideId: 'khai-sinh', stepId: 'dang-nhap', strategy: 'label', page: 'p', count: 2, lastAt: '' },
    ],
    saveSettings: async () => undefined,
    download: () => undefined,
    loadImported: async () => structuredClone(stored),
    saveImported: async (list) => {
      if (opts.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      stored = structuredClone([...list]);
    },
    check: async (guideId) => opts.check ?? { ok: false, guideId, reason: 'no-page' },
  };
  return { api, sent, stored: () => stored };
}

const file = (name: string, value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
};
const authored = (id: string) => {
  const g = structuredClone(guideById('khai-sinh')!);
  return { ...g, id, steps: g.steps.slice(0, 2) };
};

async function open(p: ReturnType<typeof panel>): Promise<HTMLElement> {
  const el = document.body.appendChild(document.createElement('div'));
  await act(() => {
    settings.value = { locale: 'vi', authors: true };
  });
  await act(() => render(h(App, { panelApi: p.api }), el));
  await act(() => byText(el, 'nav button', 'Soạn hướng dẫn').click());
  return el;
}

/** Gives the file input a file, as choosing one does. */
async function choose(el: HTMLElement, f: ReturnType<typeof file>): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('#guide-file')!;
  Object.defineProperty(input, 'files', { value: [f], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await flush();
  await flush();
}

describe('the Authors section', () => {
  afterEach(() => {
    document.body.replaceChildren();
    notice.value = null;
    question.value = null;
    settings.value = { locale: 'vi' };
    tab.value = 'procedures';
  });

  it('is off by default: no tab, no check link in the failure report', async () => {
    const p = panel();
    const el = document.body.appendChild(document.createElement('div'));
    await act(() => render(h(App, { panelApi: p.api }), el));
    expect(byText(el, 'nav button', 'Soạn hướng dẫn')).toBeUndefined();
    await act(() => byText(el, 'nav button', 'Báo cáo').click());
    await flush();
    expect(el.textContent).not.toContain('Kiểm tra “khai-sinh” ở đây');
  });

  it('imports a guide, lists it with its file and date, offers it on the procedure card, and removes it', async () => {
    const p = panel();
    const el = await open(p);
    await choose(el, file('thu-nghiem.json', authored('thu-nghiem')));
    expect(p.stored().map((g) => [g.guide.id, g.file])).toEqual([['thu-nghiem', 'thu-nghiem.json']]);
    expect(el.querySelector('[data-testid=import-ok]')!.textContent).toContain('#papi-guide=thu-nghiem');
    const row = el.querySelector('[data-testid=imported-guides] tbody tr')!;
    expect(row.textContent).toContain('thu-nghiem.json');
    expect(row.textContent).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    // The procedure card offers it beside the built-in guide, and starts it like one.
    await act(() => byText(el, 'nav button', 'Thủ tục').click());
    const search = el.querySelector<HTMLInputElement>('#search')!;
    await act(() => {
      search.value = 'khai sinh';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => byText(el, '.list button.item', 'Đăng ký khai sinh').click());
    await act(() => byText(el, 'article.card button', 'thu-nghiem.json').click());
    await flush();
    expect(p.sent).toContainEqual({ type: 'start', guideId: 'thu-nghiem' });
    await act(() => byText(el, 'nav button', 'Thủ tục').click());
    await act(() => byText(el, 'article.card button.link', 'Danh sách').click());
    // Removed: gone from storage and from the list.
    await act(() => byText(el, 'nav button', 'Soạn hướng dẫn').click());
    await act(() => byText(el, 'button', 'Gỡ “thu-nghiem”').click());
    await flush();
    expect(p.stored()).toEqual([]);
    expect(el.textContent).toContain('Chưa nhập hướng dẫn nào.');
  });

  it('refuses a broken file with the path of each problem, in the clerk’s language, and keeps what is stored', async () => {
    const p = panel();
    const el = await open(p);
    await choose(el, file('a.json', authored('mot')));
    const broken = authored('hai') as unknown as { steps: Record<string, unknown>[] };
    broken.steps[1] = { ...broken.steps[1], target: { label: 'X', name: 'Tiếp tục' } };
    await choose(el, file('hong.json', broken));
    const alert = el.querySelector('[data-testid=import-refused]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Không nhập tệp “hong.json”');
    expect(alert.textContent).toContain('steps[1].target.role');
    await act(() => {
      settings.value = { ...settings.value, locale: 'en' };
    });
    expect(alert.textContent).toContain('steps[1].target.role: is required');
    await choose(el, file('x.json', '{"id": '));
    expect(alert.textContent).toContain('not valid JSON');
    expect(p.stored().map((g) => g.guide.id)).toEqual(['mot']);
  });

  it('asks about a built-in guide’s id, by keyboard: Escape keeps nothing, "new version" keeps it under a new id', async () => {
    const p = panel();
    const el = await open(p);
    await choose(el, file('khai-sinh-sua.json', authored('khai-sinh')));
    const group = el.querySelector<HTMLElement>('.question[role=group]')!;
    expect(group.textContent).toContain('khai-sinh-v2');
    // The question has the focus on its first answer; a built-in guide cannot be replaced.
    expect(document.activeElement?.textContent).toContain('phiên bản mới');
    expect(byText(group, 'button', 'Thay hướng dẫn')).toBeUndefined();
    await act(() => void group.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await flush();
    expect(el.querySelector('.question')).toBeNull();
    expect(p.stored()).toEqual([]);
    expect(el.textContent).toContain('Đã không nhập tệp “khai-sinh-sua.json”');
    await choose(el, file('khai-sinh-sua.json', authored('khai-sinh')));
    await act(() => (document.activeElement as HTMLButtonElement).click());
    await flush();
    expect(p.stored().map((g) => g.guide.id)).toEqual(['khai-sinh-v2']);
    // An earlier import's id: it may be replaced.
    await choose(el, file('moi.json', authored('khai-sinh-v2')));
    await act(() => byText(el, '.question button', 'Thay hướng dẫn đã nhập').click());
    await flush();
    expect(p.stored().map((g) => [g.guide.id, g.file])).toEqual([['khai-sinh-v2', 'moi.json']]);
  });

  it('says when storage refuses the write, and keeps the list', async () => {
    const p = panel({ failWrites: true });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await open(p);
      await choose(el, file('a.json', authored('mot')));
      expect(el.querySelector('[data-testid=import-refused]')!.textContent).toContain('Không lưu được');
      expect(el.textContent).toContain('Chưa nhập hướng dẫn nào.');
    } finally {
      console.warn = warn;
    }
  });

  it('shows a check’s result per step with the strategy, and comes from the failure report’s link', async () => {
    const p = panel({
      check: {
        ok: true,
        guideId: 'khai-sinh',
        steps: [
          { step: 'dang-nhap', result: 'not-found', tried: ['label', 'role'] },
          { step: 'tim-thu-tuc', result: 'found', strategy: 'css', failed: ['label', 'role'] },
        ],
      },
    });
    const el = await open(p);
    await act(() => byText(el, 'nav button', 'Báo cáo').click());
    await flush();
    await act(() => byText(el, 'button', 'Kiểm tra “khai-sinh” ở đây (bước dang-nhap)').click());
    await flush();
    const table = el.querySelector('[data-testid=check-result]')!;
    expect(el.querySelector('[data-testid=check-status]')!.textContent).toContain('tìm thấy 1, không tìm thấy 1');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Không tìm thấy');
    expect(rows[0]).toContain('(bước trong báo cáo)');
    expect(rows[1]).toContain('bộ chọn CSS');
    expect(rows[1]).toContain('không thấy bằng: nhãn hiển thị, vai trò và tên (ARIA)');
  });
});
