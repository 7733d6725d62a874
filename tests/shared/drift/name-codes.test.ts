/**
 * A name's number glued to it (`Mobile-8`, `F-16`, `G20`) is no figure, but another number under the same name in the
 * other version names another thing (guideline section 3: a name whose number differs is a discrepancy). Both languages,
 * both directions; guards: the same code written two ways, codes the figures read (*H-7*), tenors and years. The
 * sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { labelledNumbersIn } from '../../../shared/figures/labelled-numbers';
import { allLevels, drifts } from './helpers';

describe("a name's glued number", () => {
  it('is read under the name as its concept, with or without the hyphen', () => {
    expect(labelledNumbersIn('Jet F-16 dan Su-34 terlihat.').map((x) => [x.concept, x.value])).toEqual([
      ['code:f', '16'],
      ['code:su', '34'],
    ]);
    expect(labelledNumbersIn('The G20 summit opened.').map((x) => [x.concept, x.value])).toEqual([['code:g', '20']]);
  });
  it('another number under the same name is a value drift, either way', () => {
    expect(drifts('Direktur Mobile-6 melaporkan izin itu.', "Mobile-8's director reported the permit.")).toEqual(['value:Mobile-6']);
    expect(drifts("Mobile-8's director reported the permit.", 'Direktur Mobile-6 melaporkan izin itu.', 'en', 'id')).toEqual(['value:Mobile-8']);
    expect(drifts('Pesawat F-16 itu jatuh di gurun.', 'The F-18 jet crashed in the desert.')).toEqual(['value:F-16']);
  });
  it('guards: one code written two ways, a code kept, codes the figures read, tenors and years', () => {
    expect(allLevels('KTT G20 digelar di Bali.', 'The G-20 summit was held in Bali.')).toEqual([]);
    expect(allLevels('Pandemi COVID-19 meluas.', 'The COVID-19 pandemic spread.')).toEqual([]);
    expect(labelledNumbersIn('Puncak mudik terjadi H-7 Lebaran.')).toEqual([]);
    expect(labelledNumbersIn('Gempa M5 mengguncang kota.')).toEqual([]);
    expect(labelledNumbersIn('Suku bunga SBI-3 bulan turun.')).toEqual([]);
    expect(labelledNumbersIn('Pameran Expo-2020 dibuka.')).toEqual([]);
    // currency letters glued to an amount are the amount's (`Rp5 miliar`, `RM5`)
    expect(labelledNumbersIn('Dana Rp5 miliar dan RM5 juta cair.')).toEqual([]);
    // two numbers under one name on a side (`F-16 and F-18`): the pairs are not known, nothing is compared
    expect(allLevels('Jet F-16 dan F-18 terlihat.', 'F-16 jets were seen.')).toEqual([]);
  });
});
