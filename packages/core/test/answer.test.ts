import { describe, expect, it } from 'vitest';
import {
  ANSWER_MAX_LENGTH,
  answerErased,
  CATALOGUES,
  DEFAULT_ANSWER_DAYS,
  DEFAULT_ANSWER_DAYS_CONFIRMED,
  DEFAULT_ANSWER_DAYS_NOTE,
  accountability,
  answerDueAt,
  answerLength,
  answerState,
  compareAccountability,
  daysToAnswer,
  fallsBack,
  formatIssue,
  isAnswerOverdue,
  medianDays,
  overdueCutoff,
  sameChange,
  validateAnswer,
} from '../src/index.js';

const codes = (input: unknown): string[] => {
  const v = validateAnswer(input);
  return v.ok ? [] : v.issues.map((i) => `${i.path}:${i.code}`);
};

describe('validateAnswer', () => {
  it('takes "in progress" with or without text, and "answered" with text, trimmed', () => {
    expect(validateAnswer({ status: 'in-progress' })).toEqual({ ok: true, change: { status: 'in-progress' } });
    expect(validateAnswer({ status: 'in-progress', answer: '   ' })).toEqual({
      ok: true,
      change: { status: 'in-progress' },
    });
    expect(validateAnswer({ status: 'answered', answer: '  Đã bổ sung mẫu tờ khai.\n' })).toEqual({
      ok: true,
      change: { status: 'answered', answer: 'Đã bổ sung mẫu tờ khai.' },
    });
  });

  it('needs the text when answered, and says so with its own code', () => {
    expect(codes({ status: 'answered' })).toEqual(['answer:answer-required']);
    expect(codes({ status: 'answered', answer: ' \n\t ' })).toEqual(['answer:answer-required']);
    expect(codes({ status: 'answered', answer: null })).toEqual(['answer:answer-required']);
  });

  it('counts the length in characters a reader sees, not UTF-16 units, after trimming', () => {
    const astral = '𠀀'; // one character, two UTF-16 units
    expect(answerLength(astral.repeat(3))).toBe(3);
    expect(validateAnswer({ status: 'answered', answer: astral.repeat(ANSWER_MAX_LENGTH) }).ok).toBe(true);
    expect(validateAnswer({ status: 'answered', answer: `  ${'a'.repeat(ANSWER_MAX_LENGTH)}  ` }).ok).toBe(true);
    const long = validateAnswer({ status: 'answered', answer: 'ạ'.repeat(ANSWER_MAX_LENGTH + 1) });
    expect(long).toEqual({
      ok: false,
      issues: [{ path: 'answer', code: 'answer-too-long', params: { length: 2001, max: 2000 } }],
    });
  });

  it('refuses another status, a status of "received", text that is not text, other fields and a non-object', () => {
    expect(codes({ status: 'received', answer: 'x' })).toEqual(['status:answer-status']);
    expect(codes({ answer: 'x' })).toEqual(['status:answer-status']);
    expect(codes({ status: 'done', answer: 'x' })).toEqual(['status:answer-status']);
    expect(codes({ status: 'answered', answer: 42 })).toEqual(['answer:answer-not-text']);
    expect(codes({ status: 'in-progress', note: 'x' })).toEqual(['note:unknown-field']);
    expect(codes([])).toEqual([':type']);
    expect(codes(null)).toEqual([':type']);
  });

  it('has a message for each of its codes in vi, en and km', () => {
    const issue = { path: 'answer', code: 'answer-too-long', params: { length: 2001, max: 2000 } } as const;
    expect(formatIssue(issue, 'vi')).toBe('answer: câu trả lời dài 2001 ký tự, tối đa 2000');
    expect(formatIssue(issue, 'en')).toBe('answer: the answer is 2001 characters long, at most 2000');
    expect(formatIssue(issue, 'km')).toContain('ចម្លើយ');
    for (const key of ['answer.status', 'answer.not-text', 'answer.required', 'answer.too-long'] as const) {
      expect(fallsBack('km', key), key).toBe(false);
      expect(CATALOGUES.en[key], key).toBeTruthy();
    }
    expect(
      formatIssue({ path: 'status', code: 'answer-status', params: { allowed: 'in-progress, answered' } }, 'vi'),
    ).toBe('status: trạng thái phải là một trong: in-progress, answered');
  });
});

