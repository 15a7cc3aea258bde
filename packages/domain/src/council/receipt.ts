/**
 * Ballot receipt codes. The server draws random bytes, shows the code ONCE to the voter and stores only
 * its SHA-256; the voter can later check that a ballot with that hash was counted. Crockford base32
 * (no I, L, O, U) in groups of four, so a code read aloud or retyped survives case and separators.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 15 random bytes → 24 characters → "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" (120 bits). */
export const RECEIPT_BYTES = 15;

export function encodeReceiptCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * The canonical form that is hashed: upper case, separators and spaces dropped, the look-alikes of
 * Crockford base32 mapped (O→0, I/L→1). Null when what remains is not a well-formed code.
 */
export function normaliseReceiptCode(input: string): string | null {
  const s = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const length = Math.ceil((RECEIPT_BYTES * 8) / 5);
  if (s.length !== length) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}
