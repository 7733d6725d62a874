/**
 * Two outlets' versions of one story in one language, and the figures a reordering leaves unpaired (issue 10):
 * classes of false alarm found by a helper on republications and translations nobody here had seen. The
 * sentences are our own, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../../shared/figures';
import { analyse, checkVersions } from '../../../shared/pipeline';
import { wordExplanation } from '../../../shared/drift/explain';
import type { Bead } from '../../../shared/align/types';
import { drifts, reviews, type Lang } from './helpers';

const read = (s: string, lang: 'id' | 'en') => extractFromSentence(s, lang).map((f) => [f.text, f.kind, f.value, f.qualifier]);

describe('*setengah* before an hour in words', () => {
  it('*setengah enam sore* is 17:30, *pukul setengah delapan malam* 19:30, hedge and all', () => {
    expect(read('Massa bubar sekitar setengah enam sore.', 'id')).toEqual([['sekitar setengah enam sore', 'time', '17:30', 'about']]);
    expect(read('Rapat dimulai pukul setengah delapan malam.', 'id')).toEqual([['setengah delapan malam', 'time', '19:30', 'exact']]);
    expect(read('Kereta berangkat pukul setengah tujuh.', 'id')).toEqual([['setengah tujuh', 'time', '06:30', 'exact']]);
    expect(drifts('Massa bubar sekitar pukul 17.30 WIB.', 'Massa bubar sekitar setengah enam sore.', 'id', 'id')).toEqual([]);
    expect(drifts('Massa bubar sekitar pukul 18.30 WIB.', 'Massa bubar sekitar setengah enam sore.', 'id', 'id')).toEqual(['value:sekitar pukul 18.30 WIB']);
  });
  it('guard: a half of anything else stays a half (*setengah juta*, *setengah tiga hari* is no time)', () => {
    expect(read('Harganya setengah juta rupiah.', 'id')[0][2]).toBe(500000);
    expect(read('Ia menunggu setengah hari.', 'id').every((r) => r[1] !== 'time')).toBe(true);
  });
});

describe('a part of a date one republication states and the other leaves unsaid', () => {
  // (session 27: four helpers' sets of invented republications scored every such year a false alarm; a date without
  // its year (*Selasa (18/6)*, *18 Juni*) dates the current year by convention, so between two outlets it is house
  // style: a review. The labelled republications of set 3 count it real: one item of their dev and one of their
  // held-out split are reviews now. A translation that adds the year still drifts.)
  it('*Selasa (18/6)* or *18 Juni* ↔ *Selasa, 18 Juni 2024* is a review between two republications, a drift in a translation that adds the year', () => {
    const a = 'Indeks ditutup menguat 1,2 persen pada perdagangan Selasa (18/6).';
    const b = 'Indeks ditutup menguat 1,2 persen pada Selasa, 18 Juni 2024.';
    expect(drifts(a, b, 'id', 'id')).toEqual([]);
    expect(reviews(a, b, 'id', 'id')).toEqual(['date:18/6']);
    expect(drifts('Indeks ditutup menguat 1,2 persen pada Selasa, 18 Juni.', b, 'id', 'id')).toEqual([]);
    expect(drifts('Indeks ditutup menguat pada Selasa (18/6).', 'The index closed higher on Tuesday, June 18, 2024.')).toEqual(['date:18/6']);
  });
});

/** Sentences A against sentences B (one per line) aligned by the beads given. */
function checkDoc(a: string[], b: string[], beads: Bead[], la: Lang, lb: Lang) {
  const sa = analyse(a.join('\n'), { lang: la, lines: true });
  const sb = analyse(b.join('\n'), { lang: lb, lines: true });
  return checkVersions(sa, sb, { beads }).comparison.mismatches.filter((m) => m.kind !== 'entity');
}

