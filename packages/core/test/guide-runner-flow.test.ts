/**
 * The page flow on the shipped khai-sinh and khai-tu guides (QA, Chromium 1366×768): a page change never jumps
 * forward over undone steps, never rewinds, never completes; completion needs every required step done.
 */
import { describe, expect, it } from 'vitest';
import khaiSinhJson from '../../../extension/src/guides/khai-sinh.json';
import khaiTuJson from '../../../extension/src/guides/khai-tu.json';
import {
  missingSteps,
  reduce,
  resumeGuide,
  startGuide,
  type Guide,
  type RunnerEvent,
  type RunnerState,
  type StepDone,
  validateGuide,
} from '../src/index.js';

const load = (json: unknown): Guide => {
  const r = validateGuide(json);
  if (!r.ok) throw new Error(`guide does not validate: ${JSON.stringify(r.issues)}`);
  return r.guide;
};
const KS = load(khaiSinhJson);
const KT = load(khaiTuJson);

const HOME = 'https://dichvucong.gov.vn/';
const SSO = 'https://sso.dancuquocgia.gov.vn/auth?client_id=dvc';
const OTP = 'https://sso.dancuquocgia.gov.vn/auth/otp';
const CONSENT = 'https://sso.dancuquocgia.gov.vn/auth/consent';
const PASSCODE = 'https://sso.dancuquocgia.gov.vn/auth/passcode';
const BACK_SIGNED_IN = 'https://dichvucong.gov.vn/sso?code=1';
const RESULTS = 'https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=khai%20sinh';
const PROC = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.001193';
const AGENCY = 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityCaseId=7';
const FORM = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=7';
const LOOKUP = 'https://dichvucong.gov.vn/tra-cuu-ho-so';
const FILED = 'https://dichvucong.gov.vn/nop-ho-so/thanh-cong?id=1';

const runOn =
  (g: Guide) =>
  (state: RunnerState, ...events: RunnerEvent[]): RunnerState =>
    events.reduce((s, e) => reduce(g, s, e), state);
