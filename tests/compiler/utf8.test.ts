import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8 } from '../../src/compiler/utf8';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeUtf8', () => {
  it('decodes valid text, including characters outside the BMP', () => {
    expect(decodeUtf8(bytes('Kim “said” 😀 Pyongyang'))).toEqual({
      ok: true,
      text: 'Kim “said” 😀 Pyongyang',
    });
  });

  it.each([
    ['a Windows-1252 curly quote', bytes('line one\nshe said ', [0x93], 'hi'), 2, 10, 18],
    ['a truncated sequence', bytes('ab', [0xe2, 0x80]), 1, 3, 2],
    ['an overlong encoding', bytes('x\n\ny', [0xc0, 0xaf]), 3, 2, 4],
    ['an encoded surrogate', bytes([0xed, 0xa0, 0x80]), 1, 1, 0],
  ])('names the line, column and byte of %s', (_, input, line, column, byte) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, line, column, byte });
  });

  it('agrees with Node on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const valid = Buffer.from(b).equals(Buffer.from(Buffer.from(b).toString('utf8'), 'utf8'));
        expect(decodeUtf8(b).ok).toBe(valid);
      }),
    );
  });
});
