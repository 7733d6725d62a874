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

describe('every key the UI and the core name exists', () => {
  it('literal t("…") keys in renderer/ and electron/, and messageKeys in shared/ and electron/', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(__dirname, '../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(name)) files.push(full);
      }
    };
    for (const dir of ['renderer', 'electron', 'shared']) walk(path.join(root, dir));
    const known = new Set(keys(en));
    const missing: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      const literal = [...src.matchAll(/\b(?:t|setNotice)\(\s*'([a-zA-Z][\w.-]*)'/g), ...src.matchAll(/(?:messageKey|KEYS?\b[^=\n]*=)[^'\n]*'((?:errors|drift|align)\.[\w.]+)'/g), ...src.matchAll(/'((?:errors|drift|align|warnings|status)\.[a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
      for (const key of literal) if (!known.has(key) && !key.endsWith('.')) missing.push(`${path.relative(root, file)}: ${key}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
