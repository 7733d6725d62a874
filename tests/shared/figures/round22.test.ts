/**
 * Reader rules of the twenty-second round (issue 10), from false alarms judged on unlabelled real
 * translations. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { drifts } from '../drift/helpers';

const id = (s: string) => extractFromSentence(s, 'id');

describe('*hingga* misspelt by one slip is still the bound', () => {
  it('Indonesian *hinggga Rp1 triliun* is up to; against "up to Rp1 trillion" no drift, both ways', () => {
    expect(id('Penyaluran kredit ditargetkan hinggga Rp1 triliun.').map((f) => [f.text, f.qualifier])).toEqual([['hinggga Rp1 triliun', 'up-to']]);
    expect(drifts('Penyaluran kredit ditargetkan hinggga Rp1 triliun.', 'Lending is targeted at up to Rp1 trillion.')).toEqual([]);
    expect(drifts('Lending is targeted at up to Rp1 trillion.', 'Penyaluran kredit ditargetkan hinggga Rp1 triliun.', 'en', 'id')).toEqual([]);
  });
  it('guard: *hinggap* (to perch) is a word of its own', () => {
    expect(id('Burung itu hinggap 5 kali di atap.').map((f) => f.qualifier)).toEqual(['exact']);
  });
});

const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('figdev3: decades, ranks, ages, names and articles', () => {
  it('a decade is the range of its years: *1970-an*, *1990an*, *tahun 80-an*; "the 1970s", "80s" after a year', () => {
    expect(read(id('Penculikan terjadi dalam tahun 1970-an dan 80-an, bukan 1990an.'))).toEqual([
      ['1970-an', 'range', '1970..1979'],
      ['80-an', 'range', '1980..1989'],
      ['1990an', 'range', '1990..1999'],
    ]);
    expect(read(en("The abductions took place in the 1970s and '80s, not the 1990s."))).toEqual([
      ['1970s', 'range', '1970..1979'],
      ['80s', 'range', '1980..1989'],
      ['1990s', 'range', '1990..1999'],
    ]);
    expect(read(id('Harga minyak melonjak pada tahun 70-an.'))).toEqual([['70-an', 'range', '1970..1979']]);
    expect(drifts('Penculikan itu terjadi pada tahun 1970-an dan 1980-an.', 'The abductions took place in the 1970s and 80s.')).toEqual([]);
  });
  it('guard: an age in decades (*usia 50-an*, "in his 50s") and a code glued to letters are no decade of years', () => {
    const ofYears = (f: { kind: string; low?: number }) => f.kind === 'range' && (f.low ?? 0) >= 1000;
    expect(id('Pria berusia 50-an tahun itu ditangkap.').some(ofYears)).toBe(false);
    expect(en('A man in his 50s was arrested.').some(ofYears)).toBe(false);
    expect(en('Temperatures stayed in the 30s all week.').some((f) => f.kind === 'range')).toBe(false);
    expect(en('The 2000sx model sold well.').some((f) => f.kind === 'range')).toBe(false);
  });
  it('*lantai dua* is the second floor; "in the first place" is an idiom, "finished in the first place in 2006" a rank', () => {
    expect(read(id('Ia selamat dengan meloncat dari lantai dua.'))).toEqual([['dua', 'ordinal', 2]]);
    expect(en('The bidders had been chosen in the first place.')).toEqual([]);
    expect(read(en('The team finished in the first place in 2006.'))[0]).toEqual(['first', 'ordinal', 1]);
  });
  it('an age after a name, in brackets or between commas, or after "turned", is a length of time in years', () => {
    expect(read(id('Presiden Robert Mugabe (83) memimpin sejak 1980.'))[0]).toEqual(['83', 'duration', 83]);
    expect(read(en('Alishtari, 53, was arrested.'))).toEqual([['53', 'duration', 53]]);
    expect(read(en('The negotiator, who turned 63 on Thursday, smiled.'))).toEqual([['63', 'duration', 63]]);
    expect(drifts('Presiden Robert Mugabe (83) memimpin sejak 1980.', 'President Robert Mugabe, 83, has led since 1980.')).toEqual([]);
  });
  it('guard: the first number of a list after a place, and a bracketed clause number, are no age', () => {
    expect(read(id('Di Jakarta, 12, 15 dan 20 orang terluka.'))[0]).toEqual(['12', 'count', 12]);
    expect(read(en('In Jakarta, 12, 15 and 20 people were hurt.'))[0]).toEqual(['12', 'count', 12]);
  });
  it('a small number between two acronyms is part of a name (YED 1 SA); a country before a count or a clock after stays a figure', () => {
    expect(en('It bought YED 1 SA, YED 2 SA and YED 5 SA.')).toEqual([]);
    expect(id('Perseroan membeli YED 1 SA dan YED 2 SA.')).toEqual([]);
    expect(read(en('The deadline is 5 PM.'))).toEqual([['5 PM', 'time', '17:00']]);
    expect(read(id('Investasi di AS 3 BUMN naik.'))[0]).toEqual(['3 BUMN', 'count', 3]);
  });
  it('*satu sumber*, *satu hal* are the article and the idiom, whatever else the sentence counts', () => {
    expect(read(id('Dua orang tewas dan 10 cedera, kata kantor berita mengutip satu sumber kepolisian.'))).toEqual([
      ['Dua orang', 'count', 2],
      ['10 cedera', 'count', 10],
    ]);
    expect(id('Satu hal yang saya tahu pasti ialah itu.')).toEqual([]);
    expect(drifts('Dua orang tewas, kata kantor berita mengutip satu sumber kepolisian.', 'Two people died, the agency said, quoting a police source.')).toEqual([]);
  });
  it('guard: *satu sumber dari tiga sumber* counts', () => {
    expect(read(id('Hanya satu sumber dari tiga sumber yang setuju.'))[0]).toEqual(['satu sumber', 'count', 1]);
  });
});

describe('"about the" before a count is the preposition', () => {
  it('"more about the 3 new rules" is exact; *tentang 3 aturan baru* likewise, so no qualifier drift', () => {
    expect(en('Read more about the 3 new rules.').map((f) => f.qualifier)).toEqual(['exact']);
    expect(drifts('Baca lebih lanjut tentang 3 aturan baru itu.', 'Read more about the 3 new rules.')).toEqual([]);
  });
  it('guard: "around the 9,100 level" and "about 300 people" stay approximate', () => {
    expect(en('The rupiah hovered around the 9,100 level.').map((f) => f.qualifier)).toEqual(['about']);
    expect(en('About 300 people came.').map((f) => f.qualifier)).toEqual(['about']);
  });
});

describe('inline-code placeholders inside a number (a TMX/XLIFF `<g>`, `<ph/>`)', () => {
  const code = (k: number) => String.fromCharCode(0xe000 + k);
  it('are no break in the number; the figure keeps its offsets in the text as it is', () => {
    const text = `The fee is 1${code(0)}0${code(1)},000 dollars and ${code(2)}2${code(3)}5% tax.`;
    const fs = en(text);
    expect(fs.map((f) => [f.kind, f.value])).toEqual([
      ['money', 10000],
      ['percent', 25],
    ]);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(fs.map((f) => f.text));
    expect(id(`Biaya 1${code(0)}0.000 dolar.`).map((f) => f.value)).toEqual([10000]);
  });
  it('a code beside a space is no break either: formatting around part of a figure (`<g>$12</g> million`, `5<x/> percent`)', () => {
    const money = `It cost ${code(0)}$12${code(1)} million.`;
    expect(en(money).map((f) => [f.kind, f.value, f.text])).toEqual([['money', 12e6, `$12${code(1)} million`]]);
    expect(id(`Biayanya ${code(0)}12${code(1)} juta dolar.`).map((f) => [f.kind, f.value, f.currency])).toEqual([['money', 12e6, 'USD']]);
    expect(en(`It rose 5${code(0)} percent on ${code(1)}June${code(2)} 4.`).map((f) => [f.kind, f.value])).toEqual([
      ['percent', 5],
      ['date', '--06-04'],
    ]);
  });
  it('guard: a code between two words still parts them', () => {
    expect(en(`There were 5${code(0)}people.`).map((f) => [f.text, f.value])).toEqual([['5', 5]]);
    expect(en(`Sales grew${code(0)}5 percent.`).map((f) => [f.kind, f.value])).toEqual([['percent', 5]]);
  });
});

describe('digits of other scripts, and Han or kana letters beside digits', () => {
  it('Arabic-Indic digits and their decimal and percent signs, full-width digits: the values, the text as written', () => {
    const fs = en('يضم ١٦٣ طابقًا بنسبة ٣٫٥٪.');
    expect(fs.map((f) => [f.kind, f.value])).toEqual([
      ['count', 163],
      ['percent', 3.5],
    ]);
    expect(fs[1].text).toBe('٣٫٥٪');
    expect(en('１２５０ units were sold.').map((f) => f.value)).toEqual([1250]);
    expect(id('Terjual １２５０ unit.').map((f) => f.value)).toEqual([1250]);
  });
  it('a year and a percent glued to Chinese words are read (2021年 … 25%)', () => {
    expect(en('2021年销售额增长了25%。').map((f) => [f.kind, f.value])).toEqual([
      ['date', '2021'],
      ['percent', 25],
    ]);
  });
  it('guard: a Chinese scale word glued to digits is not cut off (1400万 is no 1400)', () => {
    expect(en('1400万人').some((f) => f.value === 1400)).toBe(false);
  });
});

describe('a short decade needs a decade before it, or a word of an era', () => {
  it('guard: "in their 50s" after a year is an age (50..59), not the 2050s', () => {
    expect(en('In 2007, most of the buyers were in their 50s.').filter((f) => f.kind === 'range').map((f) => f.value)).toEqual(['50..59']);
    expect(id('Pada 2007, kebanyakan pembeli berusia 50-an tahun.').filter((f) => f.kind === 'range').map((f) => f.value)).toEqual(['50..59']);
  });
});

describe('a number in words that names a part (`Chapter one`, `Bab satu`)', () => {
  it('is no quantity in either language; a count still is', () => {
    expect(en('Chapter one begins here, and Part two has 3 tables.').map((f) => f.text)).toEqual(['3 tables']);
    expect(en('Article five of the charter.')).toEqual([]);
    expect(id('Bab satu dimulai di sini. Pasal lima tidak mengaturnya.')).toEqual([]);
    expect(id('Kami merekrut dua insinyur.').map((f) => f.value)).toEqual([2]);
    // the two versions of one heading agree: nothing to flag
    expect(drifts('Bab satu dimulai.', 'Chapter one begins.')).toEqual([]);
  });
});

describe('a ballot number in words (*nomor urut tiga*, `candidate pair number three`)', () => {
  it('names a candidate as the digits do (no count), in both languages; another count in the sentence stays', () => {
    expect(id('Pasangan nomor urut tiga meraih 27 persen suara.').map((f) => f.text)).toEqual(['27 persen']);
    expect(id('Pasangan nomor urut 3 meraih 27 persen suara.').map((f) => f.text)).toEqual(['27 persen']);
    expect(en('Candidate pair number three won 27 percent of the vote.').map((f) => f.text)).toEqual(['27 percent']);
    expect(en('The ballot number two candidate won three provinces.').map((f) => f.text)).toEqual(['three provinces']);
    // two outlets, one in digits and one in words: nothing to flag
    expect(drifts('Pasangan nomor urut tiga meraih 27 persen suara.', 'Pasangan nomor urut 3 meraih 27 persen suara.', 'id', 'id')).toEqual([]);
    expect(drifts('Pasangan nomor urut tiga meraih 27 persen suara.', 'Candidate pair number 3 won 27 percent of the vote.')).toEqual([]);
  });
  it('guard: a rank (*orang nomor satu*, `world number two`) and a count of pairs stay figures', () => {
    expect(id('Ia orang nomor satu di partai itu.').map((f) => f.value)).toEqual([1]);
    expect(id('Tiga pasangan calon bertarung.').map((f) => f.value)).toEqual([3]);
    expect(en('He is the world number two.').map((f) => f.value)).toEqual([2]);
  });
});

describe('a currency alone in brackets after a number (*4.580 (dolar AS)*, `4,580 (US dollars)`)', () => {
  it('names the amount\'s currency, in both languages; against the amount said with its currency, only the hedge differs', () => {
    expect(id('Kita di angka (PDB) 4.580 (dolar AS), ujar Airlangga.').map((f) => [f.text, f.kind, f.currency])).toEqual([['4.580 (dolar AS)', 'money', 'USD']]);
    expect(en('Income reached 4,580 (US dollars) per capita.').map((f) => [f.text, f.kind, f.currency])).toEqual([['4,580 (US dollars)', 'money', 'USD']]);
    expect(drifts('Kita di angka 4.580 (dolar AS), ujar Airlangga.', 'Pendapatannya di angka 4.580-an dolar AS.', 'id', 'id')).toEqual(['qualifier:4.580 (dolar AS)']);
    expect(drifts('Pendapatan per kapita mencapai 4.580 (dolar AS).', 'Per capita income reached $4,580.')).toEqual([]);
  });
  it('guard: a bracket holding an amount is a conversion (two figures); one holding a number in words, its spelling; a unit other than a currency stays out', () => {
    expect(id('Harga naik menjadi Rp 10.000 (US$1) per liter.').map((f) => f.text)).toEqual(['Rp 10.000', 'US$1']);
    expect(id('Sebanyak 25 (dua puluh lima) orang tewas.').map((f) => f.value)).toEqual([25, 25]);
    expect(en('The index rose to 105 (points).').map((f) => f.text)).toEqual(['105']);
  });
});

