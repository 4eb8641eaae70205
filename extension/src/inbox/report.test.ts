import { describe, expect, it } from 'vitest';
import { guideById } from '../guides/index.js';
import { checkReport } from './report.js';

const guide = guideById('khai-sinh')!;
const [a, b, c] = guide.steps.map((s) => s.id);

describe('the content script’s answer to "check this guide here"', () => {
  it('accepts the guide’s steps in order, each in its result’s shape', () => {
    const steps = [
      { step: a, result: 'found', strategy: 'label', failed: [] },
      { step: b, result: 'not-found', tried: ['role', 'css'] },
      { step: c, result: 'no-target' },
    ];
    expect(checkReport({ type: 'check-report', steps }, guide)).toEqual({ ok: true, steps });
    expect(checkReport({ type: 'check-report', steps: [] }, guide)).toEqual({ ok: true, steps: [] });
  });

  it('refuses another shape, an unknown or repeated step, a strategy that is not one, and extra fields', () => {
    const refused = (reply: unknown): string => {
      const r = checkReport(reply, guide);
      if (r.ok) throw new Error(`accepted ${JSON.stringify(reply)}`);
      return r.reason;
    };
    expect(refused(null)).toMatch(/not a report/);
    expect(refused({ type: 'check-report', steps: [], url: 'https://dichvucong.gov.vn/x' })).toMatch(/not a report/);
    expect(refused({ type: 'check-report', steps: [{ step: 'nope', result: 'no-target' }] })).toMatch(
      /steps\[0\].step/,
    );
    expect(
      refused({
        type: 'check-report',
        steps: [
          { step: b, result: 'no-target' },
          { step: a, result: 'no-target' },
        ],
      }),
    ).toMatch(/steps\[1\].step/);
    expect(
      refused({ type: 'check-report', steps: [{ step: a, result: 'found', strategy: 'xpath', failed: [] }] }),
    ).toMatch(/steps\[0\]/);
    expect(
      refused({ type: 'check-report', steps: [{ step: a, result: 'not-found', tried: [], html: '<b>' }] }),
    ).toMatch(/steps\[0\]/);
    expect(refused({ type: 'check-report', steps: [{ step: a, result: 'maybe' }] })).toMatch(/steps\[0\]/);
  });
});
