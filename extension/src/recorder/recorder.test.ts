import { afterEach, describe, expect, it } from 'vitest';
import { clickAsPerson, trusted } from '../testing/events.js';
import { appendStep, EMPTY_DRAFT, exportDraft, setStepText } from './draft.js';
import type { DraftStep } from './draft-step.js';
import { createRecorder, isRecorderCommand, MAX_KNOWN } from './recorder.js';

const FORM = `
  <a href="/thu-tuc-hanh-chinh/1.001193" class="link">Đăng ký khai sinh</a>
  <div class="sd-question" data-name="citizenHoVaTen_NgdcKS__1761724625529">
    <h5 class="sd-title"><span class="sv-string-viewer">Họ, chữ đệm, tên</span></h5>
    <input class="sd-input" id="name">
  </div>
  <div class="sd-question" data-name="citizenGioitinh_NgdcKS__1761724625529">
    <h5 class="sd-title"><span class="sv-string-viewer">Giới tính</span></h5>
    <div class="sd-dropdown" role="combobox" aria-label="Giới tính"><div class="sd-dropdown__value"></div></div>
  </div>
  <div class="sv-popup"><div class="sv-list__item" role="option">Nữ giới</div></div>
  <button type="button">Lưu và tiếp tục</button>`;

let location = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345';

function setup(): { steps: DraftStep[]; recorder: ReturnType<typeof createRecorder> } {
  document.body.innerHTML = FORM; // test fixture markup, not page data
  const steps: DraftStep[] = [];
  const recorder = createRecorder({ doc: document, location: () => location, post: (s) => steps.push(s) });
  return { steps, recorder };
}

const focusAsPerson = (el: Element): boolean => el.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));

let current: ReturnType<typeof createRecorder> | undefined;
afterEach(() => {
  current?.stop();
  document.body.innerHTML = '';
});

