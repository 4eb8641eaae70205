/**
 * Receipt codes: what a resident keeps to ask about their feedback later. Eight symbols of Crockford's base 32
 * (no I, L, O or U, so nothing reads as another symbol), shown in two groups: `K7MQ-3XPD`. 8 × 5 = 40 bits, all
 * random: a code says nothing about the feedback, and guessing one is a needle in 2^40.
 */
export const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random bytes a receipt code is made of (the caller draws them: core has no random source of its own). */
export const RECEIPT_BYTES = 5;

/** The code written by five random bytes, grouped as shown to residents. */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RECEIPT_BYTES) throw new RangeError(`a receipt code needs ${RECEIPT_BYTES} random bytes`);
  let bits = 0n;
  for (let i = 0; i < RECEIPT_BYTES; i++) bits = (bits << 8n) | BigInt(bytes[i]!);
  let code = '';
  for (let i = 7; i >= 0; i--) code += RECEIPT_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Letters a person may type for a symbol of the code: lower case, O for zero, I or L for one. */
const READ_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * A code as a resident may type or paste it (lower case, without the dash, with spaces, O for 0, I or L for 1),
 * in its one written form; null when it cannot be a code.
 */
export function parseReceipt(input: string): string | null {
  if (input.length > 32) return null;
  const symbols = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, '')
    .replace(/[OIL]/g, (c) => READ_AS[c]!);
  if (symbols.length !== 8) return null;
  for (const c of symbols) if (!RECEIPT_ALPHABET.includes(c)) return null;
  return `${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
