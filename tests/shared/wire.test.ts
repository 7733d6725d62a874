import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWire, encodeWire, fromBase64, toBase64 } from '../../shared/wire';

describe('wire codec', () => {
  it('base64 agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = toBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(b64))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('keeps byte arrays inside JSON', () => {
    const value = { name: 'a.txt', bytes: new Uint8Array([0, 1, 254, 255]), nested: [{ x: 1 }] };
    const back = decodeWire(encodeWire(value)) as typeof value;
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.bytes)).toEqual([0, 1, 254, 255]);
    expect(back.nested).toEqual([{ x: 1 }]);
  });

  it('rejects invalid base64', () => {
    expect(() => fromBase64('ab!d')).toThrow();
  });
});
