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

/** A language as a user names it (`--lang-a de-CH`): the analysis language, and the tag of another language. */
export interface LangOption {
  lang: Lang | 'auto';
  /** Set for a language outside the Indonesian and English readers (`de-CH`): its figures are read by its tag. */
  langTag?: string;
}

let languageNames: Intl.DisplayNames | undefined;

/** True when this language subtag is one the readers know, or the runtime's locale data names (`de`, `fil`; not `idn`, `all`, `yes`). */
function knownLanguage(primary: string): boolean {
  if (figureLangOf(primary)) return true;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = languageNames.of(primary);
    return !!name && name.toLowerCase() !== primary;
  } catch {
    return false;
  }
}

/** A well-formed language tag: a language subtag of two or three letters, then subtags (`en`, `de-CH`, `pt_BR`, `zh-Hant-TW`). */
const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * Reads a user's language option: `auto`, `id`, `en`, or any language tag (`id-ID`, `en-GB`, `de`, `fr-CH`).
 * Indonesian and English tags name their reader; another language is segmented as English and its figures
 * read by its tag. Undefined when `value` is no language tag the locale data knows (`idn`, `yes`).
 */
export function parseLangOption(value: string): LangOption | undefined {
  if (value === 'auto') return { lang: 'auto' };
  if (!LANG_TAG.test(value) || !knownLanguage(primaryLang(value))) return undefined;
  const lang = figureLangOf(value);
  return lang ? { lang } : { lang: 'en', langTag: value.replace(/_/g, '-') };
}

/**
 * The language a file already aligned (TMX, XLIFF) is read in under a user's option: the option's reader for
 * Indonesian and English; the file's own tags (`auto`) for another language, which they name better than the option.
 */
export function alignedFileLang(o: LangOption): Lang | 'auto' {
  return o.langTag ? 'auto' : o.lang;
}