describe('a figure of a sentence the other version moved further than next door', () => {
  const a = [
    'Gempa bermagnitudo 5,8 mengguncang Sukabumi pada Senin pagi.',
    'Getaran terasa hingga Jakarta selama kurang lebih 10 detik.',
    'Warga berhamburan keluar rumah.',
    'BPBD mencatat 37 rumah rusak ringan.',
    'Belum ada laporan korban jiwa.',
  ];
  const b = [
    'Gempa bermagnitudo 5,8 mengguncang Sukabumi pada Senin pagi.',
    'Warga berhamburan keluar rumah.',
    'BPBD mencatat 37 rumah rusak ringan.',
    'Belum ada laporan korban jiwa.',
    'Getarannya terasa sampai Jakarta sekitar 10 detik.',
  ];
  // the aligner pairs in order: the moved sentence is left unaligned on both sides
  const beads: Bead[] = [
    { a: [0], b: [0], score: 1 },
    { a: [1], b: [], score: 0.5 },
    { a: [2], b: [1], score: 1 },
    { a: [3], b: [2], score: 1 },
    { a: [4], b: [3], score: 1 },
    { a: [], b: [4], score: 0.5 },
  ];
  it('is missing here and added there, for review, and the explanation says another sentence states it', () => {
    const ms = checkDoc(a, b, beads, 'id', 'id');
    expect(ms.map((m) => `${m.kind}:${m.level}`)).toEqual(['missing:review', 'added:review']);
    expect(ms[0].note).toContain('but another sentence of B states it');
  });
  it('a year the other version states nowhere: a drift in a sentence that rewords the moved one, a review in one that hardly does; a figure far from its place is found moved too (one language)', () => {
    const year = (t: string) => (k: number, s: string) => (k === 4 ? s.replace('sekitar 10 detik', t) : s);
    const close = checkDoc(a, b.map((s, k) => year('sekitar 10 detik pada 2008')(k, s)), beads, 'id', 'id');
    expect(close.filter((m) => m.bFigure?.text === '2008').map((m) => m.level)).toEqual(['drift']);
    // (*Getarannya terasa sampai Jakarta pada 2008* shares under half its words with the sentence moved: the outlet's own)
    const loose = checkDoc(a, b.map((s, k) => year('pada 2008')(k, s)), beads, 'id', 'id');
    expect(loose.filter((m) => m.bFigure?.text === '2008').map((m) => m.level)).toEqual(['review']);
    const fillers = ['Polisi berjaga.', 'Sekolah diliburkan.', 'Listrik padam sebentar.', 'Jalan ditutup.', 'Pasar sepi.', 'Hujan turun.', 'Warga waspada.', 'Relawan datang.'];
    const far = [...a, ...fillers];
    const farB = [...b.slice(0, 4), ...fillers, b[4]];
    const farBeads: Bead[] = [
      { a: [0], b: [0], score: 1 },
      { a: [1], b: [], score: 0.5 },
      ...Array.from({ length: 11 }, (_, k) => ({ a: [k + 2], b: [k + 1], score: 1 })),
      { a: [], b: [12], score: 0.5 },
    ];
    // (two outlets put a sentence where they like: the figure is looked for in the whole of the other version)
    expect(checkDoc(far, farB, farBeads, 'id', 'id').map((m) => `${m.kind}:${m.level}`)).toEqual(['missing:review', 'added:review']);
  });
  it('guard: a figure the other version does not state anywhere stays a drift: one value drift, the sentence moved and reworded', () => {
    const ms = checkDoc(a, [...b.slice(0, 4), 'Getarannya terasa sampai Jakarta sekitar 20 detik.'], beads, 'id', 'id');
    expect(ms.map((m) => `${m.kind}:${m.level}:${m.aFigure?.text}:${m.bFigure?.text}`)).toEqual(['value:drift:kurang lebih 10 detik:sekitar 20 detik']);
  });
});

describe('a post on a road named by its kilometre', () => {
  it('*mulai Kilometer 72 hingga Kilometer 414* names posts as *KM 72 sampai KM 414* does: no figures to compare', () => {
    expect(read('Sistem satu arah berlaku mulai Kilometer 72 hingga Kilometer 414.', 'id')).toEqual([]);
    expect(read('Sistem satu arah berlaku dari kilometer 72 sampai kilometer 414.', 'id')).toEqual([]);
    expect(drifts('Sistem satu arah berlaku mulai Kilometer 72 hingga Kilometer 414.', 'Sistem one way berlaku dari KM 72 sampai KM 414.', 'id', 'id')).toEqual([]);
  });
  it('guard: a distance puts its number first (*sejauh 72 kilometer*)', () => {
    expect(read('Antrean kendaraan mencapai 72 kilometer.', 'id')[0].slice(0, 3)).toEqual(['72 kilometer', 'count', 72]);
  });
});

