/**
 * The part a figure plays in a change (shared/drift/change-roles): the size of a rise or fall, the
 * level reached, the level it started from; and the qualifier drift when a translation keeps the number
 * but gives it another part. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { changeRole, rolesDisagree } from '../../../shared/drift/change-roles';
import { wordExplanation } from '../../../shared/drift/explain';
import { checkLine, drifts } from './helpers';

/** The part of the figure written `figure` in `text`. */
function roleOf(text: string, figure: string, lang: 'id' | 'en', percent = false) {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`no ${figure} in ${text}`);
  return changeRole(text.slice(0, at), text.slice(at + figure.length), lang, percent);
}

describe('changeRole: the words before (and after) a figure', () => {
  it('Indonesian: the size of a change, the level reached, the level it started from', () => {
    expect(roleOf('Ekspor kopi naik sebesar Rp4,2 miliar.', 'Rp4,2 miliar', 'id')).toBe('change');
    expect(roleOf('Ekspor kopi naik 3 persen tahun ini.', '3 persen', 'id', true)).toBe('change');
    expect(roleOf('Kenaikan harga gula sebesar 12 persen memukul warung.', '12 persen', 'id', true)).toBe('change');
    expect(roleOf('Ekspor kopi naik 3 persen menjadi Rp4,2 miliar.', 'Rp4,2 miliar', 'id')).toBe('level');
    expect(roleOf('Kurs rupiah melemah ke level 9.450 sore ini.', '9.450', 'id')).toBe('level');
    expect(roleOf('Harga beras naik dari Rp8.000 menjadi Rp9.500 per kilo.', 'Rp8.000', 'id')).toBe('from');
    expect(roleOf('Harga beras naik dari Rp8.000 menjadi Rp9.500 per kilo.', 'Rp9.500', 'id')).toBe('level');
    expect(roleOf('Laba melonjak dibanding laba tahun sebelumnya sebesar Rp40 miliar.', 'Rp40 miliar', 'id')).toBe('from');
  });
  it('English: by / of for the change, to for the level, from for the start', () => {
    expect(roleOf('Coffee exports rose by Rp4.2 billion.', 'Rp4.2 billion', 'en')).toBe('change');
    expect(roleOf('Coffee exports rose 3 percent this year.', '3 percent', 'en', true)).toBe('change');
    expect(roleOf('The bank reported an increase of 12 percent in deposits.', '12 percent', 'en', true)).toBe('change');
    expect(roleOf('Coffee exports rose 3.5 percent to Rp4.2 billion.', 'Rp4.2 billion', 'en')).toBe('level');
    expect(roleOf('Rice prices rose to Rp9,500 from Rp8,000 a kilo.', 'Rp8,000', 'en')).toBe('from');
    expect(roleOf('Rice prices rose to Rp9,500 from Rp8,000 a kilo.', 'Rp9,500', 'en')).toBe('level');
  });
  it('a figure restating the one before it plays its part (*sebesar 3 persen atau Rp4 miliar*)', () => {
    expect(roleOf('Kenaikan simpanan sebesar 3 persen atau Rp4 miliar.', 'Rp4 miliar', 'id')).toBe('change');
  });
  it('an amount followed by `dari` and another amount, with no change word before it, is the new level', () => {
    expect(roleOf('Harga tiket rata-rata sebesar Rp45.000 dari Rp40.000 bulan lalu.', 'Rp45.000', 'id')).toBe('level');
    // a percent from an amount is a change from a level, not two levels
    expect(roleOf('Laba itu 240 persen dari Rp12 miliar tahun lalu.', '240 persen', 'id', true)).toBeUndefined();
  });
  it('no part where the words say none: a level stated plainly, "up to", a growth rate in percent', () => {
    expect(roleOf('Inflasi mencapai 6 persen tahun ini.', '6 persen', 'id', true)).toBeUndefined();
    expect(roleOf('Inflation stood at 6 percent this year.', '6 percent', 'en', true)).toBeUndefined();
    expect(roleOf('Prices may rise up to 6 percent.', '6 percent', 'en', true)).toBeUndefined();
    expect(roleOf('Ekonomi tumbuh 6 persen tahun lalu.', '6 persen', 'id', true)).toBeUndefined();
    expect(roleOf('Growth rose to 6 percent last year.', '6 percent', 'en', true)).toBe('level');
    // growth verbs do give an amount its part
    expect(roleOf('Kredit tumbuh sebesar Rp8 triliun.', 'Rp8 triliun', 'id')).toBe('change');
  });
  it('the base of a comparison is the level it started from, with or without a change word', () => {
    expect(roleOf('Rasio kredit 80 persen, dibandingkan dengan 71 persen setahun sebelumnya.', '71 persen', 'id', true)).toBe('from');
    expect(roleOf('Harga ekspor 60 dolar, dibanding periode yang sama tahun lalu sebesar 52 dolar.', '52 dolar', 'id')).toBe('from');
    expect(roleOf('The loan ratio was 80 percent, compared with 71 percent a year earlier.', '71 percent', 'en', true)).toBe('from');
    // a number after a time phrase is no base (here the change itself); "compared to" is no level's "to"
    expect(roleOf('Kenaikannya dibanding bulan lalu 4,3 persen.', '4,3 persen', 'id', true)).toBeUndefined();
    expect(roleOf('The rupiah dropped to Rp9,370 compared to Rp9,335 a day earlier.', 'Rp9,335', 'en')).toBe('from');
  });
  it('a change noun after an English amount, "by" far after its verb, a change word with -nya', () => {
    expect(roleOf('Profit rose thanks to a Rp21.7 billion increase in fees.', 'Rp21.7 billion', 'en')).toBe('change');
    expect(roleOf('Demand raised the share of the engine division in the group total income by 47 percent.', '47 percent', 'en', true)).toBe('change');
    expect(roleOf('Laba dipicu naiknya pendapatan menjadi Rp21,7 miliar.', 'Rp21,7 miliar', 'id')).toBe('level');
  });
  it('a change noun after the figure decides even in the base of a comparison ("compared with forecasts of a 600,000-barrel draw")', () => {
    const en = 'Crude stocks fell 3.1 million barrels, compared with forecasts of a 600,000-barrel draw.';
    expect(roleOf(en, '600,000-barrel', 'en')).toBe('change');
    // the Indonesian rendering names the fall before the figure: the same part, no drift
    const id = 'Stok minyak mentah turun 3,1 juta barel, dibandingkan perkiraan penurunan 600.000 barel.';
    expect(drifts(id, en)).toEqual([]);
    // guard: a level compared with stays the level it started from
    expect(roleOf('Stocks stood at 420 million barrels, compared with 415 million barrels a week earlier.', '415 million', 'en')).toBe('from');
  });
  it('parts disagree only when both versions state one', () => {
    expect(rolesDisagree('change', 'level')).toBe(true);
    expect(rolesDisagree('level', 'level')).toBe(false);
    expect(rolesDisagree('change', undefined)).toBe(false);
  });
});

