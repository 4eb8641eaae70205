import { StoreConnection } from './idb.js';

/**
 * Receipt codes of feedback sent from this device, kept so that a resident whose feedback the outbox delivered
 * after they left (a weak connection) still gets its code: the button's dialog shows it on their next visit. Only
 * the code, the unit and the time: nothing the resident wrote. Forgotten after RECEIPT_KEEP_MS.
 */
export interface KeptReceipt {
  /** The feedback's id. */
  id: string;
  receipt: string;
  unit: string;
  /** When the collector acknowledged it (ms since the epoch). */
  sentAt: number;
  /** Whether a dialog has shown it to the resident. */
  seen: boolean;
}

export const RECEIPT_KEEP_MS = 90 * 24 * 60 * 60_000;

const connection = new StoreConnection('papi-widgets', 'receipts', { keyPath: 'id' });

/** Keeps a delivered feedback's code, unless it is kept already (seen or not). */
export async function keepReceipt(entry: KeptReceipt): Promise<void> {
  const db = await connection.open();
  const tx = db.transaction('receipts', 'readwrite');
  if (!(await tx.store.get(entry.id))) await tx.store.put(entry);
  await tx.done;
}

/** The codes of a unit's feedback that no dialog has shown yet, oldest first; codes past keeping are dropped. */
export async function unseenReceipts(unit: string, now = Date.now()): Promise<KeptReceipt[]> {
  const db = await connection.open();
  const tx = db.transaction('receipts', 'readwrite');
  const out: KeptReceipt[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const kept = cursor.value as KeptReceipt;
    if (now - kept.sentAt > RECEIPT_KEEP_MS) await cursor.delete();
    else if (!kept.seen && kept.unit === unit) out.push(kept);
  }
  await tx.done;
  return out.sort((a, b) => a.sentAt - b.sentAt);
}

/** Marks codes as shown to the resident (a dialog said them, or the resident saw them as they were sent). */
export async function markReceiptsSeen(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await connection.open();
  const tx = db.transaction('receipts', 'readwrite');
  for (const id of ids) {
    const kept = (await tx.store.get(id)) as KeptReceipt | undefined;
    if (kept && !kept.seen) await tx.store.put({ ...kept, seen: true });
  }
  await tx.done;
}