describe('*Senin (24/7)*', () => {
  it('is the 24th of July after a weekday (a planted July 25 was missed); `24/7` alone stays around the clock', () => {
    expect(read('Kapal tenggelam di perairan Buton, Senin (24/7) malam.', 'id')[0].slice(0, 3)).toEqual(['24/7', 'date', '--07-24']);
    expect(drifts('Kapal tenggelam di perairan Buton, Senin (24/7) malam.', 'The ship sank off Buton on Monday night, July 25.')).toEqual(['date:24/7']);
    expect(read('Layanan darurat buka 24/7 untuk warga.', 'id')).toEqual([]);
  });
});

describe('a range of amounts converted in brackets', () => {
  it('`150,000 and 250,000 rupiah ($9.50-$15.80)` restates the range (as a single amount\'s conversion does): no drift', () => {
    const en = 'Economy-class tickets cost between 150,000 and 250,000 rupiah ($9.50-$15.80).';
    expect(extractFromSentence(en, 'en').map((f) => [f.text, !!f.conversion])).toEqual([
      ['between 150,000 and 250,000 rupiah', false],
      ['$9.50-$15.80', true],
    ]);
    expect(drifts('Harga tiket kelas ekonomi dipatok Rp 150.000 hingga Rp 250.000.', en)).toEqual([]);
    expect(drifts('Harga tiket kelas ekonomi dipatok Rp 150.000 hingga Rp 350.000.', en)).not.toEqual([]);
  });
});

describe('always, said with numbers', () => {
  it('`24 hours a day`, `seven days a week`, *24 jam sehari*, *tujuh hari seminggu* are no lengths of time (as `around the clock`)', () => {
    expect(read('Crossings will run 24 hours a day, seven days a week, for two weeks.', 'en').map((r) => r[0])).toEqual(['two weeks']);
    expect(read('Posko dibuka 24 jam sehari, tujuh hari seminggu.', 'id')).toEqual([]);
    expect(drifts('Crossings will run 24 hours a day for two weeks starting April 3.', 'Ferries will operate around the clock for 14 days from April 3.', 'en', 'en')).toEqual([]);
  });
  it('guard: a real span of hours stays (`in the last 24 hours`, *dalam 24 jam terakhir*)', () => {
    expect(read('In the last 24 hours, 7 days of rain fell.', 'en').map((r) => r[0])).toEqual(['24 hours', '7 days']);
    expect(read('Dalam 24 jam terakhir hujan turun.', 'id').map((r) => r[0])).toEqual(['24 jam']);
  });
});

describe('two sentences of a longer bead that share few words (one language)', () => {
  // (a real pair of republications: a 2-2 bead whose two pairs of sentences cross, the transport group's share of
  // inflation paired with the calendar year's inflation)
  const a = ['Pendorong utamanya kelompok transportasi yang mengalami inflasi 8,88 persen dan memberi andil 1,08 persen.', 'Hal itu disampaikan Kepala BPS dalam konferensi pers di Jakarta.'];
  const b = ['Kepala BPS menyampaikan hal itu dalam konferensi pers di Jakarta hari ini.', 'Adapun inflasi tahun kalender tercatat 4,84 persen.'];
  const beads: Bead[] = [{ a: [0, 1], b: [0, 1], score: 0.8 }];
  it('pair no figure reworded: the value mismatch between them is for review, and says why', () => {
    const ms = checkDoc(a, b, beads, 'id', 'id');
    const value = ms.find((m) => m.kind === 'value');
    expect(value).toMatchObject({ level: 'review', notTranslation: true });
    expect(value?.facts?.notTranslation).toContain('few-words-shared');
  });
  it('guard: a figure changed in a sentence reworded stays a drift in a longer bead', () => {
    const b2 = ['Kepala BPS menyampaikan hal itu dalam konferensi pers di Jakarta hari ini.', 'Pendorong utama adalah kelompok transportasi dengan inflasi 8,88 persen dan andil 1,80 persen.'];
    expect(checkDoc(a, b2, beads, 'id', 'id').map((m) => `${m.kind}:${m.level}:${m.aFigure?.text}`)).toEqual(['value:drift:1,08 persen']);
  });
});

