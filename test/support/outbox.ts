// A probe in the widgets' outbox, so that a browser test knows when the outbox has gone through its queue, instead of
// waiting a while and hoping it has. The outbox (widgets/src/shared/outbox.ts) sends its queued items oldest first,
// one after the other; an item queued after all the others is therefore sent last, and its request tells the test
// that every item before it was sent, or passed over, already.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

const DB = 'papi-widgets';
const STORE = 'outbox';

export interface OutboxProbe {
  readonly id: string;
  /** Resolves with the page (tab) that sent the probe, once its request arrives; fails after the timeout. */
  readonly sent: Promise<Page>;
}

/**
 * Queues a probe item in the page's outbox (shared by every tab of its origin), newest of all, posting to a path on
 * the page's own origin that the test answers with 201.
 *
 * - `due: 'now'`: any flush sends it, like the page load's flush (`reload` the page after queuing it).
 * - `due: 'online'`: only a flush on the `online` event (which sends items whatever their retry time) sends it;
 *   the outbox's retry timer passes it over.
 */
export async function queueOutboxProbe(
  page: Page,
  options: { due?: 'now' | 'online'; timeoutMs?: number } = {},
): Promise<OutboxProbe> {
  const id = randomUUID();
  const endpoint = new URL(`/__outbox-probe__/${id}`, page.url()).href;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let arrived!: (page: Page) => void;
  let failed!: (error: Error) => void;
  const sent = new Promise<Page>((resolve, reject) => {
    arrived = resolve;
    failed = reject;
  });
  void sent.catch(() => undefined);
  const timer = setTimeout(
    () => failed(new Error(`the outbox did not send its probe within ${timeoutMs} ms`)),
    timeoutMs,
  );
  await page.context().route(endpoint, async (route) => {
    clearTimeout(timer);
    await route.fulfill({
      status: 201,
      contentType: 'application/json',
      body: JSON.stringify({ id, status: 'stored' }),
    });
    arrived(route.request().frame().page());
  });
  await page.evaluate(
    async ({ DB, STORE, item }) => {
      const until = performance.now() + 30_000;
      // The store is the page's own: wait for its code to have created it, never create it here.
      while (!(await indexedDB.databases()).some((d) => d.name === DB)) {
        if (performance.now() > until) throw new Error(`no IndexedDB database ${DB}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(DB);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(STORE, 'readwrite');
          tx.objectStore(STORE).add({ ...item, createdAt: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    {
      DB,
      STORE,
      item: {
        id,
        kind: 'feedback',
        endpoint,
        body: { id },
        attempts: 0,
        nextAttemptAt: options.due === 'online' ? Date.now() + 24 * 3600_000 : 0,
        state: 'queued',
      },
    },
  );
  return { id, sent };
}

/** The ids of the POSTs the page makes to URLs ending in `path`, from now on. */
export function watchPosts(page: Page, path: string): string[] {
  const ids: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'POST' || !new URL(r.url()).pathname.endsWith(path)) return;
    const body = r.postDataJSON() as { id?: unknown } | null;
    ids.push(String(body?.id));
  });
  return ids;
}
