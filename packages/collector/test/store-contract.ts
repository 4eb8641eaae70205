import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedbackRecord, type UnitReport, VINH_CHAU_PLAN_2023, tasksForUnit } from '@papi/core';
import { REPORT_HISTORY, type Store, computeStats } from '../src/index.js';
import { feedback, report } from './helpers.js';

/** One database and a way to open collector instances on it: each open() is another instance sharing the data. */
export interface StoreHarness {
  open(): Promise<Store>;
  /** Removes the database once every instance is closed. */
  cleanup(): Promise<void>;
}

/** A receipt code as residents see it: two groups of four symbols of Crockford's base 32. */
const RECEIPT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
const meta = { receivedAt: '2026-11-27T01:00:00.000Z', period: '2026-H2' };
const fb = (over: Record<string, unknown> = {}) => feedback(over) as unknown as FeedbackRecord;
const rp = (over: Record<string, unknown> = {}) => report(over) as unknown as UnitReport;
export const collect = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
};

/**
 * The Store contract, run against every implementation (stores.test.ts): what the server relies on, whichever
 * engine is behind it, and whichever of several instances a request reaches.
 */
export function storeContract(name: string, harness: () => Promise<StoreHarness>): void {
  describe(`${name}: the Store contract`, () => {
    let h: StoreHarness;
    let opened: Store[];
    let store: Store;
    const instance = async (): Promise<Store> => {
      const s = await h.open();
      opened.push(s);
      return s;
    };

    beforeEach(async () => {
      h = await harness();
      opened = [];
      store = await instance();
    });
    afterEach(async () => {
      await Promise.all(opened.map((s) => s.close()));
      await h.cleanup();
    });

    it('stores a feedback id once, answering repeats with the first acknowledgement, on any instance', async () => {
      const record = fb();
      const first = await store.putFeedback(record, meta);
      expect(first).toEqual({
        kind: 'created',
        ack: { id: record.id, receivedAt: meta.receivedAt, receipt: expect.stringMatching(RECEIPT) },
      });
      const again = await store.putFeedback(record, { ...meta, receivedAt: '2026-11-28T00:00:00.000Z' });
      expect(again).toEqual({ kind: 'repeat', ack: first.ack });
      const other = await instance();
      expect(await other.putFeedback(record, { ...meta, receivedAt: '2026-11-29T00:00:00.000Z' })).toEqual({
        kind: 'repeat',
        ack: first.ack,
      });
      // UUIDs are case-insensitive: the same id in capitals is the same record.
      expect((await other.putFeedback({ ...record, id: record.id.toUpperCase() }, meta)).kind).toBe('repeat');
      expect(await other.putFeedback({ ...record, rating: 1 }, meta)).toEqual({ kind: 'conflict', ack: first.ack });
      const rows = await collect(other.feedbackRows());
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: record.id, rating: 4, comment: record.comment, receivedAt: meta.receivedAt });
    });

    it('gives each feedback its own receipt code, the same on every repeat, and tells by code only the unit and the time', async () => {
      const records = Array.from({ length: 200 }, (_, i) => fb({ unit: i % 2 ? 'phong-noi-vu' : 'xa-lac-hoa' }));
      const acks = await Promise.all(records.map((r) => store.putFeedback(r, meta).then((p) => p.ack)));
      const codes = acks.map((a) => a.receipt!);
      for (const code of codes) expect(code).toMatch(RECEIPT);
      expect(new Set(codes).size).toBe(records.length);
      const other = await instance();
      // A resend, on any instance, gets the code it got the first time.
      expect(
        (await other.putFeedback(records[7]!, { ...meta, receivedAt: '2026-11-28T00:00:00.000Z' })).ack.receipt,
      ).toBe(codes[7]);
      const found = await other.receipt(codes[7]!);
      expect(found).toEqual({
        receipt: codes[7],
        unit: records[7]!.unit,
        receivedAt: meta.receivedAt,
        status: 'received',
      });
      expect(JSON.stringify(found)).not.toContain(records[7]!.comment as string);
      expect(await other.receipt('0000-0000')).toBeNull();
    });

    it('keeps every field of a record as sent, nulls included', async () => {
      const full = fb({ contact: 'ông Sơn, 0912 345 678', consent: true, dossier: 'H59.24-261127-0042', lang: 'km' });
      const bare = fb({
        service: undefined,
        dimension: undefined,
        comment: undefined,
        page: undefined,
        consent: false,
      });
      await store.putFeedback(full, meta);
      await store.putFeedback(bare, { ...meta, period: '2027-H1' });
      const rows = await collect(store.feedbackRows());
      expect(rows).toEqual([
        { ...full, period: meta.period, receivedAt: meta.receivedAt },
        {
          ...bare,
          service: null,
          dimension: null,
          comment: null,
          contact: null,
          dossier: null,
          page: null,
          period: '2027-H1',
          receivedAt: meta.receivedAt,
        },
      ]);
    });

    it('keeps the kiosk’s dossier code for the unit, never by receipt code; it is part of what a repeat must match', async () => {
      const kiosk = fb({ dossier: 'H59.24-261127-0042', comment: undefined, page: undefined });
      const first = await store.putFeedback(kiosk, meta);
      const other = await instance();
      expect(await other.putFeedback(kiosk, meta)).toEqual({ kind: 'repeat', ack: first.ack });
      // Another code, or none, under the same id is another record.
      expect(await other.putFeedback({ ...kiosk, dossier: 'H59.24-261127-0043' }, meta)).toEqual({
        kind: 'conflict',
        ack: first.ack,
      });
      const { dossier: _, ...without } = kiosk;
      expect((await store.putFeedback(without, meta)).kind).toBe('conflict');
      // And a code added to a record stored without one.
      const plain = fb();
      const plainAck = (await store.putFeedback(plain, meta)).ack;
      expect(await other.putFeedback({ ...plain, dossier: 'H59.24-261127-0042' }, meta)).toEqual({
        kind: 'conflict',
        ack: plainAck,
      });
      const inbox = (await other.unitFeedback('xa-lac-hoa', { limit: 5 })).rows;
      expect(inbox.map((r) => [r.receipt, r.dossier]).sort()).toEqual(
        [
          [first.ack.receipt, 'H59.24-261127-0042'],
          [plainAck.receipt, null],
        ].sort(),
      );
      const found = await other.receipt(first.ack.receipt!);
      expect(found).toEqual({
        receipt: first.ack.receipt,
        unit: 'xa-lac-hoa',
        receivedAt: meta.receivedAt,
        status: 'received',
      });
      expect(JSON.stringify(found)).not.toContain('H59');
      expect((await collect(store.feedbackRows())).find((r) => r.id === kiosk.id)?.dossier).toBe('H59.24-261127-0042');
    });

    it('answers the same new id sent to two instances at once as created once and repeated once', async () => {
      const other = await instance();
      for (let i = 0; i < 20; i++) {
        const record = fb();
        const results = await Promise.all([store.putFeedback(record, meta), other.putFeedback(record, meta)]);
        expect(results.map((r) => r.kind).sort()).toEqual(['created', 'repeat']);
        const r = rp();
        const reports = await Promise.all([store.putReport(r, meta), other.putReport(r, meta)]);
        expect(reports.map((x) => x.kind).sort()).toEqual(['created', 'repeat']);
        expect(reports[0]!.ack).toEqual(reports[1]!.ack);
      }
      expect(await store.counts()).toEqual({ feedback: 20, reports: 20 });
    });

    it('takes concurrent writes, each resolving once, duplicates included', async () => {
      const records = Array.from({ length: 50 }, () => fb());
      const results = await Promise.all([...records, ...records.slice(0, 10)].map((r) => store.putFeedback(r, meta)));
      expect(results.filter((r) => r.kind === 'created')).toHaveLength(50);
      expect(results.filter((r) => r.kind === 'repeat')).toHaveLength(10);
      expect((await store.counts()).feedback).toBe(50);
    });

    it('fails a write the database refuses alone: the writes beside it, repeats and conflicts included, go through', async () => {
      const known = fb();
      await store.putFeedback(known, meta);
      const good = [fb(), fb(), fb()];
      // A rating the table's CHECK refuses: the server never lets one through, but the store must cope.
      const bad = fb({ rating: 9 });
      const reportBad = rp({
        tasks: [
          { taskId: 'a-1-5', status: 'done' },
          { taskId: null, status: 'done' },
        ],
      });
      const settled = await Promise.allSettled([
        store.putFeedback(good[0]!, meta),
        store.putFeedback(bad, meta),
        store.putFeedback(known, meta),
        store.putReport(reportBad, meta),
        store.putFeedback(good[1]!, meta),
        store.putFeedback({ ...known, rating: 1 }, meta),
        store.putFeedback(good[2]!, meta),
      ]);
      expect(settled.map((r) => (r.status === 'fulfilled' ? r.value.kind : 'rejected'))).toEqual([
        'created',
        'rejected',
        'repeat',
        'rejected',
        'created',
        'conflict',
        'created',
      ]);
      const rows = await collect(store.feedbackRows());
      expect(rows.map((r) => r.id).sort()).toEqual([known, ...good].map((r) => r.id).sort());
      // The report's row and first task went in before its second task failed: none of it stays.
      expect(await store.counts()).toEqual({ feedback: 4, reports: 0 });
      expect(await collect(store.reportTaskRows())).toEqual([]);
    });

    it('keeps what it acknowledged when the instance is closed and another opened', async () => {
      const record = fb();
      const r = rp();
      await store.putFeedback(record, meta);
      const ack = await store.putReport(r, meta);
      await store.close();
      store = await instance();
      expect((await store.putFeedback(record, meta)).kind).toBe('repeat');
      expect(await store.putReport(r, meta)).toEqual({ kind: 'repeat', ack: ack.ack });
    });

    it('commits and answers the writes already accepted when it is closed', async () => {
      const records = Array.from({ length: 30 }, () => fb());
      const puts = records.map((r) => store.putFeedback(r, meta));
      await store.close();
      expect((await Promise.all(puts)).map((r) => r.kind)).toEqual(records.map(() => 'created'));
      await expect(store.putFeedback(fb(), meta)).rejects.toThrow('the store is closed');
      store = await instance();
      expect((await store.counts()).feedback).toBe(30);
    });

    it('lets a later-submitted report supersede the current one and keeps the older as history', async () => {
      const other = await instance();
      const older = rp({ submittedAt: '2023-06-20T08:00:00+07:00' });
      const newer = rp({ submittedAt: '2023-06-30T08:00:00+07:00', tasks: [{ taskId: 'a-1-5', status: 'done' }] });
      expect(await store.putReport(older, meta)).toMatchObject({ kind: 'created', ack: { current: true } });
      expect(await other.putReport(newer, meta)).toMatchObject({
        kind: 'created',
        ack: { current: true, supersedes: older.id },
      });
      // An outbox re-sending an even older draft after the newer one does not displace it.
      const stale = rp({ submittedAt: '2023-06-01T08:00:00+07:00' });
      expect(await store.putReport(stale, meta)).toMatchObject({
        kind: 'created',
        ack: { current: false, supersededBy: newer.id },
      });
      expect((await store.latestReports()).map((r) => r.id)).toEqual([newer.id]);
      // Another period is a separate line of reports, and the unit's latest report is then that one.
      const h2 = rp({ period: '2023-H2', submittedAt: '2023-12-30T08:00:00+07:00' });
      expect(await other.putReport(h2, meta)).toMatchObject({ ack: { current: true } });
      expect((await store.latestReports()).map((r) => r.id)).toEqual([h2.id]);
      const rows = await collect(store.reportTaskRows());
      expect(rows.filter((r) => r.reportId === older.id).map((r) => [r.current, r.supersededBy])).toEqual([
        [false, newer.id],
        [false, newer.id],
      ]);
      expect(rows.filter((r) => r.current).map((r) => r.reportId)).not.toContain(stale.id);
      expect(rows.find((r) => r.reportId === older.id && r.taskId === 'a-1-5')).toMatchObject({
        planId: 'vinh-chau-papi-2023',
        unit: 'xa-lac-hoa',
        period: '2023-H1',
        submittedAt: older.submittedAt,
        receivedAt: meta.receivedAt,
        lang: null,
        status: 'done',
        evidence: 'https://vinhchau.soctrang.gov.vn/tin/123',
        note: 'Đã tuyên truyền 12 buổi',
      });
      expect((await store.counts()).reports).toBe(4);
    });

    it('keeps one current report when instances race with reports for the same unit, plan and period', async () => {
      const others = [await instance(), await instance()];
      const stores = [store, ...others];
      // 30 reports submitted a minute apart, sent in a shuffled order, three at a time, to the three instances.
      const reports = Array.from({ length: 30 }, (_, i) =>
        rp({
          submittedAt: new Date(Date.UTC(2023, 5, 1, 0, i)).toISOString(),
          tasks: [{ taskId: 'a-1-5', status: i % 2 ? 'done' : 'in-progress' }],
        }),
      );
      const order = [...reports].sort(() => Math.random() - 0.5);
      const acks = new Map<string, unknown>();
      for (let i = 0; i < order.length; i += 3) {
        const results = await Promise.all(order.slice(i, i + 3).map((r, j) => stores[j]!.putReport(r, meta)));
        results.forEach((res) => {
          expect(res.kind).toBe('created');
          acks.set(res.ack.id, res.ack);
        });
      }
      expect(acks.size).toBe(30);
      const last = reports[reports.length - 1]!;
      expect((await others[0]!.latestReports()).map((r) => r.id)).toEqual([last.id]);
      const rows = await collect(store.reportTaskRows());
      expect(rows.filter((r) => r.current).map((r) => r.reportId)).toEqual([last.id]);
      // Every other report names the one that replaced it, which is submitted later.
      const submitted = new Map(reports.map((r) => [r.id, r.submittedAt]));
      for (const row of rows.filter((r) => !r.current))
        expect(submitted.get(row.supersededBy!)! > row.submittedAt).toBe(true);
    });

    it(`keeps the latest ${REPORT_HISTORY} reports of a unit, plan and period, whatever order they arrive in`, async () => {
      const other = await instance();
      const at = (i: number) => new Date(Date.UTC(2023, 5, 1, 0, 0, i)).toISOString();
      const sent = Array.from({ length: REPORT_HISTORY + 5 }, (_, i) => rp({ period: '2023-H2', submittedAt: at(i) }));
      // The newest first, then the rest oldest first, through both instances: late deliveries do not keep old ones.
      const order = [sent.at(-1)!, ...sent.slice(0, -1)];
      for (const [i, r] of order.entries())
        expect((await (i % 2 ? other : store).putReport(r, meta)).kind).toBe('created');
      const rows = await collect(store.reportTaskRows());
      const kept = [...new Set(rows.map((r) => r.reportId))];
      expect(kept.sort()).toEqual(
        sent
          .slice(-REPORT_HISTORY)
          .map((r) => r.id)
          .sort(),
      );
      expect(rows).toHaveLength(REPORT_HISTORY * 2);
      expect(rows.filter((r) => r.current).map((r) => r.reportId)).toEqual([sent.at(-1)!.id, sent.at(-1)!.id]);
      expect((await store.counts()).reports).toBe(REPORT_HISTORY);
      // Another period's reports are not counted with these.
      expect((await store.putReport(rp({ period: '2023-H1' }), meta)).kind).toBe('created');
      expect((await store.counts()).reports).toBe(REPORT_HISTORY + 1);
    });

    it('keeps unit tokens as hashes, on any instance: issue, find, list, revoke, last use', async () => {
      const other = await instance();
      const lan = {
        id: 'k7mq3xpdab',
        unit: 'xa-lai-hoa-2025',
        secretHash: 'h'.repeat(43),
        note: 'Chị Lan, văn phòng UBND xã',
        createdAt: '2026-11-27T01:30:00.000Z',
      };
      const demo = {
        id: 'a2b3c4d5e6',
        unit: 'xa-lac-hoa',
        secretHash: 'd'.repeat(43),
        demo: true,
        createdAt: '2026-11-26T01:30:00.000Z',
      };
      await store.createToken(lan);
      await other.createToken(demo);
      await expect(other.createToken({ ...lan, unit: 'xa-vinh-hai' })).rejects.toThrow();
      expect(await other.findToken(lan.id)).toEqual({ ...lan, demo: false, revokedAt: null, lastUsedAt: null });
      expect(await store.findToken('zzzzzzzzzz')).toBeUndefined();
      // Oldest first, never a hash.
      const listed = await store.listTokens();
      expect(listed.map((t) => [t.id, t.unit, t.demo, t.note])).toEqual([
        [demo.id, demo.unit, true, null],
        [lan.id, lan.unit, false, lan.note],
      ]);
      expect(JSON.stringify(listed)).not.toContain('hhhh');
      // A report sent with the token notes its last use.
      await other.putReport(rp({ unit: 'xa-lai-hoa-2025' }), {
        receivedAt: '2026-11-28T02:00:00.000Z',
        tokenId: lan.id,
      });
      expect((await store.findToken(lan.id))?.lastUsedAt).toBe('2026-11-28T02:00:00.000Z');
      expect(await store.revokeToken(lan.id, '2026-11-29T00:00:00.000Z')).toMatchObject({
        id: lan.id,
        revokedAt: '2026-11-29T00:00:00.000Z',
      });
      // Revoked once: the first date stays.
      expect(await other.revokeToken(lan.id, '2026-12-01T00:00:00.000Z')).toMatchObject({
        revokedAt: '2026-11-29T00:00:00.000Z',
      });
      expect(await other.revokeToken('zzzzzzzzzz', '2026-12-01T00:00:00.000Z')).toBeUndefined();
    });

    it('does not let a report dated in the future stay current against a later one', async () => {
      const future = rp({ submittedAt: '2033-06-30T08:00:00+07:00' });
      await store.putReport(future, { receivedAt: '2023-07-01T01:00:00.000Z' });
      const fixed = rp({ submittedAt: '2023-07-02T08:00:00+07:00' });
      expect(await store.putReport(fixed, { receivedAt: '2023-07-02T01:00:00.000Z' })).toMatchObject({
        ack: { current: true, supersedes: future.id },
      });
    });

    it('treats a repeated report id as a repeat and a changed body under it as a conflict, on any instance', async () => {
      const r = rp();
      const first = await store.putReport(r, meta);
      const other = await instance();
      expect(await other.putReport(r, meta)).toEqual({ kind: 'repeat', ack: first.ack });
      expect(await other.putReport({ ...r, id: r.id.toUpperCase() }, meta)).toEqual({ kind: 'repeat', ack: first.ack });
      expect((await other.putReport({ ...r, tasks: [{ taskId: 'a-1-5', status: 'not-started' }] }, meta)).kind).toBe(
        'conflict',
      );
      expect(await collect(store.reportTaskRows())).toHaveLength(2);
    });

    it('pages through exports larger than one page, in order, while writes go on', async () => {
      const records = Array.from({ length: 2345 }, () => fb());
      for (let i = 0; i < records.length; i += 500)
        await Promise.all(records.slice(i, i + 500).map((r) => store.putFeedback(r, meta)));
      const reports = Array.from({ length: 600 }, (_, i) =>
        rp({ period: `${2000 + i}-H1`, submittedAt: '2023-06-30T16:00:00+07:00' }),
      );
      for (let i = 0; i < reports.length; i += 100)
        await Promise.all(reports.slice(i, i + 100).map((r) => store.putReport(r, meta)));
      const seen: string[] = [];
      for await (const row of store.feedbackRows()) {
        seen.push(row.id);
        // A write during an export must not fail (no cursor is held open across yields).
        if (seen.length === 1500) expect((await store.putFeedback(fb(), meta)).kind).toBe('created');
      }
      expect(new Set(seen.slice(0, 2345))).toEqual(new Set(records.map((r) => r.id)));
      expect(seen).toHaveLength(2346);
      // 1200 task lines: more than a page, each report's tasks in their order.
      const tasks = await collect(store.reportTaskRows());
      expect(tasks).toHaveLength(1200);
      expect(tasks.map((t) => t.taskId)).toEqual(reports.flatMap(() => ['a-1-5', 'a-5-1']));
    }, 30_000);

    it('stores hostile text verbatim, as data', async () => {
      const nasty = `'); DROP TABLE feedback; -- <script>alert(1)</script> ${randomUUID()} ពលរដ្ឋ`;
      await store.putFeedback(fb({ comment: nasty }), meta);
      const [row] = await collect(store.feedbackRows());
      expect(row?.comment).toBe(nasty);
      expect((await store.counts()).feedback).toBe(1);
    });

    it('reads its database for health, and says it cannot serve once closed', async () => {
      expect(await store.health()).toEqual({ ok: true });
      const other = await instance();
      expect(await other.health()).toEqual({ ok: true });
      await other.close();
      expect(await other.health()).toEqual({ ok: false, code: 'storage-unavailable', detail: 'the store is closed' });
      // Another instance closing changes nothing for this one.
      expect(await store.health()).toEqual({ ok: true });
    });

    it('erases the contacts and dossier codes received before an instant, on any instance; ratings, comments and statistics stay', async () => {
      const at = (day: string) => ({ ...meta, receivedAt: `2026-${day}T03:00:00.000Z` });
      const old = fb({ rating: 2, contact: '0909 111 222', consent: true, comment: 'Chờ lâu quá' });
      const oldPlain = fb({ rating: 3 });
      // From the counter's kiosk: a dossier code, no contact. It is personal data with the same retention.
      const oldKiosk = fb({ rating: 1, dossier: 'H59.24-260111-0007', comment: 'Sai tên' });
      const recent = fb({ rating: 5, contact: 'ra@example.vn', consent: true, dossier: 'H59.24-260620-0001' });
      const first = await store.putFeedback(old, at('01-10'));
      await store.putFeedback(oldPlain, at('01-11'));
      const kioskAck = (await store.putFeedback(oldKiosk, at('01-11'))).ack;
      await store.putFeedback(recent, at('06-20'));
      const tally = await store.feedbackTally();

      const other = await instance();
      expect(await other.eraseContacts('2026-01-10T03:00:00.000Z')).toBe(0); // received at that instant: not before it
      expect(await other.eraseContacts('2026-03-01T00:00:00.000Z')).toBe(2);
      expect(await store.eraseContacts('2026-03-01T00:00:00.000Z')).toBe(0);
      const rows = Object.fromEntries((await collect(store.feedbackRows())).map((r) => [r.id, r]));
      expect(rows[old.id]).toMatchObject({ contact: null, consent: true, comment: 'Chờ lâu quá', rating: 2 });
      expect(rows[oldKiosk.id]).toMatchObject({ dossier: null, comment: 'Sai tên', rating: 1 });
      expect(rows[recent.id]).toMatchObject({ contact: 'ra@example.vn', dossier: 'H59.24-260620-0001', rating: 5 });
      expect(rows[oldPlain.id]).toMatchObject({ contact: null, dossier: null, comment: oldPlain.comment });
      expect(await store.feedbackTally()).toEqual(tally);
      // The kiosk's record re-sent with its code is the same record and brings nothing back; another rating is not.
      expect(await other.putFeedback(oldKiosk, at('07-01'))).toEqual({ kind: 'repeat', ack: kioskAck });
      expect((await store.putFeedback({ ...oldKiosk, rating: 2 }, meta)).kind).toBe('conflict');
      expect((await collect(store.feedbackRows())).find((r) => r.id === oldKiosk.id)?.dossier).toBeNull();

      // The outbox re-sending the original gets its first answer and brings nothing back; another rating is a conflict.
      expect(await other.putFeedback(old, at('07-01'))).toEqual({ kind: 'repeat', ack: first.ack });
      expect(await store.putFeedback({ ...old, id: old.id.toUpperCase() }, meta)).toEqual({
        kind: 'repeat',
        ack: first.ack,
      });
      expect(await store.putFeedback({ ...old, rating: 5 }, meta)).toEqual({ kind: 'conflict', ack: first.ack });
      expect(await store.putFeedback({ ...old, comment: 'Nhanh lắm' }, meta)).toEqual({
        kind: 'conflict',
        ack: first.ack,
      });
      expect((await collect(store.feedbackRows())).find((r) => r.id === old.id)?.contact).toBeNull();
    });

    it('forgets records on request: contact, comment and dossier code erased, rating kept, re-sends still repeats, unknown ids named', async () => {
      const mine = fb({ rating: 1, contact: '0912 345 678', consent: true, comment: 'Tôi là Sơn, ấp Năm Châu' });
      const bare = fb({ rating: 4, comment: undefined });
      const expired = fb({ rating: 3, contact: 'a@example.vn', consent: true, comment: 'Ổn' });
      const kiosk = fb({ rating: 2, dossier: 'H59.24-261127-0042', comment: undefined });
      const acks = await Promise.all([mine, bare, expired].map((r) => store.putFeedback(r, meta)));
      expect(await store.eraseContacts('2026-12-01T00:00:00.000Z')).toBe(2);
      const kioskAck = (await store.putFeedback(kiosk, { ...meta, receivedAt: '2026-12-02T00:00:00.000Z' })).ack;
      const tally = await store.feedbackTally();
      const unknown = randomUUID();

      const other = await instance();
      const result = await other.forgetFeedback([
        mine.id.toUpperCase(),
        unknown,
        'phone:0909123456',
        bare.id,
        expired.id,
        mine.id,
        kiosk.id,
      ]);
      expect(result).toEqual({
        found: [
          { id: mine.id, unit: 'xa-lac-hoa', rating: 1, erased: ['comment'], answers: 0 },
          { id: bare.id, unit: 'xa-lac-hoa', rating: 4, erased: [], answers: 0 },
          { id: expired.id, unit: 'xa-lac-hoa', rating: 3, erased: ['comment'], answers: 0 },
          { id: mine.id, unit: 'xa-lac-hoa', rating: 1, erased: [], answers: 0 },
          { id: kiosk.id, unit: 'xa-lac-hoa', rating: 2, erased: ['dossier'], answers: 0 },
        ],
        unknown: [unknown, 'phone:0909123456'],
      });
      const rows = Object.fromEntries((await collect(store.feedbackRows())).map((r) => [r.id, r]));
      expect(rows[mine.id]).toMatchObject({ contact: null, comment: null, rating: 1, consent: true });
      expect(rows[expired.id]).toMatchObject({ contact: null, comment: null, rating: 3 });
      expect(rows[kiosk.id]).toMatchObject({ dossier: null, rating: 2 });
      expect(await other.putFeedback(kiosk, meta)).toEqual({ kind: 'repeat', ack: kioskAck });
      expect((await store.putFeedback({ ...kiosk, rating: 5 }, meta)).kind).toBe('conflict');
      expect(await store.feedbackTally()).toEqual(tally);
      expect((await store.forgetFeedback([mine.id])).found).toEqual([
        { id: mine.id, unit: 'xa-lac-hoa', rating: 1, erased: [], answers: 0 },
      ]);

      // Erased by retention first, then forgotten: a full re-send is still the same record; a new rating is not.
      for (const [i, r] of [mine, expired].entries()) {
        const original = i === 0 ? acks[0]! : acks[2]!;
        expect(await other.putFeedback(r, meta)).toEqual({ kind: 'repeat', ack: original.ack });
        expect((await store.putFeedback({ ...r, rating: 5 }, meta)).kind).toBe('conflict');
      }
      expect(
        Object.fromEntries((await collect(store.feedbackRows())).map((r) => [r.id, [r.contact, r.comment]]))[mine.id],
      ).toEqual([null, null]);
    });

    it('erases each contact once when two instances run the retention pass at once', async () => {
      // More than one of PgStore's erasure batches.
      const records = Array.from({ length: 620 }, (_, i) =>
        fb({ contact: `09${String(i).padStart(8, '0')}`, consent: true }),
      );
      for (let i = 0; i < records.length; i += 310)
        await Promise.all(records.slice(i, i + 310).map((r) => store.putFeedback(r, meta)));
      const other = await instance();
      const [a, b] = await Promise.all([
        store.eraseContacts('2027-01-01T00:00:00.000Z'),
        other.eraseContacts('2027-01-01T00:00:00.000Z'),
      ]);
      expect(a + b).toBe(records.length);
      expect((await collect(store.feedbackRows())).filter((r) => r.contact !== null)).toEqual([]);
      expect(
        (await Promise.all(records.slice(0, 20).map((r) => other.putFeedback(r, meta)))).map((r) => r.kind),
      ).toEqual(records.slice(0, 20).map(() => 'repeat'));
    }, 30_000);

    it('appends a unit’s answers to a feedback’s history, on any instance: the latest wins, nothing is lost', async () => {
      const other = await instance();
      const { ack } = await store.putFeedback(fb(), meta);
      const code = ack.receipt!;
      const by = 'k7mq3xpdab';
      const at = (day: string) => ({ at: `2026-12-${day}T02:00:00.000Z`, by });
      expect(await other.answerFeedback(code, { status: 'in-progress' }, at('01'))).toEqual({
        receipt: code,
        unit: 'xa-lac-hoa',
        receivedAt: meta.receivedAt,
        status: 'in-progress',
        updatedAt: '2026-12-01T02:00:00.000Z',
      });
      await store.answerFeedback(code, { status: 'answered', answer: 'Đã bổ sung mẫu tờ khai.' }, at('03'));
      // Two changes in a row: the second wins, the first stays in the history, and the time first answered stays.
      const corrected = { status: 'answered', answer: 'Đã bổ sung mẫu tờ khai; <b>xin lỗi</b> ông.' } as const;
      const after = await other.answerFeedback(code, corrected, at('04'));
      expect(after).toEqual({
        receipt: code,
        unit: 'xa-lac-hoa',
        receivedAt: meta.receivedAt,
        status: 'answered',
        answer: corrected.answer,
        answeredAt: '2026-12-03T02:00:00.000Z',
        updatedAt: '2026-12-04T02:00:00.000Z',
      });
      expect(await store.receipt(code)).toEqual(after);
      // The same change again (a retried request) appends nothing.
      expect(await store.answerFeedback(code, corrected, at('05'))).toEqual(after);
      const [row] = (await other.unitFeedback('xa-lac-hoa', { limit: 10 })).rows;
      expect(row?.history).toEqual([
        { status: 'in-progress', at: '2026-12-01T02:00:00.000Z', by },
        { status: 'answered', answer: 'Đã bổ sung mẫu tờ khai.', at: '2026-12-03T02:00:00.000Z', by },
        { ...corrected, at: '2026-12-04T02:00:00.000Z', by },
      ]);
      expect(await other.answerFeedback('0000-0000', corrected, at('05'))).toBeNull();
    });

    it('appends both of two changes made at once on two instances, each after the other', async () => {
      const other = await instance();
      const { ack } = await store.putFeedback(fb(), meta);
      const code = ack.receipt!;
      const results = await Promise.all([
        store.answerFeedback(
          code,
          { status: 'in-progress', answer: 'Đang xác minh.' },
          { at: '2026-12-01T02:00:00.000Z', by: 'a' },
        ),
        other.answerFeedback(
          code,
          { status: 'answered', answer: 'Đã trả lời.' },
          { at: '2026-12-01T02:00:00.000Z', by: 'b' },
        ),
      ]);
      expect(results.map((r) => r?.status).sort()).toEqual(['answered', 'in-progress']);
      const [row] = (await store.unitFeedback('xa-lac-hoa', { limit: 10 })).rows;
      expect(row?.history.map((h) => h.by).sort()).toEqual(['a', 'b']);
      expect((await other.receipt(code))?.status).toBe(row?.history[1]?.status);
    });

    it('keeps a feedback’s code and answers when it is re-sent, and erases the answers’ text when it is forgotten', async () => {
      const record = fb({ contact: '0912 345 678', consent: true, comment: 'Tôi là Sơn, ấp Năm Châu' });
      const { ack } = await store.putFeedback(record, meta);
      const answered = await store.answerFeedback(
        ack.receipt!,
        { status: 'answered', answer: 'Đã gọi lại cho ông.' },
        { at: '2026-12-01T02:00:00.000Z', by: 'k7mq3xpdab' },
      );
      const other = await instance();
      expect(await other.putFeedback(record, { ...meta, receivedAt: '2026-12-02T00:00:00.000Z' })).toEqual({
        kind: 'repeat',
        ack,
      });
      expect(await other.receipt(ack.receipt!)).toEqual(answered);
      // papi-collector forget: the resident's text goes, and the text of the unit's answers (it may quote them); the
      // code, the answers' status and times stay (the unit's figures do not change), and it can be answered on.
      expect((await other.forgetFeedback([record.id])).found[0]).toMatchObject({
        erased: ['contact', 'comment'],
        answers: 1,
      });
      const { answer: _erased, ...rest } = answered!;
      expect(await store.receipt(ack.receipt!)).toEqual(rest);
      const [row] = (await store.unitFeedback('xa-lac-hoa', { limit: 10 })).rows;
      expect(row).toMatchObject({ receipt: ack.receipt, comment: null, contact: null, rating: 4 });
      expect(row?.history).toEqual([{ status: 'answered', at: '2026-12-01T02:00:00.000Z', by: 'k7mq3xpdab' }]);
      expect(JSON.stringify(row)).not.toContain('Đã gọi lại');
      expect((await other.forgetFeedback([record.id])).found[0]).toMatchObject({ erased: [], answers: 0 });
      const again = await other.answerFeedback(
        ack.receipt!,
        { status: 'answered', answer: 'Bổ sung: hồ sơ đã trả.' },
        { at: '2026-12-03T02:00:00.000Z', by: 'k7mq3xpdab' },
      );
      expect(again).toMatchObject({ answer: 'Bổ sung: hồ sơ đã trả.', answeredAt: '2026-12-01T02:00:00.000Z' });
      expect((await store.putFeedback(record, meta)).kind).toBe('repeat');
    });

    it('lists a unit’s inbox newest first, by status, overdue and dimension, at most as many as asked', async () => {
      const other = await instance();
      const day = (d: string) => ({ ...meta, receivedAt: `2026-11-${d}T03:00:00.000Z` });
      const sent = [
        ['01', 'd5'],
        ['05', 'd5'],
        ['10', 'd3'],
        ['20', 'd5'],
        ['25', 'd3'],
      ] as const;
      const codes: string[] = [];
      for (const [d, dimension] of sent)
        codes.push(
          (await store.putFeedback(fb({ dimension, contact: `0909 ${d}`, consent: true }), day(d))).ack.receipt!,
        );
      await store.putFeedback(fb({ unit: 'xa-vinh-hai' }), day('26'));
      const by = { at: '2026-11-28T00:00:00.000Z', by: 'k7mq3xpdab' };
      await store.answerFeedback(codes[0]!, { status: 'answered', answer: 'Xong.' }, by);
      await store.answerFeedback(codes[2]!, { status: 'in-progress' }, by);
      await store.answerFeedback(codes[4]!, { status: 'answered', answer: 'Xong.' }, by);
      const list = async (query: Omit<Parameters<Store['unitFeedback']>[1], 'limit'>, limit = 50) => {
        const page = await other.unitFeedback('xa-lac-hoa', { ...query, limit });
        return { truncated: page.truncated, receipts: page.rows.map((r) => codes.indexOf(r.receipt)) };
      };
      expect(await list({})).toEqual({ truncated: false, receipts: [4, 3, 2, 1, 0] });
      expect(await list({}, 2)).toEqual({ truncated: true, receipts: [4, 3] });
      expect(await list({}, 5)).toEqual({ truncated: false, receipts: [4, 3, 2, 1, 0] });
      expect(await list({ status: 'unanswered' })).toEqual({ truncated: false, receipts: [3, 2, 1] });
      expect(await list({ status: 'in-progress' })).toEqual({ truncated: false, receipts: [2] });
      expect(await list({ status: 'answered' })).toEqual({ truncated: false, receipts: [4, 0] });
      // Received before 10 November and not answered: the 5th (received), the 1st is answered, the 10th is not before.
      expect(await list({ status: 'overdue', overdueBefore: '2026-11-10T03:00:00.000Z' })).toEqual({
        truncated: false,
        receipts: [1],
      });
      expect(await list({ status: 'overdue', overdueBefore: '2026-11-10T03:00:00.001Z' })).toEqual({
        truncated: false,
        receipts: [2, 1],
      });
      expect(await list({ dimension: 'd3' })).toEqual({ truncated: false, receipts: [4, 2] });
      expect(await list({ dimension: 'd3', status: 'unanswered' })).toEqual({ truncated: false, receipts: [2] });
      expect(await list({ dimension: 'd1' })).toEqual({ truncated: false, receipts: [] });
      const [newest] = (await other.unitFeedback('xa-lac-hoa', { limit: 1 })).rows;
      expect(newest).toEqual({
        receipt: codes[4],
        receivedAt: '2026-11-25T03:00:00.000Z',
        service: 'khai-sinh',
        dimension: 'd3',
        rating: 4,
        comment: 'Cán bộ hướng dẫn tận tình.',
        contact: '0909 25',
        consent: true,
        dossier: null,
        lang: 'vi',
        history: [{ status: 'answered', answer: 'Xong.', ...by }],
      });
      expect((await other.unitFeedback('xa-vinh-hai', { limit: 50 })).rows).toHaveLength(1);
      expect((await other.unitFeedback('phong-noi-vu', { limit: 50 })).rows).toEqual([]);
    });

    it('gives the figures of accountability: feedback, past due, and the histories without their texts', async () => {
      const day = (d: string) => ({ ...meta, receivedAt: `2026-11-${d}T03:00:00.000Z` });
      const a = (await store.putFeedback(fb(), day('01'))).ack.receipt!;
      const b = (await store.putFeedback(fb(), day('02'))).ack.receipt!;
      await store.putFeedback(fb(), day('20'));
      await store.putFeedback(fb({ unit: 'xa-vinh-hai' }), day('03'));
      await store.answerFeedback(a, { status: 'in-progress' }, { at: '2026-11-02T03:00:00.000Z', by: 't' });
      await store.answerFeedback(
        a,
        { status: 'answered', answer: 'Bí mật' },
        { at: '2026-11-04T03:00:00.000Z', by: 't' },
      );
      await store.answerFeedback(b, { status: 'in-progress' }, { at: '2026-11-05T03:00:00.000Z', by: 't' });
      const figures = await (await instance()).answerFigures('2026-11-10T00:00:00.000Z');
      expect(figures.units).toEqual([
        { unit: 'xa-lac-hoa', feedback: 3, pastDue: 2 },
        { unit: 'xa-vinh-hai', feedback: 1, pastDue: 1 },
      ]);
      expect(figures.histories).toEqual([
        {
          unit: 'xa-lac-hoa',
          receivedAt: '2026-11-01T03:00:00.000Z',
          history: [
            { status: 'in-progress', at: '2026-11-02T03:00:00.000Z' },
            { status: 'answered', at: '2026-11-04T03:00:00.000Z' },
          ],
        },
        {
          unit: 'xa-lac-hoa',
          receivedAt: '2026-11-02T03:00:00.000Z',
          history: [{ status: 'in-progress', at: '2026-11-05T03:00:00.000Z' }],
        },
      ]);
      expect(JSON.stringify(figures)).not.toContain('Bí mật');
    });

    it('has a version that every instance reads alike and that changes with every write', async () => {
      const other = await instance();
      const v0 = await store.version();
      expect(await other.version()).toBe(v0);
      expect(await store.version()).toBe(v0);
      await other.putFeedback(fb(), meta);
      const v1 = await store.version();
      expect(v1).not.toBe(v0);
      expect(await other.version()).toBe(v1);
      const r = rp();
      await store.putReport(r, meta);
      const v2 = await other.version();
      expect(v2).not.toBe(v1);
      // A repeat writes nothing.
      await store.putReport(r, meta);
      expect(await other.version()).toBe(v2);
      const { ack } = await store.putFeedback(fb(), meta);
      const v3 = await store.version();
      await other.answerFeedback(ack.receipt!, { status: 'in-progress' }, { at: meta.receivedAt, by: 't' });
      expect(await store.version()).not.toBe(v3);
    });

    it('tallies feedback by unit, dimension, service, period and rating for the statistics', async () => {
      const ratings = [5, 4, 4, 3, 1];
      for (const rating of ratings) await store.putFeedback(fb({ rating }), meta);
      await store.putFeedback(fb({ unit: 'phuong-vinh-chau-2025', dimension: 'd8', service: undefined, rating: 2 }), {
        ...meta,
        period: '2027-H1',
      });
      const stats = computeStats(await store.feedbackTally(), await store.latestReports(), new Map(), '2026-11-27');
      expect(stats.feedback.total).toEqual({
        count: 6,
        satisfied: 3,
        shareSatisfied: 0.5,
        distribution: { 1: 1, 2: 1, 3: 1, 4: 2, 5: 1 },
      });
      expect(stats.feedback.byUnit.map((u) => [u.unit, u.count, u.shareSatisfied])).toEqual([
        ['phuong-vinh-chau-2025', 1, 0],
        ['xa-lac-hoa', 5, 0.6],
      ]);
      expect(stats.feedback.byDimension.map((d) => d.dimension)).toEqual([
        'd1',
        'd2',
        'd3',
        'd4',
        'd5',
        'd6',
        'd7',
        'd8',
      ]);
      expect(stats.feedback.byDimension.find((d) => d.dimension === 'd5')).toMatchObject({ count: 5, satisfied: 3 });
      expect(stats.feedback.byDimension.find((d) => d.dimension === 'd1')).toMatchObject({
        count: 0,
        shareSatisfied: null,
      });
      expect(stats.feedback.byService).toEqual([
        {
          service: 'khai-sinh',
          count: 5,
          satisfied: 3,
          shareSatisfied: 0.6,
          distribution: { 1: 1, 2: 0, 3: 1, 4: 2, 5: 1 },
        },
      ]);
      expect(stats.feedback.byPeriod.map((p) => [p.period, p.count])).toEqual([
        ['2026-H2', 5],
        ['2027-H1', 1],
      ]);
      expect(stats.feedback.byRating).toEqual([
        { rating: 5, count: 1 },
        { rating: 4, count: 2 },
        { rating: 3, count: 1 },
        { rating: 2, count: 1 },
        { rating: 1, count: 1 },
      ]);
    });

    it('gives each unit its latest report, with its task statuses, for the progress statistics', async () => {
      const plan = VINH_CHAU_PLAN_2023;
      const own = tasksForUnit(plan, 'xa-lac-hoa');
      expect(own.length).toBeGreaterThan(1);
      const allDone = rp({
        tasks: own.map((t) => ({ taskId: t.id, status: 'done' })),
        submittedAt: '2023-06-01T08:00:00+07:00',
      });
      await store.putReport(allDone, meta);
      const plans = new Map([[plan.id, plan]]);
      let [progress] = computeStats([], await store.latestReports(), plans, '2023-07-01').selfAssessment;
      expect(progress).toMatchObject({ unit: 'xa-lac-hoa', planKnown: true, reportId: allDone.id });
      expect(progress?.overall).toMatchObject({ total: own.length, done: own.length, ratio: 1 });
      const d = own[0]!.dimensions[0]!;
      expect(progress?.byDimension?.[d].done).toBe(own.filter((t) => t.dimensions.includes(d)).length);

      // A later report with one task back in progress replaces it in the statistics.
      const later = rp({
        tasks: [
          { taskId: own[0]!.id, status: 'in-progress' },
          ...own.slice(1).map((t) => ({ taskId: t.id, status: 'done' })),
        ],
        submittedAt: '2023-12-01T08:00:00+07:00',
        period: '2023-H2',
      });
      await store.putReport(later, meta);
      [progress] = computeStats([], await store.latestReports(), plans, '2023-12-02').selfAssessment;
      expect(progress).toMatchObject({ reportId: later.id, period: '2023-H2' });
      expect(progress?.overall).toMatchObject({ done: own.length - 1, inProgress: 1 });

      // A plan the collector does not hold: the reported tasks count, no per-dimension view.
      await store.putReport(rp({ planId: 'ke-hoach-khac', unit: 'xa-vinh-hai' }), meta);
      const latest = await store.latestReports();
      // Ordered by unit, then plan, byte-wise whatever the database's collation.
      expect(latest.map((r) => [r.unit, r.planId])).toEqual([
        ['xa-lac-hoa', 'vinh-chau-papi-2023'],
        ['xa-vinh-hai', 'ke-hoach-khac'],
      ]);
      expect(latest[1]!.statuses).toEqual({ 'a-1-5': 'done', 'a-5-1': 'in-progress' });
      const other = computeStats([], latest, plans, '2023-12-02').selfAssessment.find(
        (p) => p.planId === 'ke-hoach-khac',
      );
      expect(other).toMatchObject({
        planKnown: false,
        byDimension: null,
        overall: { total: 2, done: 1, inProgress: 1 },
      });
    });
  });
}
