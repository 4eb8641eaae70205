// Every shipped guide's steps on a SurveyJS question, run by the content script against the question as SurveyJS
// renders it (the replica's own builder, checked against survey-library v2.5.39), as a dropdown: the kind whose
// `.sd-dropdown__value` is there before any choice. A step must wait for a real choice, and take one made the way
// a clerk makes it (the list keeps the focus in the filter input, which then holds the choice).
import { startGuide, type Guide, type GuideStep } from '@papi/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { surveyjs, type Question } from '../../test/fixtures/portal/surveyjs.js';
import { startContent, type ContentApp } from './content-app.js';
import { GUIDES } from './guides/index.js';
import { overlayLabels } from './i18n/index.js';
import type { ActiveView, Control, FromContent } from './messages.js';
import { clickAsPerson, trusted } from './testing/events.js';

const FORM = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=c0a80101-0001-4b1e-9a10-0000000000a1';
const { dropQ } = surveyjs({ version: '1761724625529' });

const viewOf = (guide: Guide, step: GuideStep): ActiveView => {
  const index = guide.steps.indexOf(step);
  return {
    caseId: 'c1',
    caseNumber: 1,
    guideId: guide.id,
    state: { ...startGuide(guide, FORM), step: index, onStepPage: true, stepStatus: 'locating' },
    step,
    stepCount: guide.steps.length,
    locale: 'vi',
    labels: overlayLabels('vi'),
  };
};

/** The steps that outline one SurveyJS question and move on by themselves. */
const QUESTION_STEPS = GUIDES.flatMap((g) =>
  g.steps
    .filter((s) => s.target?.dataName !== undefined && s.advance.kind !== 'manual')
    .map((s) => ({ name: `${g.id} › ${s.id}`, guide: g, step: s })),
);

/** The question as the page shows it, and the content script on it for the step. */
function setUp(guide: Guide, step: GuideStep): { q: Question; met: () => boolean; app: ContentApp } {
  const q = dropQ(step.target!.dataName!, step.target!.label ?? step.id, ['Mẹ', 'Cha', 'Người thân khác']);
  const form = document.createElement('div');
  form.className = 'sd-root-modern';
  form.append(q);
  document.body.append(form);
  const sent: (FromContent | Control)[] = [];
  const app = startContent({ win: window, send: (m) => sent.push(m), fallbackMs: 300 });
  app.onView(viewOf(guide, step));
  return { q, app, met: () => sent.some((m) => m.type === 'condition-met' && m.step === step.id) };
}

/** The page's clock (the test's own) runs on: time for the condition's checks (on events, every half second). */
const hold = () => vi.advanceTimersByTimeAsync(1200);
const wrapper = (q: Element) => q.querySelector<HTMLElement>('.sv-dropdown_select-wrapper')!;
const filter = (q: Element) => q.querySelector<HTMLInputElement>('.sd-dropdown__filter-string-input')!;
const item = (q: Element, text: string) =>
  Array.from(q.querySelectorAll<HTMLElement>('.sv-list__item')).find((li) => li.textContent === text)!;

describe('a guide step on a SurveyJS dropdown waits for a real choice', () => {
  let app: ContentApp | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/nop-ho-so?formalityCaseId=c0a80101-0001-4b1e-9a10-0000000000a1');
  });
  afterEach(() => {
    app?.stop();
    app = undefined;
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('has such steps to check in every guide that fills the e-form', () => {
    const guides = new Set(QUESTION_STEPS.map((s) => s.guide.id));
    expect([...guides].sort()).toEqual(['khai-sinh', 'khai-tu', 'lien-thong-khai-sinh']);
    // "Quan hệ" and, in khai sinh, "Giới tính" among them.
    expect(QUESTION_STEPS.map((s) => s.name)).toEqual(
      expect.arrayContaining(['khai-sinh › quan-he', 'khai-sinh › gioi-tinh-tre', 'khai-tu › quan-he']),
    );
  });

  it.each(QUESTION_STEPS)('$name', async ({ guide, step }) => {
    const run = setUp(guide, step);
    app = run.app;
    const { q, met } = run;
    await hold();
    expect(document.querySelector('[data-papi-target]')).toBe(q);
    // Before any choice `.sd-dropdown__value` is there, wrapping the filter input: not done.
    expect(q.querySelector('.sd-dropdown__value .sd-dropdown__filter-string-input')).not.toBeNull();
    expect(met()).toBe(false);
    // The list opened and closed again: not done. (The clerk's presses, trusted as a browser makes them.)
    clickAsPerson(wrapper(q));
    await hold();
    expect(item(q, 'Mẹ')).toBeDefined();
    clickAsPerson(wrapper(q));
    await hold();
    expect(met()).toBe(false);
    // A filter typed, no choice made: not done.
    clickAsPerson(wrapper(q));
    filter(q).value = 'Mẹ';
    filter(q).dispatchEvent(trusted(new Event('input', { bubbles: true })));
    await hold();
    expect(met()).toBe(false);
    filter(q).dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await hold();
    expect(met()).toBe(false);
    // A choice, with the focus still in the filter input (SurveyJS shows the choice there until the focus leaves):
    // done, with no event of the kind a native select fires.
    clickAsPerson(wrapper(q));
    clickAsPerson(item(q, 'Mẹ'));
    expect(document.activeElement).toBe(filter(q));
    expect(filter(q).value).toBe('Mẹ');
    expect(q.querySelector('.sd-dropdown__value .sv-string-viewer')).toBeNull();
    await hold();
    expect(met()).toBe(true);
  });

  it('a choice shows as `.sd-dropdown__value .sv-string-viewer` once the focus leaves; a locked empty list shows its placeholder there', () => {
    const chosen = dropQ('citizenQuanhevoinguoiduockhaisinh', 'Quan hệ với người được khai sinh', ['Mẹ', 'Cha']);
    const locked = dropQ('citizenDanToc_me', 'Dân tộc', ['01 - Kinh', '05 - Khơ-me']);
    document.body.append(chosen, locked);
    wrapper(chosen).click();
    item(chosen, 'Mẹ').click();
    filter(chosen).blur();
    expect(chosen.querySelector('.sd-dropdown__value .sv-string-viewer')?.textContent).toBe('Mẹ');
    expect(filter(chosen).value).toBe('');
    locked.lock();
    // Read-only and empty, SurveyJS writes its placeholder where a choice would show: the text alone is no answer.
    expect(locked.querySelector('.sd-dropdown__value .sv-string-viewer')?.textContent).toBe('Chọn...');
    expect(locked.querySelector('.sd-dropdown')!.classList.contains('sd-dropdown--empty')).toBe(true);
  });

  it('the check fails a condition met before any choice, as the guides’ old “appear: … .sd-dropdown__value” was', async () => {
    const guide = GUIDES.find((g) => g.id === 'khai-sinh')!;
    const step = guide.steps.find((s) => s.id === 'quan-he')!;
    const old: GuideStep = {
      ...step,
      advance: {
        kind: 'appear',
        target: { css: '[data-name^="citizenQuanhevoinguoiduockhaisinh__"] .sd-dropdown__value' },
      },
    };
    const run = setUp(guide, old);
    app = run.app;
    await hold();
    expect(run.met()).toBe(true); // met with no choice at all: the test above would fail on it
  });
});