describe('the same number given another part in a change is a qualifier drift', () => {
  it('an increase rendered as the level reached, either way', () => {
    const a = 'Penjualan pabrik itu naik sebesar Rp12,4 miliar pada tahun lalu.';
    const b = "The plant's sales rose to Rp12.4 billion last year.";
    expect(drifts(a, b)).toEqual(['qualifier:Rp12,4 miliar']);
    expect(drifts(b, a, 'en', 'id')).toEqual(['qualifier:Rp12.4 billion']);
  });
  it('the start and the end of a change swapped', () => {
    const a = 'Harga saham itu naik dari Rp1.200 menjadi Rp1.500.';
    const b = 'The share price rose to Rp1,200 from Rp1,500.';
    expect(drifts(a, b)).toEqual(['qualifier:Rp1.200', 'qualifier:Rp1.500']);
  });
  it('a level rendered as a change (*menjadi* ↔ "by")', () => {
    const a = 'Pemerintah menaikkan anggaran sekolah, dan dana itu meningkat menjadi Rp640 miliar.';
    const b = 'The government raised the school budget, and the fund increased by Rp640 billion.';
    expect(drifts(a, b)).toEqual(['qualifier:Rp640 miliar']);
  });
  it('the explanation names both parts, in English and in Indonesian', () => {
    const m = checkLine('Penjualan pabrik itu naik sebesar Rp12,4 miliar pada tahun lalu.', "The plant's sales rose to Rp12.4 billion last year.").mismatches[0];
    expect(m.messageKey).toBe('drift.role');
    expect(m.note).toBe('"Rp12,4 miliar" is the size of a change but "Rp12.4 billion" is the level reached: the figure now measures another thing.');
    expect(wordExplanation(m, 'id')).toBe('“Rp12,4 miliar” adalah besar perubahan, tetapi “Rp12.4 billion” adalah tingkat yang dicapai: angkanya kini mengukur hal lain.');
  });
  it('an earlier level rendered as an increase (*dibanding dengan 71 persen* ↔ "an increase of 71 percent")', () => {
    const a = 'Rasio kredit bank itu 80 persen pada Juni, dibanding dengan 71 persen setahun sebelumnya.';
    const b = "The bank's loan ratio was 80 percent in June, an increase of 71 percent from a year earlier.";
    expect(drifts(a, b)).toEqual(['qualifier:71 persen']);
  });
  it('a level rendered as an increase by that size, the verb far from "by"', () => {
    const a = 'Permintaan mendorong kenaikan porsi divisi mesin dalam pendapatan dari 40 persen tahun lalu menjadi 47 persen tahun ini.';
    const b = "Demand raised the share of the engine division in the group's income by 47 percent from 40 percent a year earlier.";
    expect(drifts(a, b)).toEqual(['qualifier:47 persen']);
  });
  it('guard: a rate of change (inflation, year on year) is both the change and the level of the rate', () => {
    const a = 'Harga-harga naik 0,9 persen dari bulan lalu dan naik 6,3 persen secara tahunan.';
    const b = 'Prices rose 0.9 percent from a month earlier, bringing annual inflation to 6.3 percent.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('guard: the same part on both sides agrees', () => {
    expect(drifts('Penjualan pabrik itu naik sebesar Rp12,4 miliar.', "The plant's sales rose by Rp12.4 billion.")).toEqual([]);
    expect(drifts('Harga saham itu naik dari Rp1.200 menjadi Rp1.500.', 'The share price rose to Rp1,500 from Rp1,200.')).toEqual([]);
  });
  it('guard: a growth rate said as growth and as the rate reached is one rate', () => {
    expect(drifts('Ekonomi negara itu tumbuh 6,1 persen tahun lalu.', "The country's economic growth rose to 6.1 percent last year.")).toEqual([]);
  });
  it('guard: a bound or a range after the change word names where the value went', () => {
    expect(drifts('Rupiah menguat di bawah level Rp9.100 per dolar AS.', 'The rupiah strengthened to below Rp9,100 per US dollar.')).toEqual([]);
    expect(drifts('Jika suku bunga turun berkisar antara 7-8 persen, kredit akan tumbuh.', 'If the rate dropped to 7-8 percent, lending would grow.')).toEqual([]);
  });
});
