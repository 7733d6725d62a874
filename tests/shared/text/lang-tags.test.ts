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

describe('parseLangOption: a language a user names', () => {
  it('auto, id, en and their regional tags name the readers; another known language is read by its tag', async () => {
    const { parseLangOption } = await import('../../../shared/text/lang-tags');
    expect(parseLangOption('auto')).toEqual({ lang: 'auto' });
    expect(parseLangOption('id-ID')).toEqual({ lang: 'id' });
    expect(parseLangOption('en_GB')).toEqual({ lang: 'en' });
    expect(parseLangOption('fr-CH')).toEqual({ lang: 'en', langTag: 'fr-CH' });
    expect(parseLangOption('pt_BR')).toEqual({ lang: 'en', langTag: 'pt-BR' });
  });
  it('guard: a word or a code the locale data does not know as a language is none (`idn` is a country code)', async () => {
    const { parseLangOption } = await import('../../../shared/text/lang-tags');
    for (const v of ['idn', 'all', 'yes', 'deutsch', '', 'd']) expect(parseLangOption(v), v).toBeUndefined();
  });
});