describe('a sentence one outlet moved, its figure changed (one language)', () => {
  const a = [
    'Banjir merendam 40 desa di Kabupaten Lembah Hijau pada Senin.',
    'Sebanyak 3.400 warga mengungsi ke balai desa.',
    'Data itu merupakan data terbaru yang dihimpun BPBD per pukul 16.14 WIB.',
  ];
  const b = [
    'Data itu merupakan data terbaru yang dihimpun BPBD per pukul 14.14 WIB.',
    'Banjir merendam 40 desa di Kabupaten Lembah Hijau pada Senin.',
    'Sebanyak 3.400 warga mengungsi ke balai desa.',
  ];
  // the aligner pairs in order: the moved sentence is left unaligned on both sides
  const beads: Bead[] = [
    { a: [], b: [0], score: 0.5 },
    { a: [0], b: [1], score: 1 },
    { a: [1], b: [2], score: 1 },
    { a: [2], b: [], score: 0.5 },
  ];
  it('is one value drift between the two sentences, not a time dropped and another added', () => {
    const ms = checkDoc(a, b, beads, 'id', 'id');
    expect(ms.map((m) => [m.kind, m.level, m.aFigure?.text, m.bFigure?.text, m.a, m.b])).toEqual([['value', 'drift', '16.14 WIB', '14.14 WIB', [2], [0]]]);
  });
  it('guard: a sentence that states the dropped figure too is another sentence about it, not the figure changed', () => {
    const other = [...b];
    other[0] = 'Data itu merupakan data terbaru yang dihimpun BPBD per pukul 16.14 WIB dan 14.14 WIB.';
    expect(checkDoc(a, other, beads, 'id', 'id').filter((m) => m.kind === 'value')).toEqual([]);
  });
  it('guard: a figure of a sentence that rewords no sentence of the other version stays dropped, and the other added', () => {
    const other = [...b.slice(0, 3)];
    other[0] = 'Hujan diperkirakan turun hingga pukul 14.14 WIB.';
    expect(checkDoc(a, other, beads, 'id', 'id').map((m) => m.kind).sort()).toEqual(['added', 'missing']);
  });
});

