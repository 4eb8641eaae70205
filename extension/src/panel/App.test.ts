import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App, setView, settings, view as currentView, type PanelApi } from './App.js';
import type { ActiveView, Control, FromPanel } from '../messages.js';
import { stubPanelApi } from '../testing/fixtures.js';

const sent: (FromPanel | Control)[] = [];
const api = stubPanelApi({ send: async (m) => (sent.push(m), currentView.value) });
const host = (): HTMLElement => document.body.appendChild(document.createElement('div'));
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const byText = (root: ParentNode, selector: string, text: string): HTMLElement =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text))!;

describe('side panel', () => {
  afterEach(() => {
    document.body.replaceChildren();
    setView(null);
  });

  it('searches with diacritics optional and shows the procedure card with the certified-copy rule', async () => {
    const el = host();
    await act(() => render(h(App, { panelApi: api }), el));
    const input = el.querySelector<HTMLInputElement>('#search')!;
    await act(() => {
      input.value = 'khai sinh';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const items = [...el.querySelectorAll('.list button.item')].map((b) => b.textContent ?? '');
    expect(items.some((t) => t.startsWith('Đăng ký khai sinh'))).toBe(true);
    await act(() => byText(el, '.list button.item', 'Đăng ký khai sinh').click());
    const card = el.querySelector('article.card')!;
    for (const label of [
      'Giấy tờ cần chuẩn bị',
      'Cơ quan giải quyết',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Căn cứ pháp lý',
      'Mức độ trực tuyến',
    ])
      expect(card.textContent).toContain(label);
    expect(card.textContent).toContain('Luật Hộ tịch');
    expect(card.textContent).toContain('không được yêu cầu bản sao có chứng thực');
    expect(card.textContent).toContain('Nghị định 23/2015/NĐ-CP');
    await act(() => byText(card, 'button', 'Bắt đầu hướng dẫn').click());
    await flush();
    expect(sent).toContainEqual({ type: 'start', guideId: 'khai-sinh' });
  });

  it('shows the steps with the current one marked, the strategy that matched, and back / next / "I did this"', async () => {
    const el = host();
    await act(() => render(h(App, { panelApi: api }), el));
    const view = {
      caseId: 'c',
      caseNumber: 3,
      guideId: 'khai-tu',
      state: {
        guideId: 'khai-tu',
        step: 2,
        status: 'running',
        stepStatus: 'found',
        strategy: 'data-name',
        done: ['auto', 'manual', ...Array(20).fill(null)],
        onStepPage: true,
      },
      step: {
        id: 'vneid-otp',
        url: [],
        title: { vi: 'Mã xác nhận', en: 'Code', km: 'Code' },
        tip: { vi: 'Nhập mã', en: 'x', km: 'x' },
        instructions: { vi: 'i', en: 'i', km: 'i' },
        advance: { kind: 'manual' },
      },
      stepCount: 22,
      locale: 'vi',
      labels: {} as ActiveView['labels'],
    } as unknown as ActiveView;
    await act(() => setView(view));
    expect(el.querySelector('[aria-current="step"]')?.textContent).toContain('Mã xác nhận');
    expect(el.textContent).toContain('Tìm thấy phần tử bằng: tiền tố data-name (SurveyJS)');
    expect(el.textContent).toContain('Đã xong 2/22 bước');
    expect(el.textContent).toContain('Hồ sơ #3');
    for (const [label, type] of [
      ['Bước trước', 'back'],
      ['Tôi đã làm xong bước này', 'manual'],
      ['Bước sau', 'next'],
    ] as const) {
      await act(() => byText(el, 'button', label).click());
      expect(sent.at(-1)).toEqual({ type });
    }
    await act(() => {
      settings.value = { locale: 'en' };
    });
    expect(el.textContent).toContain('Element found by: data-name prefix (SurveyJS)');
    settings.value = { locale: 'vi' };
  });

  it('says on the panel when a click did not work (the background did not answer), and clears it on the next success', async () => {
    let answer = true;
    const flaky: PanelApi = {
      ...api,
      send: async (m) => (answer ? api.send(m) : Promise.reject(new Error('Could not establish connection'))),
    };
    const el = host();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await act(() => render(h(App, { panelApi: flaky }), el));
      await act(() => el.querySelector<HTMLButtonElement>('nav button')!.click()); // the procedures tab
      // An earlier test left a card open: back to the list.
      const back = el.querySelector<HTMLButtonElement>('article.card button.link');
      if (back) await act(() => back.click());
      const input = el.querySelector<HTMLInputElement>('#search')!;
      await act(() => {
        input.value = 'khai sinh';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => byText(el, '.list button.item', 'Đăng ký khai sinh').click());
      const alert = el.querySelector('[role="alert"]')!;
      expect(alert.textContent).toBe('');
      answer = false;
      await act(() => byText(el, 'article.card button', 'Bắt đầu hướng dẫn').click());
      await flush();
      expect(alert.textContent).toContain('Không thực hiện được');
      answer = true;
      await act(() => byText(el, 'article.card button', 'Bắt đầu hướng dẫn').click());
      await flush();
      expect(alert.textContent).toBe('');
    } finally {
      console.warn = warn;
    }
  });
});