describe('answerState: the latest change wins, the history stays', () => {
  it('is received without any change', () => {
    expect(answerState([])).toEqual({ status: 'received' });
  });

  it('follows in progress, answered, and a corrected answer, keeping the time first answered', () => {
    const history = [
      { status: 'in-progress', at: '2026-12-01T02:00:00.000Z' },
      { status: 'answered', answer: 'Đã xử lý.', at: '2026-12-03T02:00:00.000Z' },
      { status: 'answered', answer: 'Đã xử lý; hồ sơ trả ngày 05/12.', at: '2026-12-04T02:00:00.000Z' },
    ] as const;
    expect(answerState(history.slice(0, 1))).toEqual({ status: 'in-progress', updatedAt: '2026-12-01T02:00:00.000Z' });
    expect(answerState(history)).toEqual({
      status: 'answered',
      answer: 'Đã xử lý; hồ sơ trả ngày 05/12.',
      answeredAt: '2026-12-03T02:00:00.000Z',
      updatedAt: '2026-12-04T02:00:00.000Z',
    });
  });

  it('keeps the latest text through a later change without one, and counts a new answer from itself', () => {
    const reopened = [
      { status: 'answered', answer: 'Lần 1', at: '2026-12-03T00:00:00.000Z' },
      { status: 'in-progress', at: '2026-12-05T00:00:00.000Z' },
    ] as const;
    expect(answerState(reopened)).toEqual({
      status: 'in-progress',
      answer: 'Lần 1',
      updatedAt: '2026-12-05T00:00:00.000Z',
    });
    expect(answerState([...reopened, { status: 'answered', answer: 'Lần 2', at: '2026-12-09T00:00:00.000Z' }])).toEqual(
      {
        status: 'answered',
        answer: 'Lần 2',
        answeredAt: '2026-12-09T00:00:00.000Z',
        updatedAt: '2026-12-09T00:00:00.000Z',
      },
    );
  });

  it('tells a change that says nothing new', () => {
    expect(sameChange({ status: 'answered', answer: 'A' }, { status: 'answered', answer: 'A' })).toBe(true);
    expect(sameChange({ status: 'answered', answer: 'A' }, { status: 'answered', answer: 'B' })).toBe(false);
    expect(sameChange({ status: 'in-progress' }, { status: 'in-progress', answer: 'A' })).toBe(false);
    expect(sameChange({ status: 'in-progress' }, undefined)).toBe(false);
  });
});

describe('overdue', () => {
  it('keeps the default period as data, marked unconfirmed with the reason', () => {
    expect(DEFAULT_ANSWER_DAYS).toBe(15);
    expect(DEFAULT_ANSWER_DAYS_CONFIRMED).toBe(false);
    expect(DEFAULT_ANSWER_DAYS_NOTE).toMatch(/No legal source/);
  });

  it('is due the given days of 24 hours after receipt, and overdue only after that and only while not answered', () => {
    const received = '2026-11-27T01:30:00.000Z';
    expect(answerDueAt(received, 15)).toBe('2026-12-12T01:30:00.000Z');
    const due = Date.parse('2026-12-12T01:30:00.000Z');
    expect(isAnswerOverdue('received', received, 15, due)).toBe(false);
    expect(isAnswerOverdue('received', received, 15, due + 1)).toBe(true);
    expect(isAnswerOverdue('in-progress', received, 15, due + 1)).toBe(true);
    expect(isAnswerOverdue('answered', received, 15, due + 1)).toBe(false);
    expect(isAnswerOverdue('received', received, 3, new Date('2026-11-30T01:30:00.001Z'))).toBe(true);
  });

  it('gives the cut-off a store compares receipt times with: the same rule', () => {
    const now = new Date('2026-12-12T01:30:00.000Z');
    expect(overdueCutoff(now, 15)).toBe('2026-11-27T01:30:00.000Z');
    for (const received of ['2026-11-27T01:29:59.999Z', '2026-11-27T01:30:00.000Z', '2026-11-27T01:30:00.001Z'])
      expect(received < overdueCutoff(now, 15)).toBe(isAnswerOverdue('received', received, 15, now));
  });
});

describe('accountability figures', () => {
  it('takes the median of days to answer, to one decimal', () => {
    expect(daysToAnswer('2026-11-27T00:00:00.000Z', '2026-11-29T12:00:00.000Z')).toBe(2.5);
    expect(medianDays([])).toBeNull();
    expect(medianDays([9, 1, 4])).toBe(4);
    expect(medianDays([1, 2, 3, 10])).toBe(2.5);
    expect(medianDays([0.04, 0.11])).toBe(0.1);
  });

  it('gives the share answered, and null without feedback', () => {
    expect(accountability(3, 1, [2, 4])).toEqual({
      feedback: 3,
      answered: 2,
      answeredShare: 0.6667,
      medianDaysToAnswer: 3,
      overdue: 1,
    });
    expect(accountability(0, 0, [])).toEqual({
      feedback: 0,
      answered: 0,
      answeredShare: null,
      medianDaysToAnswer: null,
      overdue: 0,
    });
  });

  it('puts the unit furthest behind first: lowest share answered, then most overdue, then slowest', () => {
    const units = {
      none: accountability(0, 0, []),
      half: accountability(4, 2, [1, 1]),
      halfLate: accountability(4, 3, [1, 1]),
      halfSlow: accountability(4, 2, [9, 9]),
      all: accountability(2, 0, [1, 2]),
      nothing: accountability(5, 0, []),
    };
    const order = Object.entries(units)
      .sort(([, a], [, b]) => compareAccountability(a, b))
      .map(([k]) => k);
    expect(order).toEqual(['nothing', 'halfLate', 'halfSlow', 'half', 'all', 'none']);
  });

  it('tells an answer whose text was erased (only forget leaves an "answered" without text)', () => {
    expect(answerErased({ status: 'answered' })).toBe(true);
    expect(answerErased({ status: 'answered', answer: null })).toBe(true);
    expect(answerErased({ status: 'answered', answer: 'Đã xong.' })).toBe(false);
    expect(answerErased({ status: 'in-progress' })).toBe(false);
    expect(answerErased({ status: 'received' })).toBe(false);
  });
});
