/**
 * Drift rules of the twelfth round on real translations (issue 10, the dev8 classes), end to end on one
 * bead, in both directions. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { allLevels, drifts, reviews } from './helpers';

describe('a hedge on a verb of reaching, or `near`, hedges the level', () => {
  it('*mendekati 15 persen* against "almost reached 15 percent": a match both ways', () => {
    const a = 'Pertumbuhan kredit pada akhir Juni sudah mendekati 15 persen.';
    const b = 'Credit growth at the end of June had almost reached 15 percent.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('*hampir mencapai Rp8.700* against "nearly Rp8,700" and "to near Rp8,700"', () => {
    const a = 'Rupiah melemah hingga hampir mencapai Rp8.700 per dolar AS.';
    expect(allLevels(a, 'The rupiah weakened to nearly Rp8,700 per dollar.')).toEqual([]);
    expect(allLevels('The rupiah slid to near Rp8,700 per dollar.', a, 'en', 'id')).toEqual([]);
  });
  it('the same hedged level is the counterpart, not a bound at another level beside it', () => {
    const a = 'Rupiah sempat di Rp8.510, lalu melemah mendekati Rp8.700 dan kini di atas Rp8.650 per dolar AS.';
    const b = 'The rupiah stood at Rp8,510 before sliding to near Rp8,700 per dollar.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('a hedge dropped from the reached level, or another level, stays a drift', () => {
    const a = 'Pertumbuhan kredit pada akhir Juni sudah mendekati 15 persen.';
    expect(drifts(a, 'Credit growth at the end of June had reached 15 percent.')).toEqual(['qualifier:mendekati 15 persen']);
    expect(drifts('Credit growth at the end of June had almost reached 15 percent.', a.replace('15', '18'), 'en', 'id')).toEqual(['value:almost reached 15 percent']);
  });
});

describe('*maksimal hingga* is a bound, not the preposition "to"', () => {
  it('*maksimal hingga 8,5 persen* against "8.5 percent" is a qualifier drift; against "at most 8.5 percent" a match', () => {
    const a = 'Bank sentral diperkirakan menaikkan suku bunga maksimal hingga 8,5 persen tahun ini.';
    expect(drifts(a, 'The central bank is expected to raise its rate to 8.5 percent this year.')).toEqual(['qualifier:maksimal hingga 8,5 persen']);
    expect(allLevels(a, 'The central bank is expected to raise its rate to at most 8.5 percent this year.')).toEqual([]);
    expect(drifts('The central bank is expected to raise its rate to 8.5 percent this year.', a, 'en', 'id')).toEqual(['qualifier:8.5 percent']);
  });
});

describe('a preposition `about` before an article and a number compound is no hedge', () => {
  it('"doubts about a four-party pact" against *pakta empat pihak*: a match', () => {
    const a = 'Partai itu meragukan pakta empat pihak yang diusulkan presiden.';
    const b = 'The party voiced doubts about a four-party pact proposed by the president.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('a hedge on a count stays a hedge: "about a dozen" against *12* is a qualifier drift', () => {
    expect(drifts('Tahun ini 12 perusahaan ikut tender itu.', 'This year about a dozen companies joined the tender.')).toEqual(['qualifier:12 perusahaan']);
    expect(drifts('The party voiced doubts about a five-party pact.', 'Partai itu meragukan pakta empat pihak.', 'en', 'id')).toEqual(['value:five-party']);
  });
});

describe('numbers of digits, misspelt scales and short quotes read as what they say', () => {
  it('*pertumbuhan dua digit* / *tumbuh dua angka* against "two-digit growth": a match both ways', () => {
    expect(allLevels('Ekspor mencatat pertumbuhan dua digit tahun lalu.', 'Exports posted two-digit growth last year.')).toEqual([]);
    expect(allLevels('Exports posted two-digit growth last year.', 'Ekspor bisa tumbuh dua angka tahun lalu.', 'en', 'id')).toEqual([]);
  });
  it('"three-digit" against *dua digit* stays a value drift', () => {
    expect(drifts('Ekspor mencatat pertumbuhan dua digit tahun lalu.', 'Exports posted three-digit growth last year.')).toEqual(['value:dua digit']);
  });
  it('*Rp40 trliun* against "Rp40 trillion": a match both ways; against "Rp40 billion" a scale drift', () => {
    const a = 'Bank itu menyimpan Rp40 trliun di obligasi negara.';
    expect(allLevels(a, 'The bank holds Rp40 trillion in state bonds.')).toEqual([]);
    expect(allLevels('The bank holds Rp40 trillion in state bonds.', a, 'en', 'id')).toEqual([]);
    expect(drifts(a, 'The bank holds Rp40 billion in state bonds.')).toEqual(['scale:Rp40 trliun']);
  });
  it('*Rp9.208/224* against "Rp9,208/9,224": a match both ways; another tail stays a drift', () => {
    const a = 'Rupiah ditutup pada Rp9.208/224 per dolar AS pada Senin.';
    const b = 'The rupiah closed at Rp9,208/9,224 per dollar on Monday.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
    expect(drifts(a, b.replace('9,224', '9,234'))).toEqual(['value:224']);
  });
});

describe('a month used as the modifier of its statistic is that month', () => {
  it('"the July rate of 0.6 percent" against *inflasi Juli yang 0,6 persen*: a match both ways', () => {
    const a = 'Inflasi Agustus diperkirakan melebihi inflasi Juli yang tercatat 0,6 persen.';
    const b = 'August inflation is expected to exceed the July rate of 0.6 percent.';
    expect(allLevels(a, b)).toEqual([]);
    expect(allLevels(b, a, 'en', 'id')).toEqual([]);
  });
  it('another month as the modifier stays a date drift', () => {
    const a = 'Inflasi Agustus diperkirakan melebihi inflasi Juli yang tercatat 0,6 persen.';
    expect(drifts(a, 'August inflation is expected to exceed the June rate of 0.6 percent.')).toEqual(['date:Juli']);
  });
});

describe('"at least one" against an article is no added count', () => {
  const a = 'Ledakan pada 2006 itu menewaskan 14 orang dan seorang guru termasuk di antara korban.';
  const b = 'The 2006 blast killed 14 people and at least one teacher was among the victims.';
  it('"at least one teacher" against *seorang guru*: for review only, both ways', () => {
    // (*seorang guru* after *14 orang* is an item of the tally, count 1: the bound is what differs)
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['qualifier:seorang guru']);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('"at least two teachers" against *seorang guru* is a value drift; "at least one" against *dua guru* too', () => {
    expect(drifts(a, b.replace('at least one teacher was', 'at least two teachers were'))).toEqual(['value:seorang guru']);
    expect(drifts(b, a.replace('seorang guru', 'dua guru'), 'en', 'id')).toEqual(['value:at least one teacher']);
  });
});

describe('a count of a list both versions give item by item is accounted for', () => {
  it('*dua pinjaman* with its two amounts against the two amounts listed: for review only, both ways', () => {
    const a = 'Pemerintah menandatangani dua pinjaman senilai 30 juta dolar AS untuk jalan dan 12 juta dolar AS untuk pelabuhan.';
    const b = 'The loans comprise $30 million for roads and $12 million for a port.';
    expect(drifts(a, b)).toEqual([]);
    expect(reviews(a, b)).toEqual(['missing:dua pinjaman']);
    expect(drifts(b.replace('The loans comprise', 'The two loans comprise'), 'Pinjaman itu terdiri atas 30 juta dolar AS untuk jalan dan 12 juta dolar AS untuk pelabuhan.', 'en', 'id')).toEqual([]);
  });
  it('*tiga kelompok* with three percentages: for review only', () => {
    const a = 'Pangan naik 2,1 persen, sandang 0,8 persen dan perumahan 0,5 persen, tiga kelompok dengan inflasi tertinggi.';
    const b = 'Food rose 2.1 percent, clothing 0.8 percent and housing 0.5 percent.';
    expect(drifts(a, b)).toEqual([]);
  });
  it('a count that differs from the list, or a list the other side does not give, stays a drift', () => {
    const a = 'Pemerintah menandatangani tiga pinjaman senilai 30 juta dolar AS untuk jalan dan 12 juta dolar AS untuk pelabuhan.';
    expect(drifts(a, 'The loans comprise $30 million for roads and $12 million for a port.')).toEqual(['missing:tiga pinjaman']);
    const c = 'Pemerintah menandatangani dua pinjaman senilai 30 juta dolar AS untuk jalan dan 12 juta dolar AS untuk pelabuhan.';
    expect(drifts(c, 'The loans comprise $30 million for roads and a further sum for a port.')).toEqual(['missing:dua pinjaman', 'missing:12 juta dolar AS']);
  });
});

describe('a year the translation adds to a date its source gives without one is a date drift', () => {
  it('*12/4* against "April 12, 2009", and "April 12" against *12 April 2009*', () => {
    const a = 'Kapal kedua diserahkan pada Kamis 12/4 di Surabaya.';
    const b = 'The second ship was handed over on Thursday April 12, 2009 in Surabaya.';
    expect(drifts(a, b)).toEqual(['date:12/4']);
    expect(drifts('The second ship was handed over on April 12 in Surabaya.', 'Kapal kedua diserahkan pada 12 April 2009 di Surabaya.', 'en', 'id')).toEqual(['date:April 12']);
  });
  it('a month said relatively (*Desember mendatang*, "next December") keeps its year: a match', () => {
    expect(allLevels('Ia akan maju dalam pemilihan Desember mendatang.', 'She will run in the December 2009 election.')).toEqual([]);
    expect(allLevels('She will run in the election next December.', 'Ia akan maju dalam pemilihan Desember 2009.', 'en', 'id')).toEqual([]);
  });
  it('a span of days that writes its year once adds it once; the same year on both sides is a match', () => {
    expect(drifts('Presiden berada di Tokyo pada 19-21 Agustus.', 'The president will be in Tokyo on August 19 to 21, 2009.')).toEqual(['date:21 Agustus']);
    expect(allLevels('Kapal kedua diserahkan pada 12 April 2009 di Surabaya.', 'The second ship was handed over on April 12, 2009 in Surabaya.')).toEqual([]);
  });
});

describe('two vague words of different span are a value drift', () => {
  const a = 'Ledakan itu menewaskan 15 orang dan melukai belasan lainnya pada 2006.';
  it('*belasan* against "dozens": a value drift both ways', () => {
    expect(drifts(a, 'The blast killed 15 people and wounded dozens more in 2006.')).toEqual(['value:belasan']);
    expect(drifts('The blast killed 15 people and wounded dozens more in 2006.', a, 'en', 'id')).toEqual(['value:dozens']);
  });
  it('*belasan* against "more than a dozen", *puluhan* against "dozens": a match', () => {
    expect(allLevels(a, 'The blast killed 15 people and wounded more than a dozen others in 2006.')).toEqual([]);
    expect(allLevels(a.replace('belasan', 'puluhan'), 'The blast killed 15 people and wounded dozens more in 2006.')).toEqual([]);
    expect(allLevels('The blast killed 15 people and wounded dozens more in 2006.', a.replace('belasan', 'puluhan'), 'en', 'id')).toEqual([]);
  });
});

describe('a percentage the translation gives as the bare number is a unit drift', () => {
  it('*0,35 persen* against "0.35 growth": a unit drift; English to Indonesian the same way round', () => {
    const a = 'Setiap penguatan rupiah satu persen akan menambah 0,35 persen pertumbuhan dan menekan inflasi 0,12 persen.';
    const b = 'Each one percent appreciation will add 0.35 growth and cut inflation by 0.12 percent.';
    expect(drifts(a, b)).toEqual(['unit:0,35 persen']);
    expect(drifts('Each one percent appreciation will add 0.35 percent growth and cut inflation by 0.12 percent.', 'Setiap penguatan rupiah satu persen akan menambah 0,35 pertumbuhan dan menekan inflasi 0,12 persen.', 'en', 'id')).toEqual(['unit:0.35 percent']);
  });
  it('a bare number of the source that the translation calls a percentage, or a whole number, is no unit drift', () => {
    expect(drifts('Inflasi bulanan tercatat 2,40 pada Maret.', 'Monthly inflation was 2.40 percent in March.')).toEqual([]);
    expect(drifts('Ekspor naik 5 persen dan impor turun 3 persen.', 'Exports rose 5 and imports fell 3 percent.')).not.toContain('unit:5 persen');
  });
});

describe('an ordinal with its noun is the nearer counterpart of a count of that noun than a lone ordinal word', () => {
  it('*satu semester tahun 2009* against "the first semester of 2009" beside an adverb "first": a match both ways', () => {
    const a = 'Pemerintah akan melihat dulu perkembangan dalam satu semester tahun 2009.';
    const b = 'The government will see first how growth develops in the first semester of 2009.';
    expect(drifts(a, b)).toEqual([]);
    expect(drifts(b, a, 'en', 'id')).toEqual([]);
  });
  it('a count of another number stays unpaired: a drift', () => {
    const a = 'Pemerintah akan melihat dulu perkembangan dalam dua semester tahun 2009.';
    expect(drifts(a, 'The government will see first how growth develops in the first semester of 2009.')).toEqual(['missing:dua semester', 'added:first semester']);
  });
});
