/**
 * Reader rules from the figdev8 classes (session 45): mixed numbers with a hyphen, ages bounded by "younger than",
 * military units named by a number, the first few, *satu* after "only" and a verb, and *seorang* opening a tally of
 * people. The sentences are our own; none is copied from a corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';

const id = (s: string) => extractFromSentence(s, 'id');
const en = (s: string) => extractFromSentence(s, 'en');
const read = (fs: ReturnType<typeof id>) => fs.map((f) => [f.text, f.kind, f.value]);

describe('a mixed number with its fraction hyphen-glued (`11-1/2 years`)', () => {
  it('English: one length of eleven and a half years, not 2 years; a bound before it stays', () => {
    const f = en('The court jailed the two men for up to 11-1/2 years.');
    expect(read(f)).toEqual([['two men', 'count', 2], ['up to 11-1/2 years', 'duration', 11.5]]);
    expect(f[1].qualifier).toBe('up-to');
    expect(read(en('The talks lasted 2-1/2 hours.'))).toEqual([['2-1/2 hours', 'duration', 2.5]]);
  });
  it('Indonesian: *3-1/2 tahun* reads the same; a law number with its year stays a code, a score stays unread', () => {
    expect(read(id('Ia dihukum 3-1/2 tahun penjara.'))).toEqual([['3-1/2 tahun', 'duration', 3.5]]);
    expect(read(id('Aturan itu tertuang dalam UU No. 11-1/2007.'))).toEqual([]);
    expect(read(id('Tim itu menang 3-1 atas tamunya.'))).toEqual([]);
  });
});

describe('an age bounded by "younger than" or "older than"', () => {
  it('English: `younger than six` is an age of less than 6 years, `older than 65` more than 65', () => {
    const young = en('The firm does not advertise to children younger than six.');
    expect(read(young)).toEqual([['younger than six', 'duration', 6]]);
    expect(young[0].qualifier).toBe('less-than');
    expect(en('People older than 65 were vaccinated first.')[0]).toMatchObject({ kind: 'duration', value: 65, qualifier: 'more-than', durationUnit: 'year' });
  });
  it('Indonesian: *di bawah enam tahun* is the same bound (the rule the English now follows)', () => {
    expect(id('Perusahaan itu tidak beriklan kepada anak di bawah enam tahun.')[0]).toMatchObject({ kind: 'duration', value: 6, qualifier: 'less-than' });
  });
});

describe('a military unit named by a number is no figure', () => {
  it('English: `the 101st Airborne Division`, `69th Infantry Regiment`, `Brigade 3` name units; `the 17th Asian Games` ranks', () => {
    expect(read(en('The soldier, a member of the 101st Airborne Division, pleaded guilty.'))).toEqual([]);
    expect(read(en('He served in the 69th Infantry Regiment and then in Brigade 3.'))).toEqual([]);
    expect(read(en('The city hosted the 17th Asian Games.'))).toEqual([['17th', 'ordinal', 17]]);
  });
  it('Indonesian: *Brigade 3*, *Batalyon 201*, *Yonif 407* name units; *dua brigade* counts them', () => {
    expect(read(id('Komandan Brigade 3 mengatakan prajurit Batalyon 201 tiba lebih dulu.'))).toEqual([]);
    expect(read(id('Pasukan Yonif 407 tiba di sana.'))).toEqual([]);
    expect(read(id('Tentara mengirim dua brigade ke perbatasan.'))).toEqual([['dua brigade', 'count', 2]]);
  });
  it('Indonesian: the rank of a unit (*divisi infantri ke tiga*, *Divisi Infanteri ke-3*, *brigade kedua*) names it; *putaran ke tiga* ranks', () => {
    expect(read(id('Pasukan dari divisi infantri ke tiga itu akan berangkat pada Maret.'))).toEqual([['Maret', 'date', '--03']]);
    expect(read(id('Divisi Infanteri ke-3 dan brigade kedua tiba.'))).toEqual([]);
    expect(read(id('Ia menang pada putaran ke tiga.'))).toEqual([['ke tiga', 'ordinal', 3]]);
  });
  it('English: a number before the name of a unit (`42 Commando`, `3 Squadron`) names it; `three Commando units` counts', () => {
    expect(read(en('A marine of K Company, 42 Commando Royal Marines, was killed.'))).toEqual([]);
    expect(read(en('Pilots of 3 Squadron flew the mission.'))).toEqual([]);
    expect(read(en('The army sent three Commando units.')).map((r) => r[2])).toEqual([3]);
  });
});

describe('the first few (*beberapa … pertama*) is no rank', () => {
  it('Indonesian: *beberapa bulan pertama* has no number; *bulan pertama* ranks', () => {
    expect(read(id('Harga naik selama beberapa bulan pertama tahun ini.'))).toEqual([]);
    expect(read(id('Harga naik pada bulan pertama.'))).toEqual([['pertama', 'ordinal', 1]]);
  });
  it('English: `the first few months`, `the first several weeks`; `the first months of the war` ranks', () => {
    expect(read(en('Prices rose in the first few months of the year.'))).toEqual([]);
    expect(read(en('Sales fell in the first several weeks.'))).toEqual([]);
    expect(read(en('Prices rose in the first month of the war.'))).toEqual([['first', 'ordinal', 1]]);
  });
});

describe('*satu* after "only" and a verb counts one', () => {
  it('Indonesian: *hanya meraih satu penghargaan* is count 1; *meraih satu penghargaan* alone is the article', () => {
    expect(read(id('Film itu hanya meraih satu penghargaan.'))).toEqual([['satu penghargaan', 'count', 1]]);
    expect(read(id('Film itu meraih satu penghargaan.'))).toEqual([]);
    expect(read(id('Ia hanya mengutip satu sumber.'))).toEqual([]);
  });
  it('English: `won only one award` counts one, as it did', () => {
    expect(read(en('The film won only one award.'))).toEqual([['one award', 'count', 1]]);
  });
});

describe('*seorang* opening a tally of people counts one', () => {
  it('Indonesian: *seorang awak tewas dan empat lainnya cedera*, *Seorang tewas dan tiga orang luka-luka*', () => {
    expect(read(id('Seorang awak tewas dan empat lainnya cedera.'))).toEqual([['Seorang awak', 'count', 1], ['empat', 'count', 4]]);
    expect(read(id('Seorang tewas dan tiga orang luka-luka.'))).toEqual([['Seorang tewas', 'count', 1], ['tiga orang', 'count', 3]]);
  });
  it('guard: *seorang* that says who speaks stays the article (*Seorang pejabat mengatakan dua orang tewas*)', () => {
    expect(read(id('Seorang pejabat mengatakan dua orang tewas.'))).toEqual([['dua orang', 'count', 2]]);
    expect(read(id('Seorang wartawan melaporkan dan tiga mobil terbakar.'))).toEqual([['tiga mobil', 'count', 3]]);
  });
  it('English: `one crew member was killed and four others` counts both, as it did', () => {
    expect(read(en('One crew member was killed and four others were hurt.')).map((r) => r[2])).toEqual([1, 4]);
  });
});

describe('names and adverbs the earlier dev sets still read as figures (E8, E13)', () => {
  it('English: `first` before a verb in the past is the adverb (`judges first questioned`, `was first reported`); after a determiner it ranks', () => {
    expect(read(en('A panel of judges first questioned the witness.'))).toEqual([]);
    expect(read(en('The case was first reported by a local paper.'))).toEqual([]);
    expect(read(en('He first came to power in 1999.'))).toEqual([['1999', 'date', '1999']]);
    expect(read(en('It was the first reported case.'))).toEqual([['first', 'ordinal', 1]]);
    expect(read(en('He came first.'))).toEqual([['first', 'ordinal', 1]]);
  });
  it('Indonesian: *pertama kali* stays `ordinal` 1 (L1)', () => {
    expect(read(id('Kasus itu pertama kali dilaporkan koran lokal.'))).toEqual([['pertama', 'ordinal', 1]]);
  });
  it('a concession named by a number (`Brazos 451 Block`) is a name in either language; `3 Field wells` counts', () => {
    expect(read(en('Gas flows from the Brazos 451 Block.'))).toEqual([]);
    expect(read(id('Gas dialirkan dari Brazos 451 Block.'))).toEqual([]);
    expect(read(en('The firm drilled 3 Field wells.')).map((r) => r[2])).toEqual([3]);
    // (the concession's word, its name, then the number: *di blok Brazos 451*; not before a noun it counts)
    expect(read(id('Gas dialirkan ke fasilitas di blok Brazos 451.'))).toEqual([]);
    expect(read(en('Gas flows from Block Brazos 451, the firm said.'))).toEqual([]);
    expect(read(id('Perusahaan itu mengebor di blok Cepu 2 sumur.')).map((r) => r[2])).toEqual([2]);
  });
});

describe('figdev9 classes: a jail term of one unit, and `one` that counts nothing', () => {
  it('English: `a month\'s detention`, `sentenced to a year in prison`, `jailed for a month` are durations of 1 (H12); `a year ago` is not', () => {
    expect(read(en('He was sent to jail with a month\'s detention.'))).toEqual([['a month', 'duration', 1]]);
    expect(read(en('He was sentenced to a year in prison.'))).toEqual([['a year', 'duration', 1]]);
    expect(read(en('She was jailed for a month.'))).toEqual([['a month', 'duration', 1]]);
    expect(read(en('He left a year ago.'))).toEqual([]);
  });
  it('Indonesian: *dihukum setahun penjara*, *divonis sebulan* are durations of 1; *setahun lalu* is not', () => {
    expect(read(id('Ia dihukum setahun penjara.'))).toEqual([['setahun', 'duration', 1]]);
    expect(read(id('Ia divonis sebulan.'))).toEqual([['sebulan', 'duration', 1]]);
    expect(read(id('Ia pergi setahun lalu.'))).toEqual([]);
  });
  it('English: `from one civilian government to another`, `attacks included one on a police station` count nothing; `including one American` counts', () => {
    expect(read(en('The vote marks a transfer from one civilian government to another.'))).toEqual([]);
    expect(read(en('Earlier attacks included one on a police station.'))).toEqual([]);
    expect(read(en('The dead included one American.')).map((r) => r[2])).toEqual([1]);
  });
  it('Indonesian: *dari satu pemerintahan sipil ke pemerintahan lain* keeps its rule (*satu … lain*, "another")', () => {
    expect(read(id('Pemilu menandai peralihan dari satu pemerintahan sipil ke pemerintahan sipil lainnya.'))).toEqual([]);
  });
});

describe('decades without a number: tens of years, as *puluhan tahun*', () => {
  it('English: `for decades`, `after decades of fighting`, `several decades` are a length of 10 years (magnitude); `two decades` counts', () => {
    const f = en('It was the worst flood in decades.');
    expect(read(f)).toEqual([['decades', 'duration', 10]]);
    expect(f[0]).toMatchObject({ qualifier: 'magnitude', durationUnit: 'year' });
    expect(read(en('Peace came after several decades of fighting.'))).toEqual([['several decades', 'duration', 10]]);
    expect(read(en('Peace came after two decades of fighting.'))).toEqual([['two decades', 'duration', 2]]);
  });
  it('Indonesian: *beberapa dekade* reads the same, as *puluhan tahun* does', () => {
    expect(read(id('Perdamaian datang setelah beberapa dekade perang.'))).toEqual([['beberapa dekade', 'duration', 10]]);
    expect(read(id('Perang itu berlangsung puluhan tahun.'))).toEqual([['puluhan tahun', 'duration', 10]]);
    expect(read(id('Perdamaian datang setelah dua dekade perang.')).map((r) => r[2])).toEqual([2]);
  });
});

describe('one unit of time whose length is the point', () => {
  it('English: `an hour\'s drive`, `a day-long visit`, `in just a month` are durations of 1; `just a month later` is a point in time', () => {
    expect(read(en('The camp is an hour\'s drive from the city.'))).toEqual([['an hour', 'duration', 1]]);
    expect(read(en('He paid a day-long visit to Jakarta.'))).toEqual([['a day', 'duration', 1]]);
    expect(read(en('The data were collected in just a month.'))).toEqual([['a month', 'duration', 1]]);
    expect(read(en('Just a month later, prices fell.'))).toEqual([]);
  });
  it('Indonesian: *sejam perjalanan*, *hanya dalam sebulan*, *hanya sehari* are durations of 1; *hanya sebulan kemudian* is not', () => {
    expect(read(id('Kamp itu sejam perjalanan dari kota.'))).toEqual([['sejam', 'duration', 1]]);
    expect(read(id('Data itu dikumpulkan hanya dalam sebulan.'))).toEqual([['sebulan', 'duration', 1]]);
    expect(read(id('Hanya sebulan kemudian, harga turun.'))).toEqual([]);
  });
});
