import { startGuide, type Guide } from '@papi/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startContent, withoutDeepLink, type ContentApp } from './content-app.js';
import { guideById } from './guides/index.js';
import { overlayLabels } from './i18n/index.js';
import type { ActiveView, Control, FromContent } from './messages.js';
import { clickAsPerson, trusted } from './testing/events.js';

const guide = guideById('khai-sinh') as Guide;
const viewAt = (stepId: string, url: string): ActiveView => {
  const step = guide.steps.findIndex((s) => s.id === stepId);
  const base = startGuide(guide, url);
  return {
    caseId: 'c1',
    caseNumber: 1,
    guideId: guide.id,
    state: { ...base, step, onStepPage: true, stepStatus: 'locating' },
    step: guide.steps[step]!,
    stepCount: guide.steps.length,
    locale: 'vi',
    unitName: 'Phường Vĩnh Phước',
    labels: overlayLabels('vi'),
  };
};
/** Waits for the condition (an expectation that passes), however long a busy machine takes, up to 5 s. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 20 });
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('content script logic', () => {
  let app: ContentApp | undefined;
  afterEach(() => {
    app?.stop();
    document.body.replaceChildren();
  });

  it('reports the page and a deep link, outlines the target and reports a click on it', async () => {
    history.replaceState(null, '', '/thu-tuc-hanh-chinh/abc#papi-guide=khai-sinh');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
    expect(sent[0]).toMatchObject({
      type: 'page',
      deepLink: 'khai-sinh',
      url: `${location.origin}/thu-tuc-hanh-chinh/abc`,
    });
    // The deep link is taken out of the address bar, so reloading the tab does not start the guide again.
    expect(location.href).toBe(`${location.origin}/thu-tuc-hanh-chinh/abc`);
    const b = document.createElement('button');
    b.append(Object.assign(document.createElement('span'), { textContent: 'Nộp hồ sơ' }));
    document.body.append(b);
    app.onView(viewAt('nop-ho-so', location.href));
    await until(() =>
      expect(sent).toContainEqual(
        expect.objectContaining({
          type: 'located',
          step: 'nop-ho-so',
          strategy: 'label',
        }),
      ),
    );
    expect(b.hasAttribute('data-papi-target')).toBe(true);
    const overlay = document.querySelector('[data-papi-overlay]')!;
    expect(overlay.shadowRoot?.textContent).toContain('Nộp hồ sơ');
    clickAsPerson(b); // not a url step, but the click is still watched for click steps only
    app.onView(viewAt('chon-tinh', location.href));
  });

  it('closes the tip for the current step only, with × or Escape: the next step shows it again', async () => {
    history.replaceState(null, '', '/thu-tuc-hanh-chinh/abc');
    app = startContent({ win: window, send: () => undefined, fallbackMs: 300 });
    for (const text of ['Nộp hồ sơ', 'Nộp trực tuyến']) {
      const b = document.createElement('button');
      b.textContent = text;
      document.body.append(b);
    }
    const tip = () => document.querySelector('[data-papi-overlay]')!.shadowRoot!.querySelector('.tip')!;
    app.onView(viewAt('nop-ho-so', location.href));
    await until(() => expect(tip().classList.contains('hidden')).toBe(false));
    clickAsPerson(tip().querySelector('[data-action="close"]')!);
    expect(tip().classList.contains('hidden')).toBe(true);
    app.onView({ ...viewAt('nop-ho-so', location.href), locale: 'vi' }); // the same step again: stays closed
    await tick(50);
    expect(tip().classList.contains('hidden')).toBe(true);
    app.onView(viewAt('nop-truc-tuyen', location.href));
    await until(() => expect(tip().classList.contains('hidden')).toBe(false)); // outlined, or its instructions once the locator gives up
    tip()
      .querySelector<HTMLButtonElement>('[data-action="manual"]')!
      .dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(tip().classList.contains('hidden')).toBe(true);
  });

  it('takes the keyboard to the tip with Alt+Shift+H, showing it again if it was closed', async () => {
    history.replaceState(null, '', '/thu-tuc-hanh-chinh/abc');
    app = startContent({ win: window, send: () => undefined, fallbackMs: 300 });
    const b = document.createElement('button');
    b.textContent = 'Nộp hồ sơ';
    document.body.append(b);
    app.onView(viewAt('nop-ho-so', location.href));
    await until(() => expect(b.hasAttribute('data-papi-target')).toBe(true));
    const root = document.querySelector('[data-papi-overlay]')!.shadowRoot!;
    clickAsPerson(root.querySelector('[data-action="close"]')!);
    expect(root.querySelector('.tip')!.classList.contains('hidden')).toBe(true);
    document.body.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true })),
    );
    await until(() => expect(root.activeElement?.getAttribute('data-action')).toBe('manual'));
    expect(root.querySelector('.tip')!.classList.contains('hidden')).toBe(false);
    expect(root.querySelector('.tip')!.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+H');
  });

  it('removes only the deep link from the fragment', () => {
    expect(withoutDeepLink('https://dichvucong.gov.vn/#papi-guide=khai-sinh')).toBe('https://dichvucong.gov.vn/');
    expect(withoutDeepLink('https://dichvucong.gov.vn/p?x=1#a=b&papi-guide=khai-tu')).toBe(
      'https://dichvucong.gov.vn/p?x=1#a=b',
    );
    expect(withoutDeepLink('https://dichvucong.gov.vn/p#/route')).toBe('https://dichvucong.gov.vn/p#/route');
    expect(withoutDeepLink('https://dichvucong.gov.vn/p')).toBe('https://dichvucong.gov.vn/p');
  });

  it('a deep link followed later in the page (hash change) is reported once and removed too', async () => {
    history.replaceState(null, '', '/');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
    location.hash = 'papi-guide=khai-tu';
    await until(() => expect(location.hash).toBe(''));
    expect(sent.filter((m) => m.type === 'page' && m.deepLink === 'khai-tu')).toHaveLength(1);
  });

  it('reports the page again when the clerk comes back to the tab, so the guide follows the tab in use', async () => {
    history.replaceState(null, '', '/nop-ho-so?formalityCaseId=1');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
    expect(sent).toHaveLength(1);
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(sent.filter((m) => m.type === 'page')).toHaveLength(3);
    expect(sent.at(-1)).toEqual({ type: 'page', url: `${location.origin}/nop-ho-so?formalityCaseId=1` });
  });

  it('reports SPA navigation (pushState, popstate) as page changes', async () => {
    history.replaceState(null, '', '/');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
    history.pushState(null, '', '/dvc-ket-qua-thu-tuc?keyword=khai%20sinh');
    await until(() =>
      expect(sent.at(-1)).toEqual({ type: 'page', url: `${location.origin}/dvc-ket-qua-thu-tuc?keyword=khai%20sinh` }),
    );
    history.back();
    await until(() => expect(sent.at(-1)).toMatchObject({ type: 'page', url: `${location.origin}/` }));
  });

  it('advances a click step on mousedown of the target', async () => {
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
    const combo = document.createElement('button');
    combo.setAttribute('aria-haspopup', 'listbox');
    combo.textContent = '-- Chọn Tỉnh/ Thành phố --';
    document.body.append(combo);
    app.onView(viewAt('chon-tinh', location.href));
    await until(() => expect(combo.hasAttribute('data-papi-target')).toBe(true));
    combo.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    expect(sent).toContainEqual({ type: 'condition-met', step: 'chon-tinh' });
  });

  it('advances a "filled" step when the question holds an answer, judged on change or leaving the field', async () => {
    // The page's clock is the test's: each "not yet" below is held for a second of it, time enough for the
    // condition's own checks (on events, and every half second) to have run several times.
    vi.useFakeTimers();
    try {
      const sent: (FromContent | Control)[] = [];
      app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
      // As SurveyJS renders a text question: an empty placeholder, aria-required, no native required.
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="sd-question" data-name="citizenHoVaTen_NgdcKS__1"><h5 class="sd-title">Họ, chữ đệm, tên</h5><input class="sd-input" placeholder="" aria-required="true"></div>',
      );
      const input = document.querySelector('input')!;
      app.onView(viewAt('ho-ten-tre', location.href));
      await vi.advanceTimersByTimeAsync(50);
      expect(document.querySelector('[data-papi-target]')).not.toBeNull();
      // The portal's scripts filling it (a draft restored) do not do the step: the clerk has not acted.
      input.value = 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.some((m) => m.type === 'condition-met')).toBe(false);
      input.value = '';
      input.focus();
      input.value = 'x';
      input.dispatchEvent(trusted(new Event('input', { bubbles: true })));
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.some((m) => m.type === 'condition-met')).toBe(false); // still typing in it
      input.value = '';
      input.blur();
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.some((m) => m.type === 'condition-met')).toBe(false); // typed, then cleared: not filled
      input.value = 'x';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent).toContainEqual({ type: 'condition-met', step: 'ho-ten-tre' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('remembers the ward the clerk picks in "chon-don-vi", and nothing from other lists or steps', async () => {
    history.replaceState(null, '', '/thu-tuc-hanh-chinh/abc');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 100 });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<ul role="listbox"><li role="option"><span>Thành phố Cần Thơ</span></li><li role="option"><span>Phường Khánh Hòa</span></li></ul>',
    );
    const [province, ward] = Array.from(document.querySelectorAll('li span'));
    app.onView(viewAt('chon-tinh', location.href));
    ward!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    expect(sent.filter((m) => m.type === 'agency')).toEqual([]);
    app.onView(viewAt('chon-don-vi', location.href));
    // A press the portal's scripts dispatch is not the clerk's choice.
    ward!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(sent.filter((m) => m.type === 'agency')).toEqual([]);
    province!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    ward!.dispatchEvent(trusted(new MouseEvent('mousedown', { bubbles: true })));
    expect(sent.filter((m) => m.type === 'agency')).toEqual([
      { type: 'agency', step: 'chon-don-vi', name: 'Phường Khánh Hòa' },
    ]);
  });

  it('presses "Nộp trực tuyến" only on the chosen office’s card, and says which card when it cannot tell', async () => {
    history.replaceState(null, '', '/tim-kiem-thu-tuc-hanh-chinh?formalityId=1');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 100 });
    document.body.insertAdjacentHTML(
      'beforeend',
      `
      <div><p>Cơ quan thực hiện: Sở Tư pháp Thành phố Cần Thơ</p><button id="dept"><span>Nộp trực tuyến</span></button></div>
      <div><p>Cơ quan thực hiện: Ủy ban nhân dân Phường Khánh Hòa</p><button id="ward"><span>Nộp trực tuyến</span></button></div>`,
    );
    const tipText = (): string => document.querySelector('[data-papi-overlay]')!.shadowRoot!.textContent ?? '';
    // No office chosen and no unit: nothing is outlined, and the tip says which card to use.
    const { unitName: _u, ...noUnit } = viewAt('nop-truc-tuyen', location.href);
    app.onView(noUnit);
    // The locator gave up (its report says so): nothing outlined.
    await until(() =>
      expect(sent).toContainEqual(expect.objectContaining({ type: 'not-found', step: 'nop-truc-tuyen' })),
    );
    expect(document.querySelector('[data-papi-target]')).toBeNull();
    expect(tipText()).toContain('không dùng thẻ của sở');
    // The office chosen in this case (Phường Khánh Hòa, not the clerk's unit): its card, and the tip names it.
    app.onView({ ...viewAt('nop-truc-tuyen', location.href), caseId: 'c2', agencyName: 'Phường Khánh Hòa' });
    await until(() => expect(document.querySelector('[data-papi-target]')?.id).toBe('ward'));
    expect(tipText()).toContain('Cơ quan đã chọn ở “Chọn cơ quan thực hiện”: Phường Khánh Hòa');
  });

  it('tells the sign-on’s screens apart by what the page shows, at one address', async () => {
    history.replaceState(null, '', '/auth?response_type=code');
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 100 });
    const screens = guide.steps.filter((s) => s.screen).map((s) => ({ step: s.id, screen: s.screen! }));
    expect(screens.map((s) => s.step)).toEqual(['vneid-tai-khoan', 'vneid-otp', 'vneid-chia-se', 'vneid-passcode']);
    document.body.innerHTML =
      '<h1>Đăng nhập</h1><div role="tablist"><button role="tab">đăng nhập</button><button role="tab">quét mã QR</button></div><form><button type="submit">Đăng nhập</button></form>';
    app.onView({ ...viewAt('vneid-tai-khoan', location.href), screens });
    // The screens are checked as the step is drawn: the login is this step's own screen, nothing to report.
    expect(sent.filter((m) => m.type === 'screen')).toEqual([]);
    // The same address shows the code screen, then the consent with the passcode modal over it.
    document.body.innerHTML =
      '<h1>Mã xác nhận đăng nhập</h1><input aria-label="Nhập mã xác nhận"><button>Xác nhận</button>';
    await expect.poll(() => sent.filter((m) => m.type === 'screen')).toEqual([{ type: 'screen', step: 'vneid-otp' }]);
    app.onView({ ...viewAt('vneid-otp', location.href), screens });
    document.body.innerHTML = `<input type="checkbox" id="a"><label for="a">Tôi đã đọc và hiểu rõ nội dung mục đích, phạm vi chia sẻ dữ liệu</label><button>Xác nhận chia sẻ</button>
      <div class="ant-modal-wrap" role="dialog" aria-labelledby="t"><div class="ant-modal-content"><div id="t">Nhập passcode</div><input type="password"></div></div>`;
    await expect
      .poll(() => sent.filter((m) => m.type === 'screen').at(-1))
      .toEqual({ type: 'screen', step: 'vneid-passcode' });
  });

  it('lists the required fields still empty in the catch-all step’s tip, and outlines the first of them', async () => {
    history.replaceState(null, '', '/nop-ho-so?formalityCaseId=1');
    app = startContent({ win: window, send: () => undefined, fallbackMs: 300 });
    document.body.innerHTML = `
      <div class="sd-question" data-name="citizenQuanhevoinguoiduockhaisinh__1"><h5 class="sd-title"><span class="sv-string-viewer">Quan hệ với người được khai sinh</span><span class="sd-question__required-text">*</span></h5><input class="sd-input" placeholder="" aria-required="true" value="Mẹ"></div>
      <div class="sd-question" data-name="citizenLoaiDangKy__1"><h5 class="sd-title"><span class="sv-string-viewer">Loại đăng ký</span><span class="sd-question__required-text">*</span></h5><input class="sd-input" placeholder="" aria-required="true"></div>
      <div class="sd-question" data-name="citizenQuequannks__1"><h5 class="sd-title">Quê quán *</h5><input class="sd-input" placeholder=""></div>`;
    app.onView(viewAt('con-trong', location.href));
    await until(() =>
      expect(document.querySelector('[data-papi-target]')?.getAttribute('data-name')).toMatch(/^citizenLoaiDangKy__/),
    );
    const items = Array.from(
      document.querySelector('[data-papi-overlay]')!.shadowRoot!.querySelectorAll('.items li'),
      (li) => li.textContent,
    );
    expect(items).toEqual(['Loại đăng ký', 'Quê quán']);
  });

  it('keeps the catch-all step on the last required field while the clerk types in it, and moves on once they leave it', async () => {
    vi.useFakeTimers();
    try {
      history.replaceState(null, '', '/nop-ho-so?formalityCaseId=1');
      const sent: (FromContent | Control)[] = [];
      app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
      document.body.innerHTML = `
        <div class="sd-question" data-name="citizenQuequannks__1"><h5 class="sd-title">Quê quán *</h5><input class="sd-input" placeholder=""></div>`;
      const input = document.querySelector('input')!;
      app.onView(viewAt('con-trong', location.href));
      await vi.advanceTimersByTimeAsync(100);
      expect(document.querySelector('[data-papi-target]')?.getAttribute('data-name')).toMatch(/^citizenQuequannks__/);
      // The first keys: SurveyJS takes the answer only when the field is left, and so does the guide.
      input.focus();
      input.value = 'Vĩnh';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(2000);
      expect(document.querySelector('[data-papi-target]')).toBe(input.parentElement);
      expect(sent.some((m) => m.type === 'condition-met')).toBe(false);
      input.blur();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(2000);
      expect(sent).toContainEqual({ type: 'condition-met', step: 'con-trong' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the tip at once, with the instructions and “looking for it”, while the page has yet to draw the element; then moves to it', async () => {
    vi.useFakeTimers();
    try {
      history.replaceState(null, '', '/thu-tuc-hanh-chinh/abc');
      const sent: (FromContent | Control)[] = [];
      app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 4000 });
      app.onView(viewAt('nop-ho-so', location.href));
      const tip = document.querySelector('[data-papi-overlay]')!.shadowRoot!.querySelector<HTMLElement>('.tip')!;
      // Drawn in the same turn as the view arrived: no wait for the locator.
      expect(tip.classList.contains('hidden')).toBe(false);
      expect(tip.dataset.state).toBe('looking');
      expect(tip.getAttribute('aria-busy')).toBe('true');
      expect(tip.textContent).toContain('Dưới khung “Chọn cơ quan thực hiện”, bấm nút “Nộp hồ sơ”'); // the instructions
      expect(tip.textContent).toContain('Đang tìm phần này trên trang');
      expect(sent.some((m) => m.type === 'not-found')).toBe(false);
      // The page draws the element later: the tip moves to it and outlines it.
      const b = document.createElement('button');
      b.append(Object.assign(document.createElement('span'), { textContent: 'Nộp hồ sơ' }));
      document.body.append(b);
      await vi.advanceTimersByTimeAsync(500);
      expect(b.hasAttribute('data-papi-target')).toBe(true);
      expect(tip.dataset.state).toBe('found');
      expect(tip.hasAttribute('aria-busy')).toBe(false);
      expect(tip.textContent).not.toContain('Đang tìm phần này trên trang');
      expect(sent).toContainEqual(expect.objectContaining({ type: 'located', step: 'nop-ho-so' }));
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to the text instructions when nothing is found, and the overlay offers "I did this"', async () => {
    const sent: (FromContent | Control)[] = [];
    app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 100 });
    app.onView(viewAt('luu-va-nop', location.href));
    await until(() =>
      expect(sent).toContainEqual(
        expect.objectContaining({ type: 'not-found', step: 'luu-va-nop', tried: ['label', 'role'] }),
      ),
    );
    const root = document.querySelector('[data-papi-overlay]')!.shadowRoot!;
    expect(root.textContent).toContain('Cuối trang, bấm “Lưu và nộp hồ sơ”');
    clickAsPerson(root.querySelector('button[data-action="manual"]')!);
    expect(sent).toContainEqual({ type: 'manual' });
  });
});
