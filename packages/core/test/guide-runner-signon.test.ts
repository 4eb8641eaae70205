/**
 * The VNeID sign-on as a side trip (PORTAL.md): "Nộp trực tuyến" pressed while signed out sends the clerk to the
 * sign-on host, whose screens share one address (`/auth?…`) and are told apart by what they show; afterwards the
 * portal returns to the procedure page (or re-renders the page it left, or goes on to the form).
 */
import { describe, expect, it } from 'vitest';
import khaiSinhJson from '../../../extension/src/guides/khai-sinh.json';
import {
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
const HOME = 'https://dichvucong.gov.vn/';
const AUTH =
  'https://sso.dancuquocgia.gov.vn/auth?response_type=code&client_id=sso-c12-dvc-web&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid';
const BACK = 'https://dichvucong.gov.vn/sso?code=1';
const PROC = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1.001193';
const AGENCY = 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityCaseId=7';
const FORM = 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=7';

const run = (state: RunnerState, ...events: RunnerEvent[]): RunnerState =>
  events.reduce((s, e) => reduce(KS, s, e), state);
const idx = (id: string): number => {
  const i = KS.steps.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no step ${id}`);
  return i;
};
const walkedTo = (id: string, url: string): RunnerState => {
  const i = idx(id);
  return resumeGuide(
    KS,
    i,
    KS.steps.map((_, k): StepDone => (k < i ? 'auto' : null)),
    url,
  );
};
const screen = (step: string): RunnerEvent => ({ type: 'screen', step });
/** Signed out at "Nộp trực tuyến": the portal sends the clerk to the sign-on, whose login screen shows. */
const signingOn = (): RunnerState =>
  run(walkedTo('nop-truc-tuyen', AGENCY), { type: 'url', url: AUTH }, screen('vneid-tai-khoan'));

describe('the sign-on as a side trip from "Nộp trực tuyến"', () => {
  it('takes the sign-on screens at one address, told apart by what they show', () => {
    let s = run(walkedTo('nop-truc-tuyen', AGENCY), { type: 'url', url: AUTH });
    // The address alone does not say which screen this is.
    expect(s).toMatchObject({ step: idx('nop-truc-tuyen'), onStepPage: false });
    s = run(s, screen('vneid-tai-khoan'));
    expect(s).toMatchObject({
      step: idx('vneid-tai-khoan'),
      onStepPage: true,
      detour: { returnTo: idx('nop-truc-tuyen'), rejoining: false },
    });
    s = run(s, screen('vneid-otp'));
    expect(s).toMatchObject({ step: idx('vneid-otp'), onStepPage: true });
    // A wrong code brings the login back: the guide follows within the sign-on.
    s = run(s, screen('vneid-tai-khoan'));
    expect(s.step).toBe(idx('vneid-tai-khoan'));
    s = run(s, screen('vneid-otp'), screen('vneid-chia-se'), screen('vneid-passcode'));
    expect(s).toMatchObject({ step: idx('vneid-passcode'), onStepPage: true });
    expect(s.done[idx('vneid-chia-se')]).toBe('auto');
  });

  it('comes back by the procedure page, where "Nộp hồ sơ" and "Nộp trực tuyến" are pressed again', () => {
    let s = run(signingOn(), screen('vneid-passcode'), { type: 'url', url: BACK });
    expect(s.detour).toMatchObject({ rejoining: true });
    s = run(s, { type: 'url', url: PROC });
    expect(s).toMatchObject({ step: idx('nop-ho-so'), onStepPage: true, detour: { rejoining: true } });
    s = run(s, { type: 'url', url: AGENCY });
    expect(s).toMatchObject({ step: idx('nop-truc-tuyen'), onStepPage: true });
    expect(s.detour).toBeUndefined();
    expect(run(s, { type: 'url', url: FORM })).toMatchObject({ step: idx('quan-he'), onStepPage: true });
  });

  it('comes back to the same page when the portal re-renders it there', () => {
    const s = run(signingOn(), screen('vneid-otp'), { type: 'url', url: AGENCY });
    expect(s).toMatchObject({ step: idx('nop-truc-tuyen'), onStepPage: true });
    expect(s.detour).toBeUndefined();
  });

  it('goes on with the portal when it opens the form straight away', () => {
    const s = run(signingOn(), { type: 'url', url: BACK }, { type: 'url', url: FORM });
    expect(s).toMatchObject({ step: idx('quan-he'), onStepPage: true });
    expect(s.detour).toBeUndefined();
    expect(s.done[idx('nop-truc-tuyen')]).toBe('auto');
  });

  it('"I did this" through the sign-on leads back to the step it was taken from', () => {
    let s = signingOn();
    for (let n = 0; n < 4; n++) s = run(s, { type: 'manual' });
    expect(s.step).toBe(idx('nop-truc-tuyen'));
    expect(s.detour).toBeUndefined();
  });

  it('keeps the trip across a restart of the background, and forgets it when the clerk moves the guide', () => {
    const s = signingOn();
    const resumed = resumeGuide(KS, s.step, s.done, AUTH, s.detour);
    expect(resumed.detour).toEqual(s.detour);
    expect(run(resumed, { type: 'url', url: AGENCY }).step).toBe(idx('nop-truc-tuyen'));
    expect(run(s, { type: 'back' }).detour).toBeUndefined();
  });

  it('from the home page the sign-on is the guide’s own first steps, not a side trip', () => {
    let s = run(startGuide(KS, HOME), { type: 'url', url: AUTH });
    expect(s).toMatchObject({ step: idx('vneid-tai-khoan'), onStepPage: true });
    expect(s.detour).toBeUndefined();
    s = run(s, screen('vneid-otp'), screen('vneid-chia-se'), { type: 'url', url: BACK });
    expect(s).toMatchObject({ step: idx('tim-thu-tuc'), onStepPage: true });
    expect(s.detour).toBeUndefined();
  });

  it('"I did this" on "Đăng nhập" (already signed in) goes on to the search, not to the sign-on screens', () => {
    const s = run(startGuide(KS, HOME), { type: 'manual' });
    expect(s).toMatchObject({ step: idx('tim-thu-tuc'), onStepPage: true });
    // Signing on after all (the button was not found, and pressed by hand): the screens still take the guide there.
    const on = run(s, { type: 'url', url: AUTH }, screen('vneid-tai-khoan'));
    expect(on).toMatchObject({ step: idx('vneid-tai-khoan'), detour: { returnTo: idx('tim-thu-tuc') } });
    expect(run(on, { type: 'url', url: BACK })).toMatchObject({ step: idx('tim-thu-tuc'), onStepPage: true });
  });

  it('a screen that is not this page’s, or a stale report, changes nothing', () => {
    const s = walkedTo('nop-truc-tuyen', AGENCY);
    expect(run(s, screen('vneid-otp'))).toBe(s); // the service list is not the sign-on host
    expect(run(s, screen('nothing'))).toBe(s);
  });
});