describe('a close number one outlet gives in another sentence that shares only some of its words (one language)', () => {
  // (a real pair of republications of a prison fire: the inmates 2.072 in one outlet's capacity sentence, 2.069 in the
  // other's, which the aligner set apart; before, a count dropped and another added, both for review)
  const texts = {
    id: {
      a: ['Kebakaran melanda Lapas Kelas I Sukamaju pada Rabu dini hari.', 'Petugas pemadam tiba dalam 15 menit.', 'Menurut data ditjen, lapas berkapasitas 600 orang itu dihuni 2.072 tahanan dan narapidana.'],
      b: ['Saat kebakaran, lapas itu berisi 2.069 napi dan tahanan, padahal idealnya hanya 600 orang.', 'Kebakaran melanda Lapas Kelas I Sukamaju pada Rabu dini hari.', 'Petugas pemadam tiba dalam 15 menit.'],
    },
    en: {
      a: ['Fire swept through the Sukamaju prison early on Wednesday.', 'Firefighters arrived within 15 minutes.', 'According to ministry data, the prison built for 600 people held 2,072 inmates and detainees.'],
      b: ['When the blaze broke out, the jail held 2,069 detainees, far above its capacity.', 'Fire swept through the Sukamaju prison early on Wednesday.', 'Firefighters arrived within 15 minutes.'],
    },
  };
  const beads: Bead[] = [
    { a: [], b: [0], score: 0.5 },
    { a: [0], b: [1], score: 1 },
    { a: [1], b: [2], score: 1 },
    { a: [2], b: [], score: 0.5 },
  ];
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: is one value drift, 2.072 against 2.069`, () => {
      const ms = checkDoc(texts[lang].a, texts[lang].b, beads, lang, lang).filter((m) => m.level === 'drift');
      expect(ms.map((m) => [m.kind, m.aFigure?.value, m.bFigure?.value, m.a, m.b])).toEqual([['value', 2072, 2069, [2], [0]]]);
    });
  }
  it('a clock time half an hour apart at most likewise: the eruption at 14.53 against about 15.00 (both languages)', () => {
    const eruption = {
      id: {
        a: ['Gunung Merapi Utara meletus pada Minggu.', 'Warga diminta menjauh dari puncak.', 'Menurut PVMBG, gunung itu erupsi pada pukul 14.53 WIB dengan kolom abu setinggi 3 kilometer.'],
        b: ['Erupsi terjadi sekitar pukul 15.00 WIB, kata petugas PVMBG.', 'Gunung Merapi Utara meletus pada Minggu.', 'Warga diminta menjauh dari puncak.'],
        far: ['sekitar pukul 15.00 WIB', 'sekitar pukul 15.40 WIB'],
      },
      en: {
        a: ['North Merapi erupted on Sunday.', 'Residents were told to keep away from the summit.', 'The volcano erupted at 14:53 local time, the volcanology agency said, with an ash column 3 kilometres high.'],
        b: ['The eruption came at about 15:00 local time, agency officials said.', 'North Merapi erupted on Sunday.', 'Residents were told to keep away from the summit.'],
        far: ['about 15:00', 'about 15:40'],
      },
    };
    for (const lang of ['id', 'en'] as const) {
      const { a, b, far } = eruption[lang];
      const ms = checkDoc(a, b, beads, lang, lang).filter((m) => m.aFigure?.kind === 'time' || m.bFigure?.kind === 'time');
      expect(ms.map((m) => [m.kind, m.level, m.aFigure?.value, m.bFigure?.value])).toEqual([['value', 'drift', '14:53', '15:00']]);
      // (40 minutes apart: an hour dropped and another added, as before)
      const other = checkDoc(a, b.map((x) => x.replace(far[0], far[1])), beads, lang, lang).filter((m) => m.aFigure?.kind === 'time' || m.bFigure?.kind === 'time');
      expect(other.map((m) => m.kind).sort()).toEqual(['added', 'missing']);
    }
  });
  it('guard: numbers further apart in such sentences stay one dropped and one added (both languages)', () => {
    for (const lang of ['id', 'en'] as const) {
      const b = texts[lang].b.map((x, k) => (k === 0 ? x.replace(lang === 'id' ? '2.069' : '2,069', lang === 'id' ? '1.969' : '1,969') : x));
      expect(checkDoc(texts[lang].a, b, beads, lang, lang).filter((m) => m.kind === 'value')).toEqual([]);
    }
  });
});

describe('two sentences of one language that share only the words of their figures and the story’s date', () => {
  // (real republications of an inflation release and a budget report: one outlet's core inflation paired with the
  // other's headline rate, capital spending with energy subsidies. Both sentences give the month every sentence of
  // the story gives, and *persen*, *triliun*, *Januari*: words of figures, not of what the figure measures.)
  const opening = { id: 'BPS mengumumkan data inflasi Januari 2024 di Jakarta.', en: 'The statistics agency released its January 2024 inflation data in Jakarta.' };
  const core = {
    id: ['Inflasi inti pada Januari 2024 tercatat 1,68 persen, dan komponen bergejolak naik 0,20 persen.', 'Pada Januari 2024 terjadi inflasi tahunan sebesar 2,57 persen dengan indeks harga konsumen sebesar 105,19.'],
    en: ['Core inflation in January 2024 stood at 1.68 percent, and the volatile component rose 0.20 percent.', 'In January 2024 annual inflation reached 2.57 percent, with the consumer price index at 105.19.'],
  };
  const beads: Bead[] = [{ a: [0], b: [0], score: 0.9 }, { a: [1], b: [1], score: 0.5 }];
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: their figures are for review, the sentences named as not the same`, () => {
      const ms = checkDoc([opening[lang], core[lang][0]], [opening[lang], core[lang][1]], beads, lang, lang);
      expect(ms.filter((m) => m.level === 'drift')).toEqual([]);
      const value = ms.find((m) => m.kind === 'value');
      expect(value).toMatchObject({ level: 'review', notTranslation: true });
      expect(value?.facts?.notTranslation).toContain('few-words-shared');
    });
  }
  it('the explanation says the two are not one sentence in other words (not "translations"), in English and in Indonesian', () => {
    const value = checkDoc([opening.id, core.id[0]], [opening.id, core.id[1]], beads, 'id', 'id').find((m) => m.kind === 'value')!;
    expect(value.note).toMatch(/do not read as one sentence in other words \(they share few words/);
    expect(value.note).not.toMatch(/translation/);
    expect(wordExplanation(value, 'id')).toMatch(/tidak terbaca sebagai satu kalimat dengan kata lain \(sedikit kata yang sama/);
  });
  it('the words beside the figures decide: amounts of two budget items by the same month are two facts (both languages)', () => {
    const a = { id: ['Laporan APBN hingga Oktober dirilis Senin.', 'Belanja modal mencapai Rp 316,9 triliun hingga Oktober.'], en: ['The budget data through October came out on Monday.', 'Capital spending reached Rp 316.9 trillion by October.'] };
    const b = { id: ['Laporan APBN hingga Oktober dirilis Senin.', 'Realisasi subsidi energi sebesar Rp 48,1 triliun hingga Oktober.'], en: ['The budget data through October came out on Monday.', 'Energy subsidies amounted to Rp 48.1 trillion by October.'] };
    for (const lang of ['id', 'en'] as const) {
      const ms = checkDoc(a[lang], b[lang], beads, lang, lang);
      expect(ms.map((m) => `${m.kind}:${m.level}`)).toEqual(['value:review']);
    }
  });
  it('guard: a sentence reworded around the same date keeps its changed rate a drift (both languages)', () => {
    const a = { id: 'Inflasi tahunan Januari 2024 tercatat sebesar 2,75 persen, kata Kepala BPS.', en: 'Annual inflation in January 2024 stood at 2.75 percent, the statistics chief said.' };
    const b = { id: 'Kepala BPS mengatakan inflasi tahunan Januari 2024 sebesar 2,57 persen.', en: 'The statistics chief said annual inflation in January 2024 was 2.57 percent.' };
    for (const lang of ['id', 'en'] as const) {
      const ms = checkDoc([opening[lang], a[lang]], [opening[lang], b[lang]], beads, lang, lang);
      expect(ms.map((m) => `${m.kind}:${m.level}`)).toEqual(['value:drift']);
    }
  });
  it('guard: a date given once, in the one sentence, still makes the two the same (*4-6 Juni* both, *empat hari* dropped)', () => {
    expect(drifts('Pertemuan digelar selama empat hari, 4-6 Juni.', 'Pertemuan berlangsung pada 4 hingga 6 Juni.', 'id', 'id')).toEqual(['missing:empat hari']);
    expect(drifts('The meeting ran for four days, June 4-6.', 'The meeting was held from June 4 to 6.', 'en', 'en')).toEqual(['missing:four days']);
  });
  it('guard: a translation is judged by its own rules (the core rate against the headline one drifts)', () => {
    expect(checkDoc([opening.id, core.id[0]], [opening.en, core.en[1]], beads, 'id', 'en').filter((m) => m.level === 'drift').map((m) => m.kind)).toContain('value');
  });
});

