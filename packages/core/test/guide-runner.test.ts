import { describe, expect, it } from 'vitest';
import {
  progress,
  reduce,
  resumeGuide,
  startGuide,
  stepForUrl,
  type RunnerEvent,
  type RunnerState,
} from '../src/index.js';
import { SAMPLE_GUIDE as G } from './guide-fixture.js';

const run = (state: RunnerState, ...events: RunnerEvent[]): RunnerState =>
  events.reduce((s, e) => reduce(G, s, e), state);
const HOME = 'https://dichvucong.gov.vn/';
const SSO = 'https://sso.dancuquocgia.gov.vn/auth?client_id=x';
const PROC = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc';
const FORM = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=1';
const DONE = 'https://dichvucong.gov.vn/nop-ho-so/ket-qua';

describe('guide runner', () => {
  it('starts at the step of the page it is started on', () => {
    expect(startGuide(G).step).toBe(0);
    expect(startGuide(G, PROC)).toMatchObject({ step: 2, onStepPage: true, stepStatus: 'locating' });
    expect(startGuide(G, 'https://example.org/')).toMatchObject({ step: 0, onStepPage: false });
    expect(stepForUrl(G, FORM)).toBe(3);
  });

  it('advances on a URL condition and selects the page step', () => {
    const s = run(startGuide(G, HOME), { type: 'url', url: SSO });
    expect(s.step).toBe(1);
    expect(s.done[0]).toBe('auto');
    expect(s.stepStatus).toBe('text');
  });

  it('records the strategy that located the target, and falls back when nothing is found', () => {
    let s = run(startGuide(G, PROC), { type: 'located', step: 'agency', strategy: 'role' });
    expect(s).toMatchObject({ stepStatus: 'found', strategy: 'role' });
    s = run(startGuide(G, PROC), { type: 'not-found', step: 'agency' });
    expect(s.stepStatus).toBe('fallback');
    expect(s.strategy).toBeUndefined();
    // The clerk is never stuck: "I did this" moves on.
    expect(run(s, { type: 'manual' })).toMatchObject({
      step: 3,
      done: ['before', 'before', 'manual', null, null, null],
    });
  });

  it('ignores reports about a step that is no longer current', () => {
    const s = run(startGuide(G, PROC), { type: 'url', url: FORM });
    expect(s.step).toBe(3);
    expect(run(s, { type: 'condition-met', step: 'agency' })).toBe(s);
    expect(run(s, { type: 'located', step: 'agency', strategy: 'css' })).toBe(s);
  });

  it('does not go back to an earlier step when the portal shows its page; back on the step page, the clerk is where they were', () => {
    let s = run(startGuide(G, FORM), { type: 'url', url: PROC });
    expect(s).toMatchObject({ step: 3, onStepPage: false, status: 'running' });
    s = run(s, { type: 'url', url: FORM });
    expect(s).toMatchObject({ step: 3, onStepPage: true });
  });

  it('marks the steps before the one it starts on as done before the guide', () => {
    expect(startGuide(G, FORM).done).toEqual(['before', 'before', 'before', null, null, null]);
    expect(startGuide(G, HOME).done).toEqual([null, null, null, null, null, null]);
  });

  it('stays on the step when the page belongs to no step', () => {
    const s = run(startGuide(G, PROC), { type: 'url', url: 'https://dichvucong.gov.vn/cau-hoi-thuong-gap' });
    expect(s).toMatchObject({ step: 2, onStepPage: false });
  });

  it('moves with back and next without marking steps done', () => {
    let s = run(startGuide(G, PROC), { type: 'next' });
    expect(s.step).toBe(3);
    s = run(s, { type: 'back' }, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect(s.step).toBe(0);
    expect(progress(s)).toEqual({ done: 2, total: 6 }); // the two steps before the procedure page, done before
  });

  it('completes after the last step, and back reopens it', () => {
    let s = run(
      startGuide(G, PROC),
      { type: 'condition-met', step: 'agency' },
      { type: 'url', url: FORM },
      { type: 'condition-met', step: 'name' },
      { type: 'url', url: DONE },
    );
    expect(s.step).toBe(5);
    expect(s.done).toEqual(['before', 'before', 'auto', 'auto', 'auto', null]);
    s = run(s, { type: 'manual' });
    expect(s.status).toBe('completed');
    expect(progress(s)).toEqual({ done: 6, total: 6 });
    expect(run(s, { type: 'manual' })).toBe(s);
    expect(run(s, { type: 'back' })).toMatchObject({ status: 'running', step: 4 });
  });

  it('resumes a paused case where it stopped', () => {
    const s = resumeGuide(G, 3, ['auto', 'auto', 'manual'], FORM);
    expect(s).toMatchObject({ step: 3, onStepPage: true });
    expect(progress(s).done).toBe(3);
    expect(resumeGuide(G, 99).step).toBe(5);
    // A resumed case is not moved back by the page it is resumed on.
    expect(resumeGuide(G, 3, ['auto', 'auto', 'manual'], HOME)).toMatchObject({ step: 3, onStepPage: false });
  });

  it('ignores events for another guide', () => {
    const other = { ...startGuide(G), guideId: 'khai-tu' };
    expect(reduce(G, other, { type: 'manual' })).toBe(other);
  });
});
