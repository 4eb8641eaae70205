import type { Guide } from '@papi/core';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbox } from '../../recorder/session.js';
import { NEW_DRAFT, type StoredDraft } from '../../recorder/stored-draft.js';
import { clickStep, stubPanelApi } from '../../testing/fixtures.js';
import { App, settings, type PanelApi } from '../App.js';
import { tab } from '../state.js';
import type { DraftStep } from '../../recorder/draft-step.js';
import { draft, exportIssues, recNotice, recording, type RecorderApi } from './record-flow.js';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
const byText = (root: ParentNode, selector: string, text: string): HTMLElement =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text))!;

const step = clickStep;

/** The extension as the recorder sees it: a background that records into an inbox, storage kept in memory. */
function extension(opts: { noPage?: boolean } = {}) {
  let inbox: Inbox = { run: '', steps: [] };
  let on = false;
  let stored: unknown;
  const listeners: (() => void)[] = [];
  const downloads: { name: string; text: string; type: string }[] = [];
  const tried: Guide[] = [];
  const recorder: RecorderApi = {
    command: async (c) => {
      if (c === 'start' && opts.noPage) return { recording: false, problem: 'no-page' };
      on = c === 'start';
      if (on) inbox = { run: `r${Date.now()}`, steps: [] };
      return { recording: on };
    },
    status: async () => ({ on, run: inbox.run }),
    loadInbox: async () => structuredClone(inbox),
    loadDraft: async () => structuredClone(stored),
    saveDraft: async (d) => void (stored = structuredClone(d)),
    tryGuide: async (g) => (tried.push(g), null),
    onChange: (cb) => void listeners.push(cb),
    download: (name, text, type) => void downloads.push({ name, text, type }),
  };
  const api = stubPanelApi({
    recorder,
  });
  /** The background keeps a step recorded on the page, and storage says so. */
  const record = async (s: DraftStep): Promise<void> => {
    inbox = { ...inbox, steps: [...inbox.steps, s] };
    for (const l of listeners) l();
    await flush();
  };
  return { api, record, downloads, tried, stored: () => stored as StoredDraft };
}

async function open(api: PanelApi): Promise<HTMLElement> {
  const el = document.body.appendChild(document.createElement('div'));
  await act(() => {
    settings.value = { locale: 'vi', authors: true };
  });
  await act(() => render(h(App, { panelApi: api }), el));
  await act(() => byText(el, 'nav button', 'Soạn hướng dẫn').click());
  await flush();
  return el;
}

const type = async (el: HTMLElement, selector: string, text: string): Promise<void> => {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
};

