/**
 * Language tags (BCP 47, regions kept) of the versions, and which of them figure analysis
 * reads: Indonesian and English fully; any other language is still compared, but only its
 * figures in digits are read reliably, and the UI and CLI say so.
 */
import type { Version } from '../project/types';
import { isOtherLanguage } from '../text/lang-tags';

export { primaryLang, figureLangOf } from '../text/lang-tags';

/** The tag a version is written with in exported files: the imported one, else its analysis language. */
export function langTagOf(v: Pick<Version, 'lang' | 'langTag'>): string {
  return v.langTag || v.lang;
}

/** A language tag's name in the interface language (`de-CH`, `en` → "German (Switzerland)"); the tag itself when the platform has no name for it. */
export function languageName(tag: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag.replace(/_/g, '-')) ?? tag;
  } catch {
    return tag;
  }
}

/** True when the version's language is outside figure analysis (only digits are read). */
export function outsideFigureAnalysis(v: Pick<Version, 'lang' | 'langTag'>): boolean {
  return isOtherLanguage(v.langTag);
}

/** The versions of a project whose language is outside figure analysis, as `name (tag)`. */
export function versionsOutsideAnalysis(versions: ReadonlyArray<Pick<Version, 'lang' | 'langTag' | 'name'>>): string[] {
  return versions.filter(outsideFigureAnalysis).map((v) => (v.name.includes(v.langTag!) ? v.name : `${v.name} (${v.langTag})`));
}

/** The versions with no text at all (a TMX or XLIFF file of one language, or with nothing translated), by name. */
export function versionsWithoutText(versions: ReadonlyArray<Pick<Version, 'name' | 'text'>>): string[] {
  return versions.filter((v) => v.text.trim() === '').map((v) => v.name);
}

/** Languages written right to left (BCP 47 primary subtags), and scripts that are (`-Arab`, `-Hebr`, …). */
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = /^(arab|hebr|syrc|thaa|nkoo|adlm|rohg)$/i;

/** True when a language tag names a language or script written right to left (`ar`, `he-IL`, `fa`, `ks-Arab`); `az-Latn` is not. */
export function isRightToLeft(tag: string | undefined): boolean {
  const parts = (tag ?? '').split(/[-_]/);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return RTL_SCRIPTS.test(script);
  return RTL_LANGS.has(parts[0].toLowerCase());
}
