/**
 * Reader rules from the figdev10 comparison (real-figures guideline): an age a word announces or a person named by a
 * noun is given, *kedua X itu* as "the two", *ketiganya* after a noun as its rank, and a span of parts of the year.
 * Every rule in both languages where both say it.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const read = (text: string, lang: 'id' | 'en') => extractFromSentence(text, lang).map((f) => [f.kind, f.value]);

describe('an age that a word announces is a length of years', () => {
  it('English: "aged 45", "at the age of 93", "at age 7" are durations; "aged 65 and over" keeps its bound', () => {
    expect(read('A man aged 45 was detained.', 'en')).toEqual([['duration', 45]]);
    expect(read('He died in Rome at the age of 93.', 'en')).toEqual([['duration', 93]]);
    expect(read('She began to paint at age seven.', 'en')).toEqual([['duration', 7]]);
    expect(extractFromSentence('Voters aged 65 and over stayed home.', 'en')[0]).toMatchObject({ kind: 'duration', value: 65, qualifier: 'at-least', durationUnit: 'year' });
  });
  it('Indonesian: *pada usia 93*, *berusia 19*, *umurnya lima* are durations', () => {
    expect(read('Ia wafat di Roma pada usia 93.', 'id')).toEqual([['duration', 93]]);
    expect(read('Korban berusia 19 dirawat di rumah sakit.', 'id')).toEqual([['duration', 19]]);
    expect(read('Waktu itu umurnya lima.', 'id')).toEqual([['duration', 5]]);
  });
  it('both: a count the age word does not announce stays a count', () => {
    expect(read('The average age rose while 45 workers left.', 'en')).toEqual([['count', 45]]);
    expect(read('Usia pensiun dinaikkan dan 45 pekerja keluar.', 'id')).toEqual([['count', 45]]);
  });
});

describe('a person named by a noun, then the age between commas', () => {
  it('English: "The passenger, 22, had refused" is an age, as after a name; not after a thing', () => {
    expect(read('The passenger, 22, had refused to switch off his phone.', 'en')).toEqual([['duration', 22]]);
    expect(read('Police said the victim, 19, was shot twice.', 'en')).toEqual([['duration', 19, ], ['other', 2]]);
    expect(read('The office, 21, was closed.', 'en')).toEqual([['count', 21]]);
  });
  it('Indonesian: a name before the age, as before (*Hasan, 53, ditahan*)', () => {
    expect(read('Hasan, 53, ditahan polisi.', 'id')).toEqual([['duration', 53]]);
  });
});

describe('*kedua X itu/tersebut*: "the two", a definite count (D1)', () => {
  it('Indonesian: count 2 with the noun, marked collective; "both" nouns and *antara kedua* stay out', () => {
    expect(extractFromSentence('Polisi menangkap kedua tersangka tersebut kemarin.', 'id')[0]).toMatchObject({ kind: 'count', value: 2, unit: 'tersangka', collective: true });
    expect(read('Kedua organisasi Muslim itu menolak rencana tersebut.', 'id')).toEqual([['count', 2]]);
    expect(read('Kedua negara itu sepakat.', 'id')).toEqual([]);
    expect(read('Kedua pemimpin itu bertemu di Jakarta.', 'id')).toEqual([]);
    expect(read('Pertandingan antara kedua tim itu ditunda.', 'id')).toEqual([]);
    expect(read('Kedua tim bertemu lagi.', 'id')).toEqual([]);
  });
  it('Indonesian: after a noun it ranks unless it counts people (*putaran kedua pemilu itu*)', () => {
    expect(read('Putaran kedua pemilu itu digelar Mei.', 'id')).toEqual([['date', '--05']]);
    expect(read('Hadiah ditawarkan untuk penangkapan kedua tersangka tersebut.', 'id')).toEqual([['count', 2]]);
  });
  it('English: "the two suspects" is the same count, "both suspects" no figure', () => {
    expect(read('Police arrested the two suspects on Monday.', 'en')).toEqual([['count', 2]]);
    expect(read('Police arrested both suspects on Monday.', 'en')).toEqual([]);
  });
});

describe('*ketiganya* after a noun is that noun\'s rank', () => {
  it('Indonesian: *lawatan ketiganya* is ordinal 3 ("his third visit"); alone it is "the three of them"', () => {
    expect(read('Itu merupakan lawatan ketiganya ke Afrika.', 'id')).toEqual([['ordinal', 3]]);
    expect(read('Polisi menangkap ketiganya kemarin.', 'id')).toEqual([['count', 3]]);
    expect(read('Mereka ketiganya selamat.', 'id')).toEqual([['count', 3]]);
  });
  it('English: "his third visit" is the same rank', () => {
    expect(read('It was his third visit to Africa.', 'en')).toEqual([['ordinal', 3]]);
  });
});

describe('a span of parts of the year names both ends', () => {
  it('Indonesian: *triwulan II hingga IV*, *kuartal I-III 2007*, *kuartal 2-3* are two ordinals', () => {
    expect(read('Penyerapan naik pada triwulan II hingga IV.', 'id')).toEqual([['ordinal', 2], ['ordinal', 4]]);
    expect(read('Laba kuartal I-III 2007 naik.', 'id')).toEqual([['ordinal', 1], ['ordinal', 3], ['date', '2007']]);
    expect(read('Laba kuartal 2-3 naik.', 'id')).toEqual([['ordinal', 2], ['ordinal', 3]]);
    expect(read('Laba kuartal 3-2007 naik.', 'id')).toEqual([['ordinal', 3], ['date', '2007']]);
  });
  it('English: "the second to fourth quarters" names both ends too', () => {
    expect(read('Spending rose in the second to fourth quarters.', 'en')).toEqual([['ordinal', 2], ['ordinal', 4]]);
  });
});

describe('the two levels of a change are two figures, not a range', () => {
  it('English: a gerund of change opens one too ("increasing output from …")', () => {
    expect(read('It is reducing its debt from 5 million tons to 3 million tons.', 'en')).toEqual([['count', 5e6], ['count', 3e6]]);
    expect(read('The next step is increasing output from currently 17,000 tons to 18,000 tons.', 'en')).toEqual([['count', 17000], ['count', 18000]]);
    expect(read('Output ranged from 5 tons to 8 tons.', 'en')).toEqual([['range', '5..8']]);
    expect(read('Rates of 5 percent from 2007 to 2009 apply.', 'en')).toEqual([['percent', 5], ['range', '2007..2009']]);
  });
  it('Indonesian: *meningkatkan produksi dari 17.000 ton menjadi 18.000 ton* is the same two levels', () => {
    expect(read('Langkah berikutnya meningkatkan produksi dari 17.000 ton menjadi 18.000 ton.', 'id')).toEqual([['count', 17000], ['count', 18000]]);
  });
});

describe('a count in digits said again in words is one figure', () => {
  it('English: "7 seven major cities" is one count of 7', () => {
    expect(extractFromSentence('The bank has offices in 7 seven major cities.', 'en')).toMatchObject([{ kind: 'count', value: 7, text: '7 seven major cities' }]);
    expect(read('Between 5 and seven cities.', 'en')).toEqual([['range', '5..7']]);
  });
  it('Indonesian: *53 lima puluh tiga orang* is one count of 53', () => {
    expect(extractFromSentence('Sebanyak 53 lima puluh tiga orang hadir.', 'id')).toMatchObject([{ kind: 'count', value: 53, text: '53 lima puluh tiga orang' }]);
  });
});

describe('a number that names a forum is no figure (E8)', () => {
  it('English: "six-nation talks", "the six-party talks" name the forum; "the six nations" and "an eight-nation grouping" count', () => {
    expect(read('The six-nation talks on the nuclear programme resumed.', 'en')).toEqual([]);
    expect(read('Envoys to the six-party talks met in Beijing.', 'en')).toEqual([]);
    expect(read('The six nations agreed.', 'en')).toEqual([['count', 6]]);
    expect(read('It formed an eight-nation grouping.', 'en')).toEqual([['count', 8]]);
  });
  it('Indonesian: *perundingan enam negara* counts its countries (E8)', () => {
    expect(read('Perundingan enam negara itu dilanjutkan.', 'id')).toEqual([['count', 6]]);
  });
});

describe('"one" naming the source of a quote is the article', () => {
  it('English: "One survivor said", "One senior official told AFP" give no figure; "One soldier was killed" counts', () => {
    expect(read('One survivor said passers-by pulled people out of the windows.', 'en')).toEqual([]);
    expect(read('One senior official told AFP the plan had failed.', 'en')).toEqual([]);
    expect(read('One soldier was killed and two were wounded.', 'en')).toEqual([['count', 1], ['count', 2]]);
  });
  it('Indonesian: *Seorang korban selamat mengatakan* is the article as well; *seorang tewas dan dua luka* counts', () => {
    expect(read('Seorang korban selamat mengatakan warga menarik orang keluar dari jendela.', 'id')).toEqual([]);
    expect(read('Seorang tewas dan dua orang luka-luka.', 'id')).toEqual([['count', 1], ['count', 2]]);
  });
});
