import { describe, expect, it } from 'vitest';
import { prepare } from '../../../shared/align/engine';
import { END_COLON, END_OPEN, END_SEMICOLON, NOISE, sentenceMarks } from '../../../shared/align/features';
import { DEFAULT_PARAMS, modelParams } from '../../../shared/align/params';
import { Scorer } from '../../../shared/align/scorer';

describe('sentenceMarks', () => {
  it('marks sentences that end in a colon or a semicolon (full-width too, trailing spaces ignored)', () => {
    const marks = sentenceMarks(['Die Teilnehmer waren :', 'il pleuvait depuis le matin ; ', 'Fin.', 'Peserta：', 'Harga naik；', 'ada;kah.', 'Wer kommt?']);
    expect(Array.from(marks)).toEqual([END_COLON, END_SEMICOLON, 0, END_COLON, END_SEMICOLON, 0, 0]);
  });

  it('marks sentences that leave a parenthesis or bracket open, whatever their last mark', () => {
    const marks = sentenceMarks(['Das Buch von Anna Berg ( Basel :', 'Laporan itu [ halaman 4 .', 'Er kam ( spät ) an :', 'Sie ging ) weg ( .', 'Kata dia ( 2020 ) .']);
    expect(Array.from(marks)).toEqual([END_OPEN, END_OPEN, END_COLON, END_OPEN, 0]);
  });

  it('marks noise lines: no digit and no run of two letters', () => {
    const marks = sentenceMarks(['.....', '- _-', 'h * "', 'x y ;', '', 'Ya.', 'Oh!', '1. 1990 :', 'Sie kam.', '5']);
    expect(Array.from(marks)).toEqual([NOISE, NOISE, NOISE, NOISE | END_SEMICOLON, NOISE, 0, 0, END_COLON, 0, 0]);
  });
});

describe('the reward of leaving out a noise line', () => {
  it('adds noiseSkip to the 1-0 / 0-1 bead of a noise line only', () => {
    const prep = prepare({ lang: 'en', sentences: ['The river rose 2 metres overnight.', '* - *'] }, { lang: 'id', sentences: ['Sungai naik 2 meter semalam.', 'Warga mengungsi.'] }, {});
    const score = (noiseSkip: number, i: number, j: number, da: number, db: number): number =>
      new Scorer(prep.A, prep.B, prep.space, modelParams(DEFAULT_PARAMS, { noiseSkip }), prep.len).score(i, j, da, db);
    expect(score(2, 2, 1, 1, 0)).toBeCloseTo(score(0, 2, 1, 1, 0) + 2, 9);
    expect(score(2, 1, 0, 1, 0)).toBe(score(0, 1, 0, 1, 0));
    expect(score(2, 2, 2, 0, 1)).toBe(score(0, 2, 2, 0, 1));
    expect(score(2, 2, 2, 1, 1)).toBe(score(0, 2, 2, 1, 1));
  });
});

describe('the cost of a bead that ends where a sentence ends in a semicolon', () => {
  const a = ['Die Hütte war voll, und wir schliefen im Heu.', 'Am Morgen schneite es.'];
  const b = ['La cabane était pleine ;', 'nous avons dormi dans le foin.', 'Au matin, il neigeait.'];
  const prep = prepare({ lang: 'de', sentences: a }, { lang: 'fr', sentences: b }, {});
  const score = (endSemi: number, i: number, j: number, da: number, db: number): number =>
    new Scorer(prep.A, prep.B, prep.space, modelParams(DEFAULT_PARAMS, { endSemi }), prep.len).score(i, j, da, db);

  it('costs endSemi when one side ends in ";" and the other does not, one-sided beads too', () => {
    expect(score(1, 1, 1, 1, 1)).toBeCloseTo(score(0, 1, 1, 1, 1) - 1, 9);
    expect(score(1, 0, 1, 0, 1)).toBeCloseTo(score(0, 0, 1, 0, 1) - 1, 9);
    // the 1-2 bead ends on the second French sentence: no cost
    expect(score(1, 1, 2, 1, 2)).toBe(score(0, 1, 2, 1, 2));
  });

  it('costs nothing when both sides end in the same mark', () => {
    const p2 = prepare({ lang: 'de', sentences: ['Es regnete ;'] }, { lang: 'fr', sentences: ['Il pleuvait ;'] }, {});
    const s = (endSemi: number): number => new Scorer(p2.A, p2.B, p2.space, modelParams(DEFAULT_PARAMS, { endSemi }), p2.len).score(1, 1, 1, 1);
    expect(s(1)).toBe(s(0));
  });
});
