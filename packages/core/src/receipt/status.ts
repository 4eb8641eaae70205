import { ANSWER_MAX_LENGTH, ANSWER_STATUSES, type AnswerStatus, answerLength } from '../feedback/answer.js';
import { unitIdCheck } from '../units/extra.js';
import {
  type Check,
  type Issue,
  IssueList,
  isoDateTime,
  object,
  oneOf,
  optional,
  preview,
  string,
} from '../validation/schema.js';
import { parseReceipt } from './receipt.js';

/**
 * What anyone holding a receipt code may learn (GET /api/receipts/:code): where the feedback stands and the unit's
 * answer. Nothing the resident wrote or gave: no comment, contact, dossier code, page or rating.
 */
export interface ReceiptStatus {
  readonly receipt: string;
  readonly status: AnswerStatus;
  /** The unit the feedback is about (units registry id, or one of the collector's PAPI_UNITS). */
  readonly unit: string;
  readonly receivedAt: string;
  /** The last change of status. */
  readonly updatedAt?: string;
  /** Only once answered. */
  readonly answeredAt?: string;
  /** Plain text of the latest change that carried text; never markup. */
  readonly answer?: string;
}

const receiptCode: Check = (value, path, issues) =>
  string({ max: 32 })(value, path, issues) &&
  (parseReceipt(value as string) === value ||
    issues.add(path, 'invalid-format', {
      value: preview(value),
      format: '0-9 and A-Z without I, L, O, U, as XXXX-XXXX',
    }));

const answerText: Check = (value, path, issues) => {
  if (!string({ min: 0, max: Number.MAX_SAFE_INTEGER })(value, path, issues)) return false;
  const length = answerLength(value as string);
  return length <= ANSWER_MAX_LENGTH || issues.add(path, 'too-long', { max: ANSWER_MAX_LENGTH, length });
};

// Fields a later collector may add are let through (and never shown): a status page keeps working across versions.
const schema = object(
  {
    receipt: receiptCode,
    status: oneOf(ANSWER_STATUSES),
    unit: unitIdCheck,
    receivedAt: isoDateTime,
    updatedAt: optional(isoDateTime),
    answeredAt: optional(isoDateTime),
    answer: optional(answerText),
  },
  { allowUnknown: true },
);

export type ReceiptStatusValidation =
  { readonly ok: true; readonly value: ReceiptStatus } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Checks a collector's answer to GET /api/receipts/:code, and keeps only the fields the contract names. */
export function validateReceiptStatus(input: unknown): ReceiptStatusValidation {
  const issues = new IssueList();
  schema(input, '', issues);
  if (issues.items.length > 0) return { ok: false, issues: issues.items };
  const i = input as unknown as ReceiptStatus;
  return {
    ok: true,
    value: {
      receipt: i.receipt,
      status: i.status,
      unit: i.unit,
      receivedAt: i.receivedAt,
      ...(i.updatedAt !== undefined ? { updatedAt: i.updatedAt } : {}),
      ...(i.answeredAt !== undefined ? { answeredAt: i.answeredAt } : {}),
      ...(i.answer !== undefined && i.answer.trim() !== '' ? { answer: i.answer } : {}),
    },
  };
}
