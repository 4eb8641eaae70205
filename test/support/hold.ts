// Ways for a browser test to hold a state open for as long as it needs to look at it, and to let it go, instead of
// guessing how long the state lasts: a latch for the test's own receivers (playwright routes), and a transaction that
// holds an IndexedDB store of the page.
import type { Page } from 'playwright-core';

/** A latch: whatever awaits `opened` waits until the test calls open(). */
export interface Latch {
  readonly opened: Promise<void>;
  open(): void;
}

export function latch(): Latch {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * Holds a readwrite transaction on a store of the page's IndexedDB until the returned function is called. Every
 * transaction the page starts on that store meanwhile waits behind it, so the page's write stays uncommitted (its
 * "saving" state held open) for as long as the test looks. Waits for the page's own code to have created the
 * database and the store (it never creates them itself).
 */
export async function holdStore(
  page: Page,
  database: string,
  store: string,
  timeoutMs = 30_000,
): Promise<() => Promise<void>> {
  const key = await page.evaluate(
    async ({ database, store, timeoutMs }) => {
      type Holds = Record<string, { release: boolean; done: Promise<void> }>;
      const w = window as unknown as { __papiHolds?: Holds };
      const holds = (w.__papiHolds ??= {});
      const until = performance.now() + timeoutMs;
      for (;;) {
        const known = (await indexedDB.databases()).some((d) => d.name === database);
        if (known) {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(database);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          db.onversionchange = () => db.close(); // never block the page's own upgrade
          if (db.objectStoreNames.contains(store)) {
            const key = `${database}/${store}/${Object.keys(holds).length}`;
            const tx = db.transaction(store, 'readwrite');
            const os = tx.objectStore(store);
            const hold = { release: false, done: Promise.resolve() };
            hold.done = new Promise<void>((resolve, reject) => {
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
              tx.onabort = () => reject(tx.error ?? new Error('the held transaction was aborted'));
            });
            // A transaction stays open while it has a request pending: keep one pending until released.
            const spin = (): void => {
              if (!hold.release) os.count().onsuccess = spin;
            };
            spin();
            holds[key] = hold;
            return key;
          }
          db.close();
        }
        if (performance.now() > until)
          throw new Error(`IndexedDB store ${database}/${store} did not appear within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    { database, store, timeoutMs },
  );
  return async () => {
    await page.evaluate(async (k) => {
      const hold = (window as unknown as { __papiHolds: Record<string, { release: boolean; done: Promise<void> }> })
        .__papiHolds[k]!;
      hold.release = true;
      await hold.done;
    }, key);
  };
}

/** Resolves after the page has drawn `frames` more frames (so that anything deferred to a next frame has happened). */
export async function frames(page: Page, frames = 3): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  }, frames);
}
