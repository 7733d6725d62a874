/** Language tags (BCP 47) and the analysis language they name. */
import type { Lang } from './types';

/** A tag's language subtag, lower case: `en-US` → `en`, `pt_BR` → `pt`. */
export function primaryLang(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0];
}

/** `en-US` → `en`, `in`/`ind` → `id`; a language figure analysis does not read in words → null. */
export function figureLangOf(tag: string | undefined): Lang | null {
  const primary = primaryLang(tag);
  if (primary === 'id' || primary === 'in' || primary === 'ind') return 'id';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

/** True when `tag` names a language outside the Indonesian and English readers (`de-CH`, `fr`); false for none. */
export function isOtherLanguage(tag: string | undefined): tag is string {
  return typeof tag === 'string' && tag !== '' && figureLangOf(tag) === null;
}

/**
 * True when two versions are in one language: their analysis language, or, for a version in a language
 * read by its digits (its `lang` is the segmenter's `en`), the language its tag names (`de` is not `en`).
 */
export function sameLanguage(a: { lang: Lang; langTag?: string }, b: { lang: Lang; langTag?: string }): boolean {
  const language = (v: { lang: Lang; langTag?: string }) => (isOtherLanguage(v.langTag) ? primaryLang(v.langTag) : v.lang);
  return language(a) === language(b);
}