describe('recorder', () => {
  it('takes only its own start and stop commands', () => {
    expect(isRecorderCommand({ type: 'recorder', command: 'start' })).toBe(true);
    expect(isRecorderCommand({ type: 'recorder', command: 'pause' })).toBe(false);
    expect(isRecorderCommand({ type: 'recorder', command: 'start', extra: 1 })).toBe(false);
    expect(isRecorderCommand('recorder')).toBe(false);
    const known = ['dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'];
    expect(isRecorderCommand({ type: 'recorder', command: 'start', known })).toBe(true);
    expect(isRecorderCommand({ type: 'recorder', command: 'stop', known })).toBe(false);
    expect(isRecorderCommand({ type: 'recorder', command: 'start', known: ['<img src=x>'] })).toBe(false);
    expect(isRecorderCommand({ type: 'recorder', command: 'start', known: [1] })).toBe(false);
    expect(
      isRecorderCommand({ type: 'recorder', command: 'start', known: Array<string>(MAX_KNOWN + 1).fill(known[0]!) }),
    ).toBe(false);
  });

  it('gives a step the pattern the guides already use for its page, with its alternatives, when started with them', () => {
    const { steps, recorder } = setup();
    current = recorder;
    recorder.onMessage({ type: 'recorder', command: 'start' });
    clickAsPerson(document.querySelector('button')!);
    recorder.onMessage({ type: 'recorder', command: 'stop' });
    recorder.onMessage({
      type: 'recorder',
      command: 'start',
      known: ['dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId', 'dichvucong.gov.vn/'],
    });
    clickAsPerson(document.querySelector('button')!);
    expect(steps.map((s) => s.url)).toEqual([
      ['dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
      ['dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'],
    ]);
  });

  it('records nothing until started, and nothing after it is stopped', () => {
    const { steps, recorder } = setup();
    current = recorder;
    clickAsPerson(document.querySelector('button')!);
    expect(steps).toHaveLength(0);
    expect(recorder.onMessage({ type: 'recorder', command: 'start' })).toBe(true);
    clickAsPerson(document.querySelector('button')!);
    expect(steps).toHaveLength(1);
    recorder.onMessage({ type: 'recorder', command: 'stop' });
    clickAsPerson(document.querySelector('button')!);
    expect(steps).toHaveLength(1);
  });

  it('ignores what the page’s own scripts dispatch (not trusted)', () => {
    const { steps, recorder } = setup();
    current = recorder;
    recorder.start();
    (document.querySelector('button') as HTMLButtonElement).click();
    document.querySelector('#name')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(steps).toHaveLength(0);
  });

  it('records a choice made by keyboard in a list: Enter or Space on its item, or on the combobox that points at it', () => {
    const { steps, recorder } = setup();
    current = recorder;
    recorder.start();
    const press = (el: Element, key: string): boolean =>
      el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true })));
    const combobox = document.querySelector('.sd-dropdown')!;
    press(combobox, 'Enter'); // opens the list: no item is active yet
    expect(steps).toHaveLength(0);
    combobox.setAttribute('aria-activedescendant', 'item-1');
    document.querySelector('.sv-list__item')!.id = 'item-1';
    press(combobox, 'ArrowDown');
    expect(steps).toHaveLength(0);
    press(combobox, 'Enter');
    press(document.querySelector('.sv-list__item')!, ' ');
    // The question last used, never the item's text.
    expect(steps.map((s) => [s.advance.kind, s.target?.dataName])).toEqual([
      ['filled', 'citizenGioitinh_NgdcKS'],
      ['filled', 'citizenGioitinh_NgdcKS'],
    ]);
    expect(JSON.stringify(steps)).not.toContain('Nữ');
    // Typing in a field (its spaces too) is no choice.
    press(document.querySelector('#name')!, ' ');
    expect(steps).toHaveLength(2);
  });

  it('hears a click even when the page stops it from bubbling (capture)', () => {
    const { steps, recorder } = setup();
    current = recorder;
    recorder.start();
    document.querySelector('button')!.addEventListener('click', (e) => e.stopPropagation());
    clickAsPerson(document.querySelector('button')!);
    expect(steps.map((s) => s.advance.kind)).toEqual(['click']);
  });

  it('turns a session of clicks, a focus and a choice into steps, and they export as a valid guide', () => {
    const { steps, recorder } = setup();
    current = recorder;
    recorder.start();
    location = 'https://dichvucong.gov.vn/';
    clickAsPerson(document.querySelector('a')!);
    location = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345';
    focusAsPerson(document.querySelector('#name')!);
    clickAsPerson(document.querySelector('#name')!); // a click in a text field is its focus: no second step
    const input = document.querySelector('#name') as HTMLInputElement;
    input.value = 'LÊ MINH CHÂU';
    input.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    clickAsPerson(document.querySelector('.sd-dropdown')!); // opens the list: the choice is the step
    clickAsPerson(document.querySelector('.sv-list__item')!); // drawn apart: goes to the question last used
    clickAsPerson(document.querySelector('button')!);
    expect(steps.map((s) => [s.advance.kind, s.target?.dataName ?? s.target?.label, s.url[0]])).toEqual([
      ['click', 'Đăng ký khai sinh', 'dichvucong.gov.vn/'],
      ['filled', 'citizenHoVaTen_NgdcKS', 'dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
      ['filled', 'citizenGioitinh_NgdcKS', 'dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
      ['click', 'Lưu và tiếp tục', 'dichvucong.gov.vn/nop-ho-so?formalityCaseId'],
    ]);
    const json = JSON.stringify(steps);
    for (const secret of ['LÊ MINH CHÂU', 'Nữ giới', '8812345', '001193']) expect(json).not.toContain(secret);

    let draft = steps.reduce(appendStep, EMPTY_DRAFT);
    draft.steps.forEach((_, i) => {
      for (const field of ['title', 'tip', 'instructions'] as const)
        for (const loc of ['vi', 'en', 'km'] as const) draft = setStepText(draft, i, field, loc, `${field} ${i}`);
    });
    const out = exportDraft(draft, {
      id: 'ghi-lai',
      procedure: 'khai-sinh',
      title: { vi: 'Ghi lại', en: 'Recorded', km: 'កត់ត្រា' },
      summary: { vi: 'Thử', en: 'Try', km: 'សាកល្បង' },
      startUrl: 'https://dichvucong.gov.vn/#papi-guide=ghi-lai',
    });
    expect(out.ok ? [] : out.issues).toEqual([]);
  });
});
