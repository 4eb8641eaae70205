import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, addDays, validateAnswer, validateFeedback, validateReport } from '@papi/core';
import { SAMPLE_FEEDBACK_COUNT, SAMPLE_PAGE, SAMPLE_REPORT_UNITS, sampleData } from '../src/sample-data.js';

const today = '2026-12-03';
const sample = sampleData(today);

describe("the demo's sample data", () => {
  it('is what the collector itself would accept', () => {
    for (const f of sample.feedback) expect(validateFeedback(f.record)).toMatchObject({ ok: true });
    for (const r of sample.reports) expect(validateReport(r)).toMatchObject({ ok: true });
  });

  it('spreads over the last months, every PAPI dimension and the five communes and wards', () => {
    expect(sample.feedback).toHaveLength(SAMPLE_FEEDBACK_COUNT);
    const dates = sample.feedback.map((f) => f.record.createdAt.slice(0, 10)).sort();
    expect(dates[0]! >= addDays(today, -8 * 30 - 1)).toBe(true);
    expect(dates.at(-1)! < today).toBe(true);
    expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(7);
    expect(new Set(sample.feedback.map((f) => f.period))).toEqual(new Set(['2026-H1', '2026-H2']));
    const dims = new Set(sample.feedback.map((f) => f.record.dimension));
    for (const d of DIMENSION_IDS) expect(dims).toContain(d);
    expect(new Set(sample.feedback.map((f) => f.record.unit)).size).toBe(5);
    expect(new Set(sample.feedback.map((f) => f.record.rating)).size).toBeGreaterThanOrEqual(4);
  });

  it('is marked as sample, holds no contact, and its reports belong to the current period', () => {
    expect(sample.feedback.every((f) => f.record.page === SAMPLE_PAGE && f.record.contact === undefined)).toBe(true);
    expect(new URL(SAMPLE_PAGE).hostname.endsWith('.invalid')).toBe(true);
    expect(sample.reports.map((r) => r.unit)).toEqual(SAMPLE_REPORT_UNITS);
    expect(new Set(sample.reports.map((r) => r.period))).toEqual(new Set(['2026-H2']));
    // Units stand at different stages, so that the dashboard has a unit behind.
    const shares = sample.reports.map((r) => r.tasks.filter((t) => t.status === 'done').length / r.tasks.length);
    expect(new Set(shares).size).toBe(shares.length);
  });

  it('has units’ answers and notes in progress, each valid, after its feedback and before today', () => {
    const byId = new Map(sample.feedback.map((f) => [f.record.id, f]));
    expect(sample.answers.length).toBeGreaterThan(20);
    for (const a of sample.answers) {
      expect(validateAnswer(a.change)).toEqual({ ok: true, change: a.change });
      const f = byId.get(a.feedbackId)!;
      expect(a.at > f.receivedAt).toBe(true);
      expect(a.at < `${today}T00:00:00Z`).toBe(true);
    }
    expect(new Set(sample.answers.map((a) => a.change.status))).toEqual(new Set(['answered', 'in-progress']));
    expect(new Set(sample.answers.map((a) => a.feedbackId)).size).toBe(sample.answers.length);
    const units = new Set(sample.answers.map((a) => byId.get(a.feedbackId)!.record.unit));
    expect(units.size).toBe(5);
  });

  it('is the same for the same day, so that a failing check can be reproduced', () => {
    expect(sampleData(today)).toEqual(sample);
    expect(sampleData(addDays(today, 1)).feedback[0]!.record.id).not.toBe(sample.feedback[0]!.record.id);
  });
});
