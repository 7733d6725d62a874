import { describe, expect, it } from 'vitest';
import { alignParallel } from '../../../shared/align/engine';
import { DEFAULT_PARAMS, type ModelParams } from '../../../shared/align/params';

/** Six lines a side, the middle two (2 and 3) given by the caller. */
function doc(en23: [string, string], id23: [string, string]): { en: string[]; id: string[] } {
  return {
    en: [
      'The port of Tenau in Kupang handled 1,240 containers in April, harbour master Yohanes Bere said on Monday.',
      'Exports of seaweed from Rote island rose to 3,800 tonnes last year, the provincial trade office reported.',
      ...en23,
      'Garuda Indonesia will add a third daily flight between Kupang and Denpasar from 1 July.',
      'Ticket prices on the route stay at about Rp1.2 million, spokesman Irfan Setiaputra said.',
    ],
    id: [
      'Pelabuhan Tenau di Kupang menangani 1.240 kontainer pada April, kata syahbandar Yohanes Bere, Senin.',
      'Ekspor rumput laut dari Pulau Rote naik menjadi 3.800 ton tahun lalu, lapor dinas perdagangan provinsi.',
      ...id23,
      'Garuda Indonesia akan menambah penerbangan harian ketiga antara Kupang dan Denpasar mulai 1 Juli.',
      'Harga tiket pada rute itu tetap sekitar Rp1,2 juta, kata juru bicara Irfan Setiaputra.',
    ],
  };
}

function beads(d: { en: string[]; id: string[] }, params: ModelParams): string[] {
  return alignParallel({ lang: 'en', sentences: d.en }, { lang: 'id', sentences: d.id }, {}, { params }).beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);
}

const old: ModelParams = { ...DEFAULT_PARAMS, oneToOneSpan: 0 };
const all11 = ['0:0', '1:1', '2:2', '3:3', '4:4', '5:5'];

describe('prefer 1-1 beads (refine.ts)', () => {
  it('splits a 2-2 bead bought by a moved clause when each sentence keeps its own translation', () => {
    // The cold store, its tuna and its supplier moved from line 3 into line 2 of the Indonesian
    // side; line 3 still translates line 3 (160 traders, 12 villages, Surabaya, Lonek).
    const d = doc(
      [
        'Bupati Marthen Lonek of Sabu Raijua opened a new fish market in Seba, which cost Rp4.5 billion to build.',
        'The market will host 160 traders from 12 villages, and its cold store for tuna was supplied by PT Dingin Nusantara of Surabaya, Lonek said.',
      ],
      [
        'Bupati Sabu Raijua Marthen Lonek meresmikan pasar ikan di Seba senilai Rp4,5 miliar dengan gudang pendingin tuna dari PT Dingin Nusantara.',
        'Pasar itu menampung 160 pedagang dari 12 desa, dan pemasoknya berasal dari Surabaya, kata Lonek.',
      ],
    );
    expect(beads(d, old)).toContain('2,3:2,3');
    expect(beads(d, DEFAULT_PARAMS)).toEqual(all11);
  });

  it('keeps a real 2-2 bead: the moved part carries numbers only the merged bead matches', () => {
    // The sentence boundary moved: the cost, year and traders of English line 3 are told in
    // Indonesian line 2. Both 1-1 beads would still look acceptable on lengths and names.
    const d = doc(
      [
        'Bupati Marthen Lonek of Sabu Raijua opened a new fish market in Seba on Friday.',
        'Built in 2024 for Rp4.5 billion, it will host 160 traders from 12 villages and has a cold store for tuna supplied by PT Dingin Nusantara of Surabaya, Lonek said.',
      ],
      [
        'Bupati Sabu Raijua Marthen Lonek meresmikan pasar ikan baru di Seba, Jumat, yang dibangun pada 2024 senilai Rp4,5 miliar untuk 160 pedagang dari 12 desa.',
        'Gudang pendingin tuna di pasar itu dipasok PT Dingin Nusantara dari Surabaya, kata Lonek.',
      ],
    );
    expect(beads(d, old)).toContain('2,3:2,3');
    expect(beads(d, DEFAULT_PARAMS)).toContain('2,3:2,3');
    // Without the number test the rule would split it.
    expect(beads(d, { ...DEFAULT_PARAMS, oneToOneKeepNumbers: false })).toEqual(all11);
  });

  it('never pairs a sentence that a locked one-sided bead keeps unaligned', () => {
    const d = doc(
      [
        'Bupati Marthen Lonek of Sabu Raijua opened a new fish market in Seba, which cost Rp4.5 billion to build.',
        'The market will host 160 traders from 12 villages, and its cold store for tuna was supplied by PT Dingin Nusantara of Surabaya, Lonek said.',
      ],
      [
        'Bupati Sabu Raijua Marthen Lonek meresmikan pasar ikan baru di Seba senilai Rp4,5 miliar.',
        'Pasar itu menampung 160 pedagang dari 12 desa, dan pemasoknya berasal dari Surabaya, kata Lonek.',
      ],
    );
    const locked = [
      { a: [2], b: [], score: 1 },
      { a: [], b: [2], score: 1 },
    ];
    const got = alignParallel({ lang: 'en', sentences: d.en }, { lang: 'id', sentences: d.id }, { locked }).beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);
    expect(got).toEqual(['0:0', '1:1', ':2', '2:', '3:3', '4:4', '5:5']);
  });
});

