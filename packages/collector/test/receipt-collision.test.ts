import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { type FeedbackRecord, receiptFromBytes } from '@papi/core';
import { PgStore, SqliteStore, type Store } from '../src/index.js';
import { feedback } from './helpers.js';
import { describePg, freshSchema } from './pg.js';

// The random source draws the same five bytes twice, then others: the second record's first code is taken.
const draws = vi.hoisted(() => ({ queue: [] as number[][] }));
vi.mock('node:crypto', async (original) => {
  const crypto = await original<typeof Crypto>();
  return {
    ...crypto,
    randomBytes: (n: number) => {
      const next = draws.queue.shift();
      return next ? Buffer.from(next) : crypto.randomBytes(n);
    },
  };
});

const meta = { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' };
const fb = () => feedback() as unknown as FeedbackRecord;

async function drawsAgainWhenTaken(store: Store): Promise<void> {
  draws.queue = [
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4, 5],
    [9, 9, 9, 9, 9],
  ];
  const first = await store.putFeedback(fb(), meta);
  const second = await store.putFeedback(fb(), meta);
  const taken = receiptFromBytes(new Uint8Array([1, 2, 3, 4, 5]));
  const drawnAgain = receiptFromBytes(new Uint8Array([9, 9, 9, 9, 9]));
  expect(first).toMatchObject({ kind: 'created', ack: { receipt: taken } });
  expect(second).toMatchObject({ kind: 'created', ack: { receipt: drawnAgain } });
  expect(await store.receipt(drawnAgain)).toMatchObject({ receivedAt: meta.receivedAt });
}

describe('a receipt code already taken', () => {
  it('is drawn again on SQLite, and the record is stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papi-receipt-'));
    const store = new SqliteStore(join(dir, 'papi.sqlite'));
    try {
      await drawsAgainWhenTaken(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describePg('a receipt code already taken', () => {
  it('is drawn again on PostgreSQL, and the record is stored', async () => {
    const db = await freshSchema();
    const store = await PgStore.open(db.url);
    try {
      await drawsAgainWhenTaken(store);
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