const idx = (g: Guide, id: string): number => {
  const i = g.steps.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no step ${id}`);
  return i;
};
/** A case walked properly up to (not including) the given step, on its page. */
const walkedTo = (g: Guide, id: string, url: string): RunnerState => {
  const i = idx(g, id);
  const done: StepDone[] = g.steps.map((_, k) => (k < i ? 'auto' : null));
  return resumeGuide(g, i, done, url);
};

describe('guide page flow, QA scenario 1: a portal menu link to a later step’s page', () => {
  for (const [name, g] of [
    ['khai-sinh', KS],
    ['khai-tu', KT],
  ] as const) {
    it(`${name}: "Tra cứu hồ sơ" from the form does not jump to "Mã hồ sơ", and "I did this" there cannot file`, () => {
      const run = runOn(g);
      const at = idx(g, 'quan-he') + 1; // the e-form's second field
      let s = walkedTo(g, g.steps[at]!.id, FORM);
      expect(s).toMatchObject({ step: at, onStepPage: true });
      s = run(s, { type: 'url', url: LOOKUP });
      expect(s).toMatchObject({ step: at, status: 'running', onStepPage: false });
      expect(s.done.filter((d) => d !== null)).toHaveLength(at);
      // Even jumping there on purpose (the steps list) and pressing "I did this" does not complete the case.
      s = run(s, { type: 'goto', step: g.steps.length - 1 }, { type: 'manual' });
      expect(s.status).toBe('running');
      expect(s.step).toBe(at); // taken to the first required step still to do
      expect(missingSteps(g, s)[0]).toBe(at);
      // Back on the form, the clerk is where they were.
      s = run(s, { type: 'url', url: FORM });
      expect(s).toMatchObject({ step: at, onStepPage: true });
    });
  }

  it('khai-sinh: at "Họ tên của trẻ" (QA: step 15), the lookup page leaves the guide there', () => {
    const i = idx(KS, 'ho-ten-tre');
    const s = runOn(KS)(walkedTo(KS, 'ho-ten-tre', FORM), { type: 'url', url: LOOKUP });
    expect(s).toMatchObject({ step: i, status: 'running', onStepPage: false });
    expect(s.done[KS.steps.length - 1]).toBeNull();
  });

  it('khai-sinh: the submission page itself does not skip the unfilled form steps either', () => {
    const s = runOn(KS)(walkedTo(KS, 'ho-ten-tre', FORM), { type: 'url', url: FILED });
    expect(s).toMatchObject({ step: idx(KS, 'ho-ten-tre'), status: 'running', onStepPage: false });
  });
});

describe('guide page flow, QA scenario 2: no rewind on ordinary navigation', () => {
  it('khai-sinh: "Họ tên của trẻ" → portal home → back to the form: still there, not the search nor the step before', () => {
    const run = runOn(KS);
    const i = idx(KS, 'ho-ten-tre');
    let s = walkedTo(KS, 'ho-ten-tre', FORM);
    s = run(s, { type: 'url', url: HOME });
    expect(s).toMatchObject({ step: i, onStepPage: false });
    s = run(s, { type: 'url', url: FORM });
    expect(s).toMatchObject({ step: i, onStepPage: true });
  });

  it('khai-sinh: from "Giới tính" the procedure page and the agency page do not rewind either', () => {
    const run = runOn(KS);
    const i = idx(KS, 'gioi-tinh-tre');
    const s = run(
      walkedTo(KS, 'gioi-tinh-tre', FORM),
      { type: 'url', url: PROC },
      { type: 'url', url: AGENCY },
      { type: 'url', url: HOME },
      { type: 'url', url: FORM },
    );
    expect(s).toMatchObject({ step: i, onStepPage: true });
  });

  it('a case resumed after a browser restart stays at its step on the portal home', () => {
    const i = idx(KS, 'ho-ten-tre');
    const done: StepDone[] = KS.steps.map((_, k) => (k < i ? 'auto' : null));
    const s = resumeGuide(KS, i, done, HOME);
    expect(s).toMatchObject({ step: i, onStepPage: false });
    expect(runOn(KS)(s, { type: 'url', url: FORM })).toMatchObject({ step: i, onStepPage: true });
  });

  it('an earlier step can still be reopened on purpose: back, or a step chosen in the panel', () => {
    const run = runOn(KS);
    const s = run(walkedTo(KS, 'ho-ten-tre', FORM), { type: 'back' });
    expect(s.step).toBe(idx(KS, 'ho-ten-tre') - 1);
    expect(run(s, { type: 'goto', step: idx(KS, 'tim-thu-tuc') }, { type: 'url', url: HOME })).toMatchObject({
      step: idx(KS, 'tim-thu-tuc'),
      onStepPage: true,
    });
    // Redoing it goes on to the first step not done yet: where the clerk was.
    expect(run(s, { type: 'manual' }).step).toBe(idx(KS, 'ho-ten-tre'));
  });
});

describe('guide page flow: the natural forward flow still works', () => {
  it('khai-sinh from the deep link: sign-on (its screens told apart by the page), search, procedure, agency, form', () => {
    const run = runOn(KS);
    let s = startGuide(KS, HOME);
    expect(s.step).toBe(0);
    s = run(s, { type: 'url', url: SSO });
    expect(KS.steps[s.step]!.id).toBe('vneid-tai-khoan');
    // The sign-on's screens may share one address: a screen report moves the guide, not the address.
    s = run(s, { type: 'url', url: OTP });
    expect(KS.steps[s.step]!.id).toBe('vneid-tai-khoan');
    s = run(
      s,
      { type: 'screen', step: 'vneid-otp' },
      { type: 'url', url: CONSENT },
      { type: 'screen', step: 'vneid-chia-se' },
      { type: 'url', url: PASSCODE },
      { type: 'screen', step: 'vneid-passcode' },
      { type: 'url', url: BACK_SIGNED_IN },
    );
    expect(KS.steps[s.step]!.id).toBe('tim-thu-tuc');
    expect(s.done.slice(0, 5)).toEqual(['auto', 'auto', 'auto', 'auto', 'auto']);
    s = run(s, { type: 'url', url: RESULTS }, { type: 'url', url: PROC });
    expect(KS.steps[s.step]!.id).toBe('chon-tinh');
    for (const id of ['chon-tinh', 'chon-can-tho', 'chon-xa', 'chon-don-vi'])
      s = run(s, { type: 'condition-met', step: id });
    s = run(s, { type: 'url', url: AGENCY }, { type: 'url', url: FORM });
    expect(s).toMatchObject({ step: idx(KS, 'quan-he'), onStepPage: true });
  });

  it('already signed in: the sign-on steps (optional) do not hold up the search', () => {
    const run = runOn(KS);
    expect(run(startGuide(KS, HOME), { type: 'url', url: RESULTS })).toMatchObject({
      step: idx(KS, 'chon-thu-tuc'),
      onStepPage: true,
    });
    // As the step's instructions say: "I did this" on "Đăng nhập", then the search.
    const s = run(startGuide(KS, HOME), { type: 'manual' }, { type: 'url', url: RESULTS });
    expect(s).toMatchObject({ step: idx(KS, 'chon-thu-tuc'), onStepPage: true });
    expect(s.done[idx(KS, 'tim-thu-tuc')]).toBe('auto');
    expect(missingSteps(KS, s)).not.toContain(idx(KS, 'vneid-otp'));
  });

  it('skips the optional passcode page when the portal does not show it', () => {
    const s = runOn(KS)(walkedTo(KS, 'vneid-chia-se', CONSENT), { type: 'url', url: BACK_SIGNED_IN });
    expect(KS.steps[s.step]!.id).toBe('tim-thu-tuc');
    expect(s.done[idx(KS, 'vneid-chia-se')]).toBe('auto');
    expect(s.done[idx(KS, 'vneid-passcode')]).toBeNull();
  });

  it('passes a step whose URL condition the new page meets (the portal went straight to the form)', () => {
    const s = runOn(KS)(walkedTo(KS, 'nop-ho-so', PROC), { type: 'url', url: FORM });
    expect(s).toMatchObject({ step: idx(KS, 'quan-he'), onStepPage: true });
    expect(s.done[idx(KS, 'nop-truc-tuyen')]).toBe('auto');
  });

  it('a success toast alone (no page after it) moves "Lưu và nộp hồ sơ" on; the code step is on the form too', () => {
    const run = runOn(KS);
    const s = run(walkedTo(KS, 'luu-va-nop', FORM), { type: 'condition-met', step: 'luu-va-nop' });
    expect(s).toMatchObject({ step: idx(KS, 'ma-ho-so'), status: 'running', onStepPage: true });
    expect(run(s, { type: 'manual' }).status).toBe('completed');
  });

  it('submitting loads the dossier-code page; only "I did this" there completes, with everything done', () => {
    const run = runOn(KS);
    let s = run(walkedTo(KS, 'luu-va-nop', FORM), { type: 'url', url: FILED });
    expect(s).toMatchObject({ step: idx(KS, 'ma-ho-so'), status: 'running', onStepPage: true });
    // The lookup page belongs to the same step: the page still does not complete the guide.
    s = run(s, { type: 'url', url: LOOKUP });
    expect(s.status).toBe('running');
    s = run(s, { type: 'manual' });
    expect(s.status).toBe('completed');
    expect(missingSteps(KS, s)).toEqual([]);
  });

  it('a guide started on the form counts the steps before it as done before, and can complete', () => {
    const run = runOn(KS);
    let s = startGuide(KS, FORM);
    expect(s.step).toBe(idx(KS, 'quan-he'));
    for (let n = 0; n < 40 && s.status === 'running'; n++) s = run(s, { type: 'manual' });
    expect(s.status).toBe('completed');
  });

  it('a skipped ("next") step blocks completion until it is done', () => {
    const run = runOn(KS);
    let s = walkedTo(KS, 'so-ban-sao', FORM);
    s = run(s, { type: 'next' });
    for (let n = 0; n < 10 && s.step !== idx(KS, 'so-ban-sao'); n++) s = run(s, { type: 'manual' });
    expect(s).toMatchObject({ status: 'running', step: idx(KS, 'so-ban-sao') });
    expect(s.done[KS.steps.length - 1]).toBe('manual');
    s = run(s, { type: 'manual' });
    expect(s.status).toBe('completed');
  });

  it('a URL condition met on the last step marks it done but leaves completing to the clerk', () => {
    const last = KS.steps.length - 1;
    const g: Guide = {
      ...KS,
      steps: KS.steps.map((st, i) =>
        i === last ? { ...st, advance: { kind: 'url', url: 'dichvucong.gov.vn/tra-cuu-ho-so' } } : st,
      ),
    };
    const done: StepDone[] = g.steps.map((_, k) => (k < last ? 'auto' : null));
    const s = runOn(g)(resumeGuide(g, last, done, FILED), { type: 'url', url: LOOKUP });
    expect(s).toMatchObject({ status: 'running', step: last });
    expect(s.done[last]).toBe('auto');
    expect(runOn(g)(s, { type: 'manual' }).status).toBe('completed');
  });
});
