import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { id } from '../../shared/i18n/id';
import { translate } from '../../shared/i18n';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Plural suffixes of i18next: `key_one`, `key_other`, … are forms of one key `key`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** The keys of a table, each plural key once (without its form). */
function words(table: unknown): string[] {
  return [...new Set(keys(table).map((k) => k.replace(PLURAL, '')))].sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();
}

function lookup(table: unknown, key: string): string {
  return key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], table) as string;
}

describe('UI strings', () => {
  it('English and Indonesian have exactly the same keys (a plural key counts once, and has its `_other` form)', () => {
    expect(words(id)).toEqual(words(en));
    for (const table of [en, id]) for (const key of keys(table).filter((k) => PLURAL.test(k))) expect(keys(table), key).toContain(key.replace(PLURAL, '_other'));
  });

  it('Indonesian has one plural form, English two', () => {
    const plural = keys(en).filter((k) => k.endsWith('_other'));
    expect(plural.length).toBeGreaterThan(0);
    for (const key of plural) {
      expect(keys(en), key).toContain(key.replace(/_other$/, '_one'));
      expect(keys(id), key).not.toContain(key.replace(/_other$/, '_one'));
    }
    expect(translate('en', 'workbench.kept.released', { count: 1 })).toMatch(/^Your edit .* 1 confirmed or locked row:/);
    expect(translate('en', 'workbench.kept.released', { count: 2 })).toMatch(/ 2 confirmed or locked rows:/);
    expect(translate('id', 'workbench.kept.released', { count: 1 })).toMatch(/ 1 baris /);
  });

  it('no string is empty and both languages use the same placeholders', () => {
    for (const key of keys(en)) {
      const other = key.replace(PLURAL, '_other');
      expect(lookup(en, key).trim(), key).not.toBe('');
      expect(lookup(id, other).trim(), other).not.toBe('');
      expect(placeholders(lookup(id, other)), key).toEqual(placeholders(lookup(en, key)));
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
    const known = new Set([...keys(en), ...words(en)]);
    const missing: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      const literal = [...src.matchAll(/\b(?:t|setNotice)\(\s*'([a-zA-Z][\w.-]*)'/g), ...src.matchAll(/(?:messageKey|KEYS?\b[^=\n]*=)[^'\n]*'((?:errors|drift|align)\.[\w.]+)'/g), ...src.matchAll(/'((?:errors|drift|align|warnings|status)\.[a-zA-Z][\w.]*)'/g)].map((m) => m[1]);
      for (const key of literal) if (!known.has(key) && !key.endsWith('.')) missing.push(`${path.relative(root, file)}: ${key}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
