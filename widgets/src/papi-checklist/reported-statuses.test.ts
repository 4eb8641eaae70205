import { describe, expect, it } from 'vitest';
import { reportedFor } from './reported-statuses.js';

const entry = (over: Record<string, unknown>) => ({
  unit: 'xa-lai-hoa-2025',
  planId: 'p',
  period: '2026-H2',
  submittedAt: '2026-11-19T02:00:00.000Z',
  statuses: { '1.5': 'done' },
  ...over,
});

describe('reportedFor', () => {
  it('takes the latest report of the unit for the plan', () => {
    const stats = {
      selfAssessment: [
        entry({ period: '2026-H1', submittedAt: '2026-06-20T02:00:00.000Z', statuses: { '1.5': 'in-progress' } }),
        entry({}),
        entry({ unit: 'xa-vinh-hai-2025', submittedAt: '2026-12-01T00:00:00.000Z' }),
        entry({ planId: 'other', submittedAt: '2026-12-01T00:00:00.000Z' }),
      ],
    };
    expect(reportedFor(stats, 'p', 'xa-lai-hoa-2025')).toEqual({
      period: '2026-H2',
      submittedAt: '2026-11-19T02:00:00.000Z',
      statuses: { '1.5': 'done' },
    });
  });

  it('keeps only known statuses and ignores answers of another shape', () => {
    expect(
      reportedFor({ selfAssessment: [entry({ statuses: { a: 'done', b: '<img>', c: 3 } })] }, 'p', 'xa-lai-hoa-2025')
        ?.statuses,
    ).toEqual({ a: 'done' });
    expect(reportedFor({ selfAssessment: 'x' }, 'p', 'xa-lai-hoa-2025')).toBeUndefined();
    expect(reportedFor(null, 'p', 'xa-lai-hoa-2025')).toBeUndefined();
    expect(reportedFor({ selfAssessment: [entry({ statuses: undefined })] }, 'p', 'xa-lai-hoa-2025')).toBeUndefined();
  });
});
