import { describe, expect, it } from 'vitest';
import { VINH_CHAU_PLAN_2023, isOverdue, planProgress, statusOf, tasksForUnit, type PlanTask } from '../src/index.js';

const t = (id: string, over: Partial<PlanTask> = {}): PlanTask => ({
  id,
  activity: id,
  dimensions: ['d1'],
  lead: ['phong-noi-vu'],
  partners: [],
  timing: { kind: 'ongoing' },
  ...over,
});

describe('planProgress', () => {
  const tasks = [
    t('a', { dimensions: ['d1', 'd8'] }),
    t('b', { dimensions: ['d8'], lead: ['phong-tu-phap'] }),
    t('c', { timing: { kind: 'due', due: '2023-12-31' } }),
    t('d', { status: 'in-progress' }),
  ];

  it('rolls statuses up overall, per dimension and per lead unit', () => {
    const p = planProgress({ tasks }, { a: 'done', b: 'in-progress' }, '2023-06-01');
    expect(p.overall).toEqual({ total: 4, done: 1, inProgress: 2, notStarted: 1, overdue: 0, ratio: 0.25 });
    expect(p.byDimension.d8).toMatchObject({ total: 2, done: 1, inProgress: 1, ratio: 0.5 });
    expect(p.byDimension.d1).toMatchObject({ total: 3, done: 1 });
    expect(p.byDimension.d5).toEqual({ total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0, ratio: 0 });
    expect(p.byUnit.get('phong-noi-vu')).toMatchObject({ total: 3, done: 1 });
    expect(p.byUnit.get('phong-tu-phap')).toMatchObject({ total: 1, inProgress: 1 });
  });

  it('marks a dated task overdue the day after its date, unless done', () => {
    expect(planProgress({ tasks }, {}, '2023-12-31').overall.overdue).toBe(0);
    expect(planProgress({ tasks }, {}, '2024-01-01').overall.overdue).toBe(1);
    expect(planProgress({ tasks }, { c: 'done' }, '2024-01-01').overall.overdue).toBe(0);
    expect(isOverdue(tasks[0]!, 'not-started', '2030-01-01')).toBe(false);
  });

  it("prefers the officer's status, then the plan's, then not started", () => {
    expect(statusOf(tasks[3]!, {})).toBe('in-progress');
    expect(statusOf(tasks[3]!, { d: 'done' })).toBe('done');
    expect(statusOf(tasks[0]!)).toBe('not-started');
  });

  it('gives the 2023 plan its overdue dated task after 2023', () => {
    const p = planProgress(VINH_CHAU_PLAN_2023, {}, '2026-11-27');
    expect(p.overall.total).toBe(VINH_CHAU_PLAN_2023.tasks.length);
    expect(p.overall.overdue).toBe(VINH_CHAU_PLAN_2023.tasks.filter((x) => x.timing.kind === 'due').length);
    expect(p.overall.overdue).toBeGreaterThan(0);
  });
});

describe('tasksForUnit', () => {
  it('finds a commune\'s tasks through the "UBND xã, phường" group', () => {
    const ids = tasksForUnit(VINH_CHAU_PLAN_2023, 'xa-lac-hoa', 'lead').map((x) => x.id);
    expect(ids).toContain('a-1-5');
    expect(ids).not.toContain('a-1-1');
  });

  it('carries 2023 tasks over to the 2025 unit that succeeded the commune', () => {
    const old = tasksForUnit(VINH_CHAU_PLAN_2023, 'phuong-1', 'lead').map((x) => x.id);
    const now = tasksForUnit(VINH_CHAU_PLAN_2023, 'phuong-vinh-chau-2025', 'lead').map((x) => x.id);
    expect(now).toEqual(old);
    expect(now.length).toBeGreaterThan(0);
  });

  it('separates lead and partner roles', () => {
    const lead = tasksForUnit(VINH_CHAU_PLAN_2023, 'phong-tu-phap', 'lead').map((x) => x.id);
    const partner = tasksForUnit(VINH_CHAU_PLAN_2023, 'phong-van-hoa-thong-tin', 'partner').map((x) => x.id);
    // a-6-2's "Các cơ quan khác thực hiện tự kiểm tra" includes every town office.
    expect(lead).toEqual(['a-1-3', 'a-6-2', 'a-6-5']);
    expect(partner).toContain('a-1-2');
  });
});
