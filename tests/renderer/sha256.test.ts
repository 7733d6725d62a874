import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../renderer/state/sha256';

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes, in hex (the same in the page and in the worker)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const text = 'Harga beras naik 12,5% menjadi Rp 14.000 per kilogram — kata pejabat.\n'.repeat(2000);
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
