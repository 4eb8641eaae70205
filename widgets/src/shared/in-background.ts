/**
 * Starts work that nobody waits for (a save after typing, a reload, a focus after render). Its failure still goes
 * somewhere: the console, with where it came from. Work whose failure the user must see reports it in its own state
 * (the assessment store's "failed", the data controller's error) before it ever rejects.
 */
export function inBackground(work: Promise<unknown>, where: string): void {
  work.catch((error: unknown) => console.warn(`papi-widgets ${where}:`, error));
}
