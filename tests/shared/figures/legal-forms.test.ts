/**
 * A number between a capitalised name and a company's legal form is part of the company's name
 * (`Bintang 2 S.A.`, `Apollo 11 Ltd`), in both languages. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const texts = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => f.text);

describe('a number before a legal form is part of a name', () => {
  it('dotted and plain forms: S.A., N.V., Ltd, Inc, Tbk, GmbH (Indonesian and English)', () => {
    expect(texts('Grup itu membeli Bintang 1 S.A., Bintang 2 N.V. dan Samudra 3 Ltd.', 'id')).toEqual([]);
    expect(texts('The group bought Bintang 1 S.A., Bintang 2 N.V. and Samudra 3 Ltd.', 'en')).toEqual([]);
    expect(texts('Saham Mitra 2 Tbk dan Nord 4 GmbH naik.', 'id')).toEqual([]);
    expect(texts('Shares of Mitra 2 Inc and Nord 4 GmbH rose.', 'en')).toEqual([]);
  });
  it('the names against each other give no drift, though the English side drops the dots', () => {
    expect(drifts('Perseroan mengambil alih Bintang 1 S.A. dan Bintang 4 S.A. di Panama.', 'The firm took over Bintang 1 SA and Bintang 4 SA in Panama.')).toEqual([]);
  });
  it('guards: a count without a name before it, a country before it, and a figure with a scale stay figures', () => {
    expect(texts('Mereka mendirikan 3 Ltd baru tahun lalu.', 'id')).toEqual(['3 Ltd']);
    expect(texts('It set up 3 Ltd firms in the UK 2 Ltd offices.', 'en')).toEqual(['3 Ltd firms', '2 Ltd offices']);
    expect(texts('Dana 5 miliar dolar mengalir ke Samudra Ltd.', 'id')).toEqual(['5 miliar dolar']);
    // a form that is also another word (`SA` South Africa, `Limited`) before a lower-case noun qualifies it
    expect(texts('The Top 10 SA companies grew.', 'en')).toEqual(['10 SA companies']);
    expect(texts('A Category 5 Limited edition.', 'en')).toEqual(['5']);
    expect(texts('Saham PT Mitra 2 Tbk dan PT Nusa 3 Tbk naik.', 'id')).toEqual([]);
  });
});
