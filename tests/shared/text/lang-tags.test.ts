import { describe, expect, it } from 'vitest';
import { figureLangOf, isOtherLanguage, primaryLang, sameLanguage } from '../../../shared/text/lang-tags';

describe('language tags', () => {
  it('the primary subtag, the analysis language, and languages read by their digits', () => {
    expect(primaryLang('pt_BR')).toBe('pt');
    expect(figureLangOf('en-GB')).toBe('en');
    expect(figureLangOf('ind')).toBe('id');
    expect(figureLangOf('de-CH')).toBeNull();
    expect(isOtherLanguage('fr')).toBe(true);
    expect(isOtherLanguage('en-US')).toBe(false);
    expect(isOtherLanguage(undefined)).toBe(false);
  });
  it('two versions are in one language by their tags where a tag names a language read by its digits', () => {
    expect(sameLanguage({ lang: 'en', langTag: 'de-DE' }, { lang: 'en', langTag: 'en-US' })).toBe(false);
    expect(sameLanguage({ lang: 'en', langTag: 'de-DE' }, { lang: 'en' })).toBe(false);
    expect(sameLanguage({ lang: 'en', langTag: 'de-DE' }, { lang: 'en', langTag: 'de-CH' })).toBe(true);
    expect(sameLanguage({ lang: 'id' }, { lang: 'id', langTag: 'id-ID' })).toBe(true);
    expect(sameLanguage({ lang: 'id' }, { lang: 'en' })).toBe(false);
  });
});
