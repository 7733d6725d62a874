import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';
import { translate } from '../../shared/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

function lookup(table: unknown, key: string): string {
  return key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], table) as string;
}

describe('UI strings', () => {
  it('English and Indonesian have exactly the same keys', () => {
    expect(keys(id).sort()).toEqual(keys(en).sort());
  });

  it('no string is empty and both languages use the same placeholders', () => {
    for (const key of keys(en)) {
      expect(lookup(en, key).trim(), key).not.toBe('');
      expect(lookup(id, key).trim(), key).not.toBe('');
      expect(placeholders(lookup(id, key)), key).toEqual(placeholders(lookup(en, key)));
    }
  });

  it('translate fills parameters and falls back to the key', () => {
    expect(translate('id', 'errors.binary', { name: 'x.bin' })).toBe('“x.bin” bukan berkas teks.');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