describe('widen a path (refine.ts)', () => {
  const en = [
    'The port of Tenau in Kupang handled 1,240 containers in April, harbour master Yohanes Bere said on Monday.',
    'Exports of seaweed from Rote island rose to 3,800 tonnes last year, the provincial trade office reported.',
    'The new ferry Nusa Lontar, built for Rp 86 billion in Banyuwangi, carries 420 passengers and 36 trucks, sails twice a week to Ende and Maumere, and stops at Larantuka on its way back to Kupang.',
    'Garuda Indonesia will add a third daily flight between Kupang and Denpasar from 1 July.',
    'Ticket prices on the route stay at about Rp1.2 million, spokesman Irfan Setiaputra said.',
  ];
  const id = [
    'Pelabuhan Tenau di Kupang menangani 1.240 kontainer pada April, kata syahbandar Yohanes Bere, Senin.',
    'Ekspor rumput laut dari Pulau Rote naik menjadi 3.800 ton tahun lalu, lapor dinas perdagangan provinsi.',
    'Feri baru Nusa Lontar dibangun di Banyuwangi.',
    'Biayanya Rp 86 miliar.',
    'Kapal itu memuat 420 penumpang dan 36 truk serta berlayar dua kali sepekan ke Ende dan Maumere.',
    'Dalam perjalanan kembali ke Kupang, feri singgah di Larantuka.',
    'Garuda Indonesia akan menambah penerbangan harian ketiga antara Kupang dan Denpasar mulai 1 Juli.',
    'Harga tiket pada rute itu tetap sekitar Rp1,2 juta, kata juru bicara Irfan Setiaputra.',
  ];
  const run = (params: ModelParams): string[] =>
    alignParallel({ lang: 'en', sentences: en }, { lang: 'id', sentences: id }, {}, { params }).beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);

  it('makes one 1-4 bead of a sentence rendered as four, where the DP (beads up to 1-3) leaves one of them out', () => {
    const narrow = run({ ...DEFAULT_PARAMS, wideMax: 0 });
    expect(narrow).not.toContain('2:2,3,4,5');
    expect(run(DEFAULT_PARAMS)).toEqual(['0:0', '1:1', '2:2,3,4,5', '3:6', '4:7']);
  });

  it('leaves a real omission alone: a sentence that shares nothing with the 1-3 bead beside it stays unaligned', () => {
    const weather = 'Cuaca di Flores Timur diperkirakan cerah berawan sepanjang akhir pekan ini menurut BMKG.';
    const withOmission = [...id.slice(0, 4), `${id[4]} ${id[5]}`, weather, ...id.slice(6)];
    const out = alignParallel({ lang: 'en', sentences: en }, { lang: 'id', sentences: withOmission }, {}, { params: DEFAULT_PARAMS }).beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);
    expect(out).toEqual(['0:0', '1:1', '2:2,3,4', ':5', '3:6', '4:7']);
  });
});
