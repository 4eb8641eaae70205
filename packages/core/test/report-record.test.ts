import { describe, expect, it } from 'vitest';
import { formatIssue, periodKind, periodOf, validateReport, validateReportJson } from '../src/index.js';

const report = (over: Record<string, unknown> = {}) => ({
  id: '0b6f0e52-2f0c-4f57-9a53-7d0b1c2d3e4f',
  planId: 'vinh-chau-papi-2023',
  unit: 'xa-lac-hoa',
  period: '2023-H1',
  tasks: [
    {
      taskId: 'a-1-5',
      status: 'done',
      evidence: 'https://vinhchau.soctrang.gov.vn/tin/123',
      note: 'Đã tuyên truyền 12 buổi',
    },
    { taskId: 'a-5-1', status: 'in-progress' },
  ],
  submittedAt: '2023-06-30T16:00:00+07:00',
  ...over,
});
const problems = (input: unknown, taskIds?: ReadonlySet<string>) => {
  const r = validateReport(input, taskIds ? { taskIds } : {});
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'en'));
};

describe('validateReport', () => {
  it('accepts a six-monthly report', () => {
    expect(problems(report())).toEqual([]);
    expect(problems(report({ period: '2023' }))).toEqual([]);
  });

  it('rejects malformed periods, statuses, evidence links and repeated tasks', () => {
    expect(problems(report({ period: '2023-Q1' }))).toEqual([
      'period: "2023-Q1" has the wrong format (use only YYYY, YYYY-H1, YYYY-H2)',
    ]);
    expect(problems(report({ tasks: [{ taskId: 'a-1-5', status: 'xong' }] }))).toEqual([
      'tasks[0].status: "xong" is not allowed; use one of: not-started, in-progress, done',
    ]);
    expect(problems(report({ tasks: [{ taskId: 'a-1-5', status: 'done', evidence: 'javascript:alert(1)' }] }))).toEqual(
      ['tasks[0].evidence: "javascript:alert(1)" is not an http(s) address'],
    );
    expect(
      problems(
        report({
          tasks: [
            { taskId: 'a', status: 'done' },
            { taskId: 'a', status: 'done' },
          ],
        }),
      ),
    ).toEqual(['tasks[1].taskId: id "a" repeats tasks[0]']);
    expect(problems(report({ tasks: [] }))).toEqual(['tasks: must not be empty']);
  });

  it("checks task ids against the plan's when asked", () => {
    expect(problems(report(), new Set(['a-1-5']))).toEqual(['tasks[1].taskId: unknown task "a-5-1" (not in the plan)']);
  });

  it('reports malformed JSON', () => {
    expect(validateReportJson('[').issues[0]?.code).toBe('invalid-json');
  });
});

describe('periods', () => {
  it('names the period a date falls in', () => {
    expect(periodOf('2026-06-30', 'six-monthly')).toBe('2026-H1');
    expect(periodOf('2026-07-01', 'six-monthly')).toBe('2026-H2');
    expect(periodOf('2026-11-27', 'yearly')).toBe('2026');
    expect(periodKind('2026-H2')).toBe('six-monthly');
    expect(periodKind('2026')).toBe('yearly');
    expect(periodKind('26-H1')).toBeUndefined();
  });
});
