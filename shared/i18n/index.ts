import { en } from './en';
import { id } from './id';
import type { UiLang } from '../api';

export type { Messages } from './en';
export const resources = { en: { translation: en }, id: { translation: id } } as const;

/** Numbers in an interface language's digits and marks (`3,250.5`, *3.250,5*). */
export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', options);
}

/** Looks a dotted key up in one language's messages and fills `{{param}}` placeholders (for non-React code). */
export function translate(lang: UiLang, key: string, params: Record<string, string | number> = {}): string {
  const table: unknown = lang === 'id' ? id : en;
  const find = (k: string): unknown => {
    let node: unknown = table;
    for (const part of k.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return node;
  };
  let node = find(key);
  // A count picks its plural form as i18next does: `key_one`, `key_other`, … by the language's rules.
  if (typeof node !== 'string' && typeof params.count === 'number') {
    node = find(`${key}_${new Intl.PluralRules(lang).select(params.count)}`);
    if (typeof node !== 'string') node = find(`${key}_other`);
  }
  if (typeof node !== 'string') return key;
  // `{{x, number}}` is written in the language's digits, as i18next's built-in formatter does.
  const number = numberFormat(lang);
  return node.replace(/\{\{\s*(\w+)\s*(,\s*number\s*)?\}\}/g, (m, name: string, asNumber?: string) => {
    if (!(name in params)) return m;
    const value = params[name];
    return asNumber && typeof value === 'number' ? number.format(value) : String(value);
  });
}
