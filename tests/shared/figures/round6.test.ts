/**
 * Reader rules of the sixth round on real translations (issue 10): the Indonesian dozen (*selusin*, *satu
 * lusin*, *dua lusin*, *lusinan*), read as English reads `a dozen`, `two dozen`, `dozens`; and a lone month
 * after a word of comparison or a monthly statistic (*dibanding April*, *inflasi Maret*). The sentences are
 * our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.value, f.qualifier]);

describe('the Indonesian dozen reads as the English one', () => {
  it('Indonesian: selusin 12, lebih dari satu lusin 12 (bound), dua lusin 24, lusinan the order of tens', () => {
    expect(read(id('Sekitar selusin nelayan hilang.'))).toEqual([['Sekitar selusin nelayan', 12, 'about']]);
    expect(read(id('Pabrik itu memesan lebih dari satu lusin mesin jahit.'))).toEqual([['lebih dari satu lusin mesin', 12, 'more-than']]);
    expect(read(id('Koperasi membeli dua lusin kambing.'))).toEqual([['dua lusin kambing', 24, 'exact']]);
    expect(read(id('Lusinan rumah terendam banjir.'))).toEqual([['Lusinan rumah', 10, 'magnitude']]);
  });
  it('English: a dozen 12, more than a dozen 12, two dozen 24, dozens the order of tens', () => {
    expect(read(en('About a dozen fishermen are missing.'))).toEqual([['About a dozen fishermen', 12, 'about']]);
    expect(read(en('The cooperative bought two dozen goats.'))).toEqual([['two dozen goats', 24, 'exact']]);
    expect(en('Dozens of houses were flooded.')[0]).toMatchObject({ value: 10, qualifier: 'magnitude' });
  });
  it('a lone "lusin" after no number is no figure', () => {
    expect(id('Harga per lusin naik.')).toEqual([]);
  });
});

describe('a lone month after a word of comparison or a monthly statistic is a date', () => {
  it('Indonesian: dibanding April, inflasi Maret, antara Juni dan Agustus', () => {
    expect(id('Ekspor naik dibanding April.').map((f) => [f.text, f.value])).toEqual([['April', '--04']]);
    expect(id('Inflasi Maret diperkirakan rendah.').map((f) => [f.text, f.value])).toEqual([['Maret', '--03']]);
    expect(id('Kapal itu tiba antara Juni dan Agustus.').map((f) => [f.text, f.value])).toEqual([
      ['Juni', '--06'],
      ['Agustus', '--08'],
    ]);
  });
  it('English reads the same months after its own context words', () => {
    expect(en('Exports rose from April.').map((f) => [f.text, f.value])).toEqual([['April', '--04']]);
    expect(en('Inflation in March is expected to be low.').map((f) => [f.text, f.value])).toEqual([['March', '--03']]);
  });
  it('a month name that is a person\'s name without such a word stays no figure', () => {
    expect(id('Ia bertemu Juni Hartono di Bandung.')).toEqual([]);
  });
});

describe('an Indonesian number word hyphen-glued to a unit of time is a duration, as the English compound', () => {
  it('Indonesian: kunjungan tiga-hari, program lima-tahun; not satu-satunya, dua-duanya', () => {
    expect(read(id('Menteri itu memulai kunjungan tiga-hari ke Jepang.'))).toEqual([['tiga-hari', 3, 'exact']]);
    expect(id('Pemerintah menyusun program lima-tahun.')[0]).toMatchObject({ kind: 'duration', value: 5 });
    expect(id('Itu satu-satunya jalan, dan dua-duanya setuju.')).toEqual([]);
  });
  it('English: a three-day visit, a five-year program', () => {
    expect(en('The minister began a three-day visit to Japan.')[0]).toMatchObject({ kind: 'duration', value: 3 });
    expect(en('The government drew up a five-year program.')[0]).toMatchObject({ kind: 'duration', value: 5 });
  });
});
