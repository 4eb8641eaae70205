import type { Guide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { checkGuideHere } from './check-guide.js';
import { checkSteps, isCheckRequest } from './check-here.js';
import type { CheckRequest } from './messages.js';

const page = (html: string): Document => {
  document.body.innerHTML = html; // test fixture markup, not page data
  return document;
};
const text = { vi: 'x', en: 'x', km: 'x' };
const step = (id: string, url: string[], target?: Guide['steps'][number]['target']) => ({
  id,
  url,
  title: text,
  tip: text,
  instructions: text,
  ...(target ? { target } : {}),
  advance: { kind: 'manual' as const },
});
const guide: Guide = {
  id: 'thu-nghiem',
  procedure: 'khai-sinh',
  title: text,
  summary: text,
  startUrl: 'https://dichvucong.gov.vn/',
  steps: [
    step('tim', ['dichvucong.gov.vn/'], { label: 'Tìm kiếm', role: 'textbox', css: 'input[type=search]' }),
    step('nut', ['dichvucong.gov.vn/'], { role: 'button', name: 'Đăng nhập' }),
    step('hong', ['dichvucong.gov.vn/'], { label: 'Nút không có', css: '#khong-co' }),
    step('chu', ['dichvucong.gov.vn/']),
    step('khac', ['dichvucong.gov.vn/nop-ho-so?formalityCaseId'], { label: 'Tìm kiếm' }),
    step('tai-len', ['dichvucong.gov.vn/'], { css: 'button[title="Tải lên file"]', pending: 'file' }),
  ],
};
const request: CheckRequest = {
  type: 'check-steps',
  steps: guide.steps.map((s) => ({ id: s.id, url: s.url, ...(s.target ? { target: s.target } : {}) })),
};

describe('"check this guide here" on the page', () => {
  const doc = () =>
    page(`
      <header><input type="search" placeholder="x"></header>
      <button>Đăng nhập</button>
      <table><tr><td>Giấy chứng sinh</td><td>giay-chung-sinh.pdf</td><td><button title="Tải lên file">↑</button></td></tr></table>`);

  it('reports each step of this page: found and by which strategy (after which failed), not found, text only', () => {
    const report = checkSteps(doc(), 'https://dichvucong.gov.vn/', request);
    expect(report).toEqual({
      type: 'check-report',
      steps: [
        { step: 'tim', result: 'found', strategy: 'role', failed: ['label'] },
        { step: 'nut', result: 'found', strategy: 'role', failed: [] },
        { step: 'hong', result: 'not-found', tried: ['label', 'css'] },
        { step: 'chu', result: 'no-target' },
        // A row whose file is there already is still found: the check is about the locator, not the clerk's work.
        { step: 'tai-len', result: 'found', strategy: 'css', failed: [] },
      ],
    });
    // The steps of another page are left out, and nothing about the page's address is in the report.
    expect(JSON.stringify(report)).not.toContain('dichvucong');
  });

  it('reports nothing for a page none of the steps is for', () => {
    expect(checkSteps(doc(), 'https://dichvucong.gov.vn/tra-cuu-ho-so', request).steps).toEqual([]);
  });

  it('takes only a request in its shape', () => {
    expect(isCheckRequest(request)).toBe(true);
    expect(isCheckRequest({ type: 'state', view: null })).toBe(false);
    expect(isCheckRequest({ type: 'check-steps', steps: 'all' })).toBe(false);
  });
});

describe('"check this guide here" in the background', () => {
  const deps = (answer: (req: CheckRequest) => unknown, tab: number | null = 4) => {
    const asked: [number, CheckRequest][] = [];
    const warned: string[] = [];
    return {
      asked,
      warned,
      deps: {
        portalTab: async () => tab ?? undefined,
        ask: async (t: number, req: CheckRequest) => (asked.push([t, req]), answer(req)),
        unitName: async () => 'Phường Vĩnh Phước',
        warn: (r: string) => void warned.push(r),
      },
    };
  };

  it('sends the guide’s steps to the portal tab in use and gives back its validated answer', async () => {
    const d = deps((req) => checkSteps(document, 'https://dichvucong.gov.vn/', req));
    page('<button>Đăng nhập</button>');
    const out = await checkGuideHere(guide, guide.id, d.deps);
    expect(d.asked[0]![0]).toBe(4);
    expect(d.asked[0]![1].unitName).toBe('Phường Vĩnh Phước');
    expect(d.asked[0]![1].steps.map((s) => s.id)).toEqual(guide.steps.map((s) => s.id));
    expect(out).toMatchObject({ ok: true, guideId: 'thu-nghiem' });
    expect(out.ok && out.steps.find((s) => s.step === 'nut')).toEqual({
      step: 'nut',
      result: 'found',
      strategy: 'role',
      failed: [],
    });
  });

  it('says when there is no guide, no portal page, no answer, or an answer in the wrong shape', async () => {
    expect(await checkGuideHere(undefined, 'x', deps(() => null).deps)).toEqual({
      ok: false,
      guideId: 'x',
      reason: 'no-guide',
    });
    expect(await checkGuideHere(guide, guide.id, deps(() => null, null).deps)).toMatchObject({
      reason: 'no-page',
    });
    const gone = deps(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await checkGuideHere(guide, guide.id, gone.deps)).toMatchObject({ reason: 'no-page' });
    const odd = deps(() => ({ type: 'check-report', steps: [{ step: 'nut', result: 'found', strategy: 'eval' }] }));
    expect(await checkGuideHere(guide, guide.id, odd.deps)).toMatchObject({ reason: 'bad-answer' });
    expect(odd.warned[0]).toMatch(/steps\[0\]/);
  });
});
