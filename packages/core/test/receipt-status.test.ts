import { describe, expect, it } from 'vitest';
import { ANSWER_MAX_LENGTH, ANSWER_STATUSES, answerLength, formatIssue, validateReceiptStatus } from '../src/index.js';

const received = {
  receipt: 'K7MQ-3XPD',
  status: 'received',
  unit: 'xa-lai-hoa-2025',
  receivedAt: '2026-11-27T01:30:00.000Z',
};
const problems = (input: unknown) => {
  const r = validateReceiptStatus(input);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'en'));
};

describe('answer statuses', () => {
  it('are received, in progress and answered, in that order', () => {
    expect(ANSWER_STATUSES).toEqual(['received', 'in-progress', 'answered']);
  });

  it('count an answer in characters as read: a Khmer or emoji character written with two UTF-16 units is one', () => {
    expect(answerLength('Đã xử lý')).toBe(8);
    expect(answerLength('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
  });
});

describe('validateReceiptStatus', () => {
  it('takes today’s collector answer (received) and the richer states of the answers contract', () => {
    expect(validateReceiptStatus(received)).toEqual({ ok: true, value: received });
    const answered = {
      ...received,
      status: 'answered',
      updatedAt: '2026-12-02T03:00:00Z',
      answeredAt: '2026-12-02T03:00:00Z',
      answer: 'UBND xã đã bố trí thêm một cán bộ tiếp nhận hồ sơ buổi sáng.\nCảm ơn ông/bà.',
    };
    expect(validateReceiptStatus(answered)).toEqual({ ok: true, value: answered });
    expect(problems({ ...received, status: 'in-progress', updatedAt: '2026-11-28T02:00:00+07:00' })).toEqual([]);
  });

  it('keeps only the fields of the contract: whatever else a collector sends is never shown', () => {
    const r = validateReceiptStatus({ ...received, comment: 'Chờ lâu', contact: '0912 345 678', rating: 1 });
    expect(r).toEqual({ ok: true, value: received });
  });

  it('drops an answer that is only blanks', () => {
    expect(validateReceiptStatus({ ...received, status: 'in-progress', answer: '  ' })).toEqual({
      ok: true,
      value: { ...received, status: 'in-progress' },
    });
  });

  it('refuses an answer that is not a status of the contract, or has a malformed code, unit or date', () => {
    expect(problems({ ...received, status: 'closed' })).toEqual([
      'status: "closed" is not allowed; use one of: received, in-progress, answered',
    ]);
    expect(problems({ ...received, receipt: 'k7mq3xpd' })).toEqual([
      'receipt: "k7mq3xpd" has the wrong format (use only 0-9 and A-Z without I, L, O, U, as XXXX-XXXX)',
    ]);
    expect(problems({ ...received, unit: '<b>x</b>' })).toHaveLength(1);
    expect(problems({ ...received, receivedAt: 'yesterday' })).toEqual([
      'receivedAt: "yesterday" is not a valid time (ISO 8601 with a zone)',
    ]);
    expect(problems(null)).toHaveLength(1);
    expect(problems('<html>')).toHaveLength(1);
  });

  it('counts the answer’s limit in characters, not UTF-16 units', () => {
    const khmer = 'ក'.repeat(ANSWER_MAX_LENGTH);
    expect(problems({ ...received, status: 'answered', answer: khmer })).toEqual([]);
    const emoji = '😀'.repeat(ANSWER_MAX_LENGTH); // 4,000 UTF-16 units, 2,000 characters
    expect(problems({ ...received, status: 'answered', answer: emoji })).toEqual([]);
    expect(problems({ ...received, status: 'answered', answer: `${emoji}!` })).toEqual([
      `answer: is ${ANSWER_MAX_LENGTH + 1} characters long, at most ${ANSWER_MAX_LENGTH}`,
    ]);
  });
});
