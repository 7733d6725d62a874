export type { Lang, Sentence } from './types';
export { detectLang, detectOtherLang, otherLangOf, detectParagraphLangs, type LangSpan } from './lang';
export { segment } from './segment';
export { splitLines } from './lines';
export { splitParagraphs } from './layout';
export { ABBREVIATIONS, type AbbreviationKind } from './abbreviations';
export { sameLanguage, parseLangOption, type LangOption } from './lang-tags';