describe('a full date one outlet gives to a statement, the other its weekday in another sentence (one language)', () => {
  // (fresh real republications: a growth release dated *Jumat (5/8/2022)* by one outlet, *pada Jumat* by the other;
  // a quake report dated *Senin (4/12/2023)*)
  const texts = {
    id: {
      a: ['Ekonomi Indonesia pada kuartal II 2022 tumbuh 5,44 persen.', '"Dibandingkan kuartal II 2021, ekonomi tumbuh 5,44 persen," kata Kepala BPS di Jakarta, Jumat (5/8/2022).'],
      b: ['BPS mengumumkan pada Jumat bahwa ekonomi kuartal II 2022 tumbuh 5,44 persen dibandingkan kuartal II 2021.', 'Konsumsi rumah tangga menjadi penopang utama.'],
      other: ['Jumat (5/8/2022)', 'Kamis (4/8/2022)'],
    },
    en: {
      a: ['The economy grew 5.44 percent in the second quarter of 2022.', '"Compared with the second quarter of 2021, the economy grew 5.44 percent," the statistics chief told reporters in Jakarta on Friday, August 5, 2022.'],
      b: ['The statistics agency said on Friday that the economy grew 5.44 percent in the second quarter of 2022 from the second quarter of 2021.', 'Household spending was the main driver.'],
      other: ['Friday, August 5, 2022', 'Thursday, August 4, 2022'],
    },
  };
  const beads: Bead[] = [{ a: [0], b: [0], score: 0.9 }, { a: [1], b: [], score: 0.5 }];
  const fullDate = (m: { kind: string; aFigure?: { value: unknown } | null }) => m.kind === 'missing' && /^\d{4}-\d\d-\d\d$/.test(String(m.aFigure?.value));
  const dateMismatch = (lang: 'id' | 'en', a: string[]) => checkDoc(a, texts[lang].b, beads, lang, lang).filter(fullDate).map((m) => m.level);
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: the date is the day said as a weekday, for review`, () => {
      expect(dateMismatch(lang, texts[lang].a)).toEqual(['review']);
    });
    it(`${lang}: guard: a date of another weekday stays a drift`, () => {
      const [friday, thursday] = texts[lang].other;
      expect(dateMismatch(lang, texts[lang].a.map((x) => x.replace(friday, thursday)))).toEqual(['drift']);
    });
  }
  it('guard: a translation is checked bead by bead (the weekday of another sentence does not stand for the date)', () => {
    const ms = checkDoc(texts.id.a, texts.en.b, beads, 'id', 'en').filter(fullDate);
    expect(ms.map((m) => m.level)).toEqual(['drift']);
  });
});
