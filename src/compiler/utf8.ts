/**
 * Decoding an article's bytes. Text that is not valid UTF-8 (a Latin-1 or
 * Windows-1252 file, a truncated download) would otherwise turn into U+FFFD
 * replacement characters that no quote could honestly be a slice of; we stop
 * and say where the first bad byte is instead.
 */

export type Decoded =
  { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid sequence starting at i, or 0 when it is not valid. */
function sequenceLength(b: Uint8Array, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k]! & 0xc0) === 0x80;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    const y = b[i + 1] ?? 0;
    if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y > 0x9f)) return 0; // overlong, surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const y = b[i + 1] ?? 0;
    if ((x === 0xf0 && y < 0x90) || (x === 0xf4 && y > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The text of `bytes`, or where the first byte that is not valid UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    let line = 1;
    let column = 1;
    for (let i = 0; i < bytes.length;) {
      const n = sequenceLength(bytes, i);
      if (n === 0) return { ok: false, line, column, byte: i };
      if (bytes[i] === 0x0a) {
        line++;
        column = 1;
      } else column++;
      i += n;
    }
    return { ok: false, line, column, byte: bytes.length }; // unreachable in practice
  }
}
