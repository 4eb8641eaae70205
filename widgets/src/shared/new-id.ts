// The id a widget gives each record it sends: the collector stores each id once.
/**
 * A version-7 UUID (RFC 9562): the time in milliseconds, then 74 random bits. Ids that follow the clock keep the
 * collector's id index appending at its end instead of writing a random page of it per record, which `pnpm bench
 * collector` measures at a tenth or more of a durable POST's cost. The time is no secret: the record's createdAt
 * carries it too. crypto.getRandomValues works outside secure contexts (plain-http portals), unlike randomUUID.
 */
export function newId(now = Date.now()): string {
  const c = globalThis.crypto as Crypto | undefined;
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