describe('the recorder in the Authors section', () => {
  afterEach(async () => {
    for (const el of document.body.children) render(null, el);
    await flush();
    document.body.replaceChildren();
    draft.value = NEW_DRAFT;
    recording.value = false;
    recNotice.value = null;
    exportIssues.value = [];
    settings.value = { locale: 'vi' };
    tab.value = 'procedures';
  });

  it('starts and stops, says so in a live region, and lists each step as the background records it', async () => {
    const x = extension();
    const el = await open(x.api);
    const state = el.querySelector('[data-testid=recorder-state]')!;
    expect(state.getAttribute('role')).toBe('status');
    expect(state.textContent).toBe('Không ghi.');
    await act(() => byText(el, 'button', 'Bắt đầu ghi').click());
    await flush();
    expect(state.textContent).toContain('Đang ghi');
    await x.record(step('a', 'Đăng nhập'));
    await x.record(step('b', 'Nộp hồ sơ'));
    expect(el.querySelectorAll('[data-testid=draft-step]')).toHaveLength(2);
    expect(state.textContent).toContain('2 bước');
    // Kept in storage at once: closing the panel loses nothing.
    expect(x.stored().steps.map((s) => s.key)).toEqual(['a', 'b']);
    await act(() => byText(el, 'button', 'Dừng ghi').click());
    await flush();
    expect(state.textContent).toBe('Không ghi.');
    expect(el.querySelector('[data-testid=recorder-ok]')!.textContent).toContain('Bản nháp có 2 bước');
  });

  it('says when there is no portal page to record on', async () => {
    const x = extension({ noPage: true });
    const el = await open(x.api);
    await act(() => byText(el, 'button', 'Bắt đầu ghi').click());
    await flush();
    expect(el.querySelector('[data-testid=recorder-refused]')!.textContent).toContain('Không có trang Cổng');
    expect(el.querySelector('[data-testid=recorder-state]')!.textContent).toBe('Không ghi.');
  });

  it('edits, reorders, deletes and inserts; refuses an export with each path, then downloads the guide', async () => {
    const x = extension();
    const el = await open(x.api);
    await act(() => byText(el, 'button', 'Bắt đầu ghi').click());
    await flush();
    for (const [k, l] of [
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ])
      await x.record(step(k!, l!));
    const keys = (): string[] =>
      [...el.querySelectorAll('[data-testid=draft-step]')].map((e) => e.getAttribute('data-key')!);
    await act(() => byText(el, 'button', 'Chuyển bước 3 lên').click());
    await flush();
    expect(keys()).toEqual(['a', 'c', 'b']);
    await act(() => byText(el, 'button', 'Xóa bước 1').click());
    await flush();
    expect(keys()).toEqual(['c', 'b']);
    await act(() => byText(el, 'button', 'Thêm bước tự làm sau bước 1').click());
    await flush();
    expect(keys()).toHaveLength(3);
    const manual = keys()[1]!;
    expect(el.querySelector<HTMLSelectElement>(`[id="step-${manual}-advance"]`)!.value).toBe('manual');

    await act(() => byText(el, 'button', 'Xuất tệp').click());
    await flush();
    const alert = el.querySelector('[data-testid=recorder-refused]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Chưa xuất tệp');
    expect(alert.textContent).toContain('steps[0].title.vi');
    expect(alert.textContent).not.toContain('steps[0].title.en');
    expect(x.downloads).toHaveLength(0);
    await act(() => {
      settings.value = { ...settings.value, locale: 'en' };
    });
    expect(alert.textContent).toContain('Not exported');

    await type(el, '#draft-id', 'ghi-lai');
    await type(el, '#draft-title-vi', 'Ghi lại');
    for (const [i, k] of keys().entries())
      for (const f of ['title', 'tip', 'instructions']) await type(el, `[id="step-${k}-${f}-vi"]`, `${f} ${i}`);
    await type(el, `[id="step-${keys()[0]}-title-km"]`, 'ចុច');
    await act(() => byText(el, 'button', 'Export file').click());
    await flush();
    expect(x.downloads).toHaveLength(1);
    expect(x.downloads[0]).toMatchObject({ name: 'ghi-lai.json', type: 'application/json' });
    const guide = JSON.parse(x.downloads[0]!.text) as Guide;
    expect(guide.steps.map((s) => s.title.vi)).toEqual(['title 0', 'title 1', 'title 2']);
    expect(guide.steps[0]!.title).toEqual({ vi: 'title 0', en: 'title 0', km: 'ចុច' });
    expect(guide.steps[1]).toMatchObject({ advance: { kind: 'manual' } });
    expect(el.querySelector('[data-testid=recorder-refused]')!.textContent).toBe('');
  });

  it('says what each step still lacks, and folds the steps already written when the panel opens again', async () => {
    const x = extension();
    let el = await open(x.api);
    await act(() => byText(el, 'button', 'Bắt đầu ghi').click());
    await flush();
    await x.record(step('a', 'A'));
    await x.record(step('b', 'B'));
    const body = (key: string) => el.querySelector<HTMLDetailsElement>(`[data-key="${key}"] details.step-body`)!;
    const said = (key: string) => body(key).querySelector('summary')!.textContent;
    expect(said('a')).toBe('Còn thiếu: Tiêu đề, Gợi ý cạnh phần tử, Hướng dẫn chi tiết');
    expect([body('a').open, body('b').open]).toEqual([true, true]);
    for (const f of ['title', 'tip', 'instructions']) await type(el, `[id="step-a-${f}-vi"]`, `${f} a`);
    await type(el, '[id="step-b-tip-vi"]', 'tip b');
    expect(said('a')).toBe('Đủ chữ tiếng Việt (mở để xem hoặc sửa)');
    expect(said('b')).toBe('Còn thiếu: Tiêu đề, Hướng dẫn chi tiết');
    expect(body('a').open).toBe(true); // never folds while the author writes

    render(null, el);
    el.remove();
    el = await open(x.api);
    expect([body('a').open, body('b').open]).toEqual([false, true]);
    // Moving a folded step keeps its buttons at hand: they are outside the fold.
    await act(() => byText(el, 'button', 'Chuyển bước 1 xuống').click());
    await flush();
    expect([...el.querySelectorAll('[data-testid=draft-step]')].map((e) => e.getAttribute('data-key'))).toEqual([
      'b',
      'a',
    ]);
  });

  it('“Try it” sends the unfinished draft as a guide under its own id', async () => {
    const x = extension();
    const el = await open(x.api);
    await act(() => byText(el, 'button', 'Bắt đầu ghi').click());
    await flush();
    await x.record(step('a', 'A'));
    await act(() => byText(el, 'button', 'Thử').click());
    await flush();
    expect(x.tried.map((g) => [g.id, g.steps[0]!.title.vi])).toEqual([['ban-nhap-thu', 'Bước 1']]);
  });
});
