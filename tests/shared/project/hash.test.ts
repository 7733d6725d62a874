import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha256Hex, sha256Bytes, utf8Encode } from '../../../shared/project/hash';

const nodeHex = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 / NIST test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto around the padding boundaries', () => {
    for (let n = 0; n < 200; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s)).toBe(nodeHex(s));
    }
  });

  it('agrees with node:crypto on arbitrary Unicode text (UTF-8 bytes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(nodeHex(s));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes UTF-8 like TextEncoder, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(Array.from(utf8Encode(s))).toEqual(Array.from(new TextEncoder().encode(s)));
      }),
      { numRuns: 300 },
    );
    expect(Array.from(utf8Encode('\ud800x'))).toEqual([0xef, 0xbf, 0xbd, 0x78]);
  });

  it('hashes raw bytes like node:crypto', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(sha256Bytes(bytes)).toBe(nodeHex(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('is Indonesian-text aware (multi-byte characters differ from their ASCII look-alikes)', () => {
    expect(sha256Hex('Rp 2,5 triliun — naik 10%')).toBe(nodeHex('Rp 2,5 triliun — naik 10%'));
    expect(sha256Hex('café')).not.toBe(sha256Hex('cafe'));
  });
});
