import { describe, expect, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, formatIssue, validatePlan, validatePlanJson, MAX_ISSUES } from '../src/index.js';

const task = (over: Record<string, unknown> = {}) => ({
  id: 't1',
  activity: 'Tuyên truyền',
  dimensions: ['d1'],
  lead: ['phong-noi-vu'],
  partners: [],
  timing: { kind: 'ongoing' },
  ...over,
});
const plan = (over: Record<string, unknown> = {}) => ({
  id: 'ke-hoach-thu',
  title: 'Kế hoạch thử',
  year: 2026,
  tasks: [task()],
  ...over,
});
const messages = (input: unknown, locale: 'vi' | 'en' = 'en') => {
  const r = validatePlan(input);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, locale));
};

describe('validatePlan', () => {
  it('accepts the 2023 plan shipped in core, and a minimal plan', () => {
    expect(validatePlan(VINH_CHAU_PLAN_2023)).toEqual({ ok: true, plan: VINH_CHAU_PLAN_2023, issues: [] });
    expect(validatePlan(plan()).ok).toBe(true);
  });

  it('names the path and the unknown unit, in English and in Vietnamese', () => {
    const input = plan({
      tasks: [task(), task({ id: 't2' }), task({ id: 't3' }), task({ id: 't4', lead: ['phong-noi-vu2'] })],
    });
    expect(messages(input)).toEqual(['tasks[3].lead[0]: unknown unit "phong-noi-vu2"']);
    expect(messages(input, 'vi')).toEqual(['tasks[3].lead[0]: đơn vị "phong-noi-vu2" không có trong danh mục đơn vị']);
  });

  it('reports every problem in one pass', () => {
    const input = plan({
      year: 20.5,
      tasks: [
        task({
          id: 'a',
          dimensions: ['d9'],
          partners: ['khong-co'],
          timing: { kind: 'due', due: '2023-02-30' },
          status: 'finished',
          leed: [],
        }),
      ],
    });
    expect(messages(input)).toEqual([
      'year: 20.5 must be a whole number',
      'tasks[0].dimensions[0]: unknown PAPI dimension "d9" (d1–d8)',
      'tasks[0].partners[0]: unknown unit "khong-co"',
      'tasks[0].timing.due: "2023-02-30" is not a valid date (YYYY-MM-DD)',
      'tasks[0].status: "finished" is not allowed; use one of: not-started, in-progress, done',
      'tasks[0].leed: field "leed" is not supported (misspelt?)',
    ]);
  });

  it('explains wrong types, missing and empty fields', () => {
    expect(messages('not a plan')).toEqual(['must be an object, but is a string']);
    expect(messages(null)).toEqual(['must be an object, but is null']);
    expect(messages({ id: 'x', title: '', year: 2026, tasks: [] })).toEqual([
      'title: must not be empty',
      'tasks: must not be empty',
    ]);
    expect(messages({ title: 'T', year: '2026', tasks: 'nhiều' })).toEqual([
      'id: is required',
      'year: must be a whole number, but is a string',
      'tasks: must be a list, but is a string',
    ]);
    expect(messages(plan({ tasks: [task({ lead: [] })] }))).toEqual(['tasks[0].lead: must not be empty']);
    expect(messages(plan({ year: 1999 }))).toEqual(['year: value 1999 is outside 2000–2100']);
  });

  it('checks ids: format, duplicates and group references', () => {
    expect(messages(plan({ id: 'Kế hoạch' }))).toEqual(['id: "Kế hoạch" has the wrong format (use only a-z, 0-9, -)']);
    expect(messages(plan({ tasks: [task(), task()] }))).toEqual(['tasks[1].id: id "t1" repeats tasks[0]']);
    expect(
      messages(plan({ groups: [{ id: 'g1', number: '1', title: 'Nhóm' }], tasks: [task({ group: 'g2' })] })),
    ).toEqual(['tasks[0].group: unknown group "g2"']);
  });

  it('checks timing kinds and localized texts', () => {
    expect(messages(plan({ tasks: [task({ timing: { kind: 'sometimes' } })] }))).toEqual([
      'tasks[0].timing.kind: "sometimes" is not allowed; use one of: ongoing, per-plan, due',
    ]);
    expect(messages(plan({ tasks: [task({ timing: { kind: 'due' } })] }))).toEqual([
      'tasks[0].timing.due: is required',
    ]);
    expect(messages(plan({ tasks: [task({ timing: 'Thường xuyên' })] }))).toEqual([
      'tasks[0].timing: must be an object, but is a string',
    ]);
    expect(messages(plan({ title: { en: 'Only English' } }))).toEqual(['title.vi: is required']);
    expect(messages(plan({ title: { vi: 'Kế hoạch', en: 'Plan', km: 'ផែនការ' } }))).toEqual([]);
    expect(messages(plan({ tasks: [task({ activity: 'x'.repeat(4001) })] }))).toEqual([
      'tasks[0].activity: is 4001 characters long, at most 4000',
    ]);
  });

  it("accepts units a plan brings along for another town's bodies", () => {
    const input = plan({
      units: [{ id: 'phong-noi-vu-tan-an', name: 'Phòng Nội vụ Tân An' }],
      tasks: [task({ lead: ['phong-noi-vu-tan-an'] })],
    });
    expect(messages(input)).toEqual([]);
    expect(validatePlan(plan({ tasks: [task({ lead: ['ubnd-x'] })] }), { units: [{ id: 'ubnd-x' }] }).ok).toBe(true);
  });

  it('parses JSON text and reports a syntax error instead of throwing', () => {
    const r = validatePlanJson('{"id": "x", ');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('invalid-json');
    expect(formatIssue(r.issues[0]!, 'vi')).toMatch(/^không phải JSON hợp lệ/);
    expect(validatePlanJson(JSON.stringify(plan())).ok).toBe(true);
  });

  it('stops collecting after MAX_ISSUES and says so', () => {
    const tasks = Array.from({ length: 300 }, (_, i) => task({ id: `t${i}`, lead: ['khong-co'] }));
    const r = validatePlan(plan({ tasks }));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(MAX_ISSUES + 1);
    expect(formatIssue(r.issues.at(-1)!, 'en')).toBe(`too many problems; only the first ${MAX_ISSUES} are shown`);
  });
});
