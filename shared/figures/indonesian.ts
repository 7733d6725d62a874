/**
 * Indonesian: number words (`dua ribu lima ratus`, `sebelas`, `dua koma lima`, `satu setengah`,
 * `dua pertiga`), scales, magnitude plurals (`ribuan`, `puluhan ribu`), qualifiers, ordinals
 * (`kedua`, `keseratus`), months, units of time and currencies.
 */
import { WEEKDAY_NUMBERS } from './weekdays';
import type { Qualifier } from './types';
import { hedgedReach, withScaleSlips, type Lexicon, type WordNumber } from './lexicon';
import { clean } from './numbers';

const DIGITS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

/** Scale words: `ribu` 1e3, `juta` 1e6, `miliar`/`milyar` 1e9, `triliun` 1e12, `kuadriliun` 1e15, and one-slip misspellings of the long ones (*triloiun*). */
export const ID_SCALES: ReadonlyMap<string, number> = withScaleSlips(new Map([
  ['ribu', 1e3],
  ['juta', 1e6],
  ['miliar', 1e9],
  ['milyar', 1e9],
  ['milliar', 1e9],
  ['triliun', 1e12],
  ['trilyun', 1e12],
  ['kuadriliun', 1e15],
  // common misspellings in wire copy: the scale is still meant
  ['trilliun', 1e12],
  ['triliyun', 1e12],
  ['trliun', 1e12],
  ['trilun', 1e12],
  ['miliyar', 1e9],
  // English scale words left in Indonesian copy with an English term (`250 Million Standard Cubic Feet`)
  ['million', 1e6],
  ['billion', 1e9],
]), ['miliar', 'milyar', 'triliun', 'trilyun'], ['millions', 'billions']);

/** Scale abbreviations after digits (`50 rb`, `2 jt`), matched lower-case. */
export const ID_SCALE_ABBREVS: ReadonlyMap<string, number> = new Map([
  ['rb', 1e3],
  ['ribu', 1e3],
  ['jt', 1e6],
  ['juta', 1e6],
  ['m', 1e9],
  ['t', 1e12],
]);

const SE_SCALES: Record<string, number> = { seribu: 1e3, sejuta: 1e6, semiliar: 1e9, semilyar: 1e9, setriliun: 1e12 };
const FRACTION_START: Record<string, number> = {
  setengah: 0.5,
  separuh: 0.5,
  // (as often spelt in wire copy)
  separoh: 0.5,
  seperempat: 0.25,
  sepertiga: 1 / 3,
  seperlima: 0.2,
  sepersepuluh: 0.1,
  seperseratus: 0.01,
};
const DENOMINATORS: Record<string, number> = {
  perdua: 2,
  pertiga: 3,
  perempat: 4,
  perlima: 5,
  perenam: 6,
  pertujuh: 7,
  perdelapan: 8,
  persembilan: 9,
  persepuluh: 10,
  perseratus: 100,
};

type State = 'start' | 'digit' | 'sepuluh' | 'belas' | 'puluh' | 'ratus' | 'scale' | 'koma' | 'frac';

function readDecimalDigits(words: readonly string[], k: number): { frac: number; used: number } | null {
  let s = '';
  let m = k;
  while (m < words.length) {
    const w = words[m];
    if (w === 'nol') s += '0';
    else if (DIGITS[w] !== undefined) s += String(DIGITS[w]);
    else break;
    m++;
  }
  if (!s) return null;
  return { frac: Number('0.' + s), used: m - k };
}

/**
 * Reads Indonesian cardinal words from `words[from]`: `nol`…`sembilan`, `sepuluh`, `sebelas`,
 * `dua belas`, `dua puluh lima`, `seratus`, `dua ratus`, `seribu`, `dua ribu lima ratus`, `sejuta`,
 * `dua koma lima juta`, `setengah`, `satu setengah juta`, `dua pertiga`.
 * Stops before the first word that does not continue the number; null when nothing is read.
 */
export function parseIndonesianCardinal(words: readonly string[], from: number): WordNumber | null {
  // limapuluh, duaratus, tigabelas: a digit glued to its multiplier reads as the two words
  const glued = splitGlued(words[from]);
  if (glued) {
    const r = parseIndonesianCardinal([...words.slice(0, from), ...glued, ...words.slice(from + 1)], from);
    return r && r.used >= 2 ? { ...r, used: r.used - 1 } : null;
  }
  const n = words.length;
  let k = from;
  const w0 = words[k];
  if (w0 === undefined) return null;
  if (w0 === 'nol') {
    if (words[k + 1] === 'koma') {
      const d = readDecimalDigits(words, k + 2);
      if (d) {
        const S = ID_SCALES.get(words[k + 2 + d.used]);
        if (S !== undefined) return { value: clean(d.frac * S), used: 3 + d.used, scale: S };
        return { value: d.frac, used: 2 + d.used };
      }
    }
    return { value: 0, used: 1 };
  }
  // selusin: a dozen (12), as English `a dozen`
  if (w0 === 'selusin') return { value: 12, used: 1 };
  const f0 = FRACTION_START[w0];
  if (f0 !== undefined) {
    const S = ID_SCALES.get(words[k + 1]);
    if (S !== undefined) return { value: clean(f0 * S), used: 2, scale: S };
    return { value: f0, used: 1, fraction: true };
  }
  let total = 0;
  let group = 0;
  let pending = -1;
  let state: State = 'start';
  let lastScale = Infinity;
  let scale: number | undefined;
  while (k < n) {
    const w = words[k];
    const d = DIGITS[w];
    if (d !== undefined) {
      if (pending >= 0) break;
      if (state === 'start' || state === 'puluh' || state === 'ratus' || state === 'scale') {
        pending = d;
        state = 'digit';
        k++;
        continue;
      }
      break;
    }
    if (w === 'sepuluh' || w === 'sebelas') {
      if (pending >= 0 || group % 100 !== 0 || !(state === 'start' || state === 'ratus' || state === 'scale')) break;
      group += w === 'sepuluh' ? 10 : 11;
      state = w === 'sepuluh' ? 'sepuluh' : 'belas';
      k++;
      continue;
    }
    if (w === 'belas') {
      if (pending < 1 || group % 100 !== 0) break;
      group += 10 + pending;
      pending = -1;
      state = 'belas';
      k++;
      continue;
    }
    if (w === 'puluh') {
      if (pending < 1 || group % 100 !== 0) break;
      group += pending * 10;
      pending = -1;
      state = 'puluh';
      k++;
      continue;
    }
    if (w === 'seratus') {
      if (pending >= 0 || group !== 0 || !(state === 'start' || state === 'scale')) break;
      group = 100;
      state = 'ratus';
      k++;
      continue;
    }
    if (w === 'ratus') {
      if (pending < 1 || group !== 0) break;
      group = pending * 100;
      pending = -1;
      state = 'ratus';
      k++;
      continue;
    }
    const se = SE_SCALES[w];
    if (se !== undefined) {
      if (pending >= 0 || group !== 0 || !(state === 'start' || state === 'scale') || se >= lastScale) break;
      total += se;
      lastScale = se;
      scale = se;
      state = 'scale';
      k++;
      continue;
    }
    const S = ID_SCALES.get(w);
    if (S !== undefined) {
      const g = group + Math.max(pending, 0);
      if (state === 'start' || state === 'scale' || g <= 0 || S >= lastScale) break;
      total += g * S;
      group = 0;
      pending = -1;
      lastScale = S;
      scale = S;
      state = 'scale';
      k++;
      continue;
    }
    if (w === 'koma') {
      if (state === 'start' || state === 'koma' || state === 'frac') break;
      const dd = readDecimalDigits(words, k + 1);
      if (!dd) break;
      group = group + Math.max(pending, 0) + dd.frac;
      pending = -1;
      state = 'koma';
      k += 1 + dd.used;
      continue;
    }
    if (w === 'setengah' || w === 'seperempat') {
      if (!(state === 'digit' || state === 'belas' || state === 'puluh' || state === 'ratus' || state === 'sepuluh')) break;
      group = group + Math.max(pending, 0) + (w === 'setengah' ? 0.5 : 0.25);
      pending = -1;
      state = 'frac';
      k++;
      continue;
    }
    if (w === 'lusin') {
      // satu lusin, dua lusin: dozens of a small number (12, 24), as English `two dozen`
      if (total !== 0 || !(state === 'digit' || state === 'sepuluh' || state === 'belas' || state === 'puluh')) break;
      group = (group + Math.max(pending, 0)) * 12;
      pending = -1;
      state = 'frac';
      k++;
      break;
    }
    // *tiga perempatnya*: the fraction with *-nya* ("three quarters of it")
    const den = DENOMINATORS[w] ?? (w.endsWith('nya') ? DENOMINATORS[w.slice(0, -3)] : undefined);
    if (den !== undefined && state === 'digit' && group === 0 && total === 0) {
      // tiga perempat juta: a fraction of a scale word, as seperempat juta
      const S = ID_SCALES.get(words[k + 1]);
      if (S !== undefined) return { value: clean((pending / den) * S), used: k + 2 - from, scale: S };
      return { value: pending / den, used: k + 1 - from, fraction: true };
    }
    break;
  }
  if (state === 'start') return null;
  const value = clean(total + group + Math.max(pending, 0));
  return { value, used: k - from, scale: state === 'scale' ? scale : undefined };
}

const MAGNITUDES: Record<string, number> = {
  belasan: 10,
  puluhan: 10,
  // lusinan: dozens, the order of magnitude of tens (as English `dozens`)
  lusinan: 10,
  ratusan: 100,
  ribuan: 1e3,
  jutaan: 1e6,
  miliaran: 1e9,
  milyaran: 1e9,
  triliunan: 1e12,
};

/**
 * Reads Indonesian magnitude plurals: `puluhan` 10, `belasan` 10, `ratusan` 100, `ribuan` 1e3,
 * `jutaan` 1e6, `puluhan ribu` 1e4, `ratusan ribu` 1e5, `puluhan juta` 1e7; `beberapa ratus/ribu/juta`;
 * a digit word before `puluhan`/`ratusan` counts them, approximately (`tiga puluhan` about 30, `dua ratusan`
 * about 200).
 */
export function parseIndonesianMagnitude(words: readonly string[], from: number): WordNumber | null {
  const w = words[from];
  if (w === undefined) return null;
  if (w === 'beberapa') {
    const next = words[from + 1];
    // `beberapa puluh ribu`, `beberapa ratus juta`: the tens or hundreds of a scale
    const then = next === 'puluh' || next === 'ratus' ? ID_SCALES.get(words[from + 2]) : undefined;
    if (then !== undefined) return { value: (next === 'puluh' ? 10 : 100) * then, used: 3, magnitude: true };
    if (next === 'puluh') return { value: 10, used: 2, magnitude: true };
    if (next === 'ratus') return { value: 100, used: 2, magnitude: true };
    const S = ID_SCALES.get(next);
    if (S !== undefined) return { value: S, used: 2, magnitude: true };
    return null;
  }
  // tiga puluhan, dua ratusan: "thirty-odd", "two hundred-odd" (English often says `three dozen`, `some 30`)
  const d = DIGITS[w];
  const tens = words[from + 1] === 'puluhan' ? 10 : words[from + 1] === 'ratusan' ? 100 : 0;
  if (d !== undefined && d >= 2 && tens) return { value: d * tens, used: 2, approximate: true };
  const m = MAGNITUDES[w];
  if (m === undefined) return null;
  // (the scale in its plural too: *puluhan jutaan*, *ratusan ribuan*, "tens of millions")
  const next = words[from + 1];
  const S = ID_SCALES.get(next) ?? (next !== undefined && MAGNITUDES[next] >= 1e3 ? MAGNITUDES[next] : undefined);
  if (S !== undefined && m <= 1e3 && S > m) return { value: m * S, used: 2, magnitude: true };
  return { value: m, used: 1, magnitude: true };
}

/**
 * Reads Indonesian ordinals: `pertama`, `kesatu`, `kedua` … `kesembilan`, `kesepuluh`,
 * `kesebelas`, `kedua belas`, `kedua puluh satu`, `keseratus`, `keseribu`.
 * (Whether `kedua` means "second" or "both" is decided by the scanner from the context.)
 */
export function parseIndonesianOrdinal(words: readonly string[], from: number): WordNumber | null {
  const w = words[from];
  if (w === undefined) return null;
  // (*kunjungan pertamanya*, "his first visit": the ordinal with *-nya*)
  if (w === 'pertama' || w === 'kesatu' || w === 'pertamanya') return { value: 1, used: 1 };
  if (w.length > 3 && w.startsWith('ke')) {
    const rest = w.slice(2);
    if (DIGITS[rest] !== undefined || rest === 'sepuluh' || rest === 'sebelas' || rest === 'seratus' || rest === 'seribu' || rest === 'sejuta') {
      const copy = words.slice(from);
      copy[0] = rest;
      const r = parseIndonesianCardinal(copy, 0);
      if (r && Number.isInteger(r.value) && r.value >= 1) return { value: r.value, used: r.used };
    }
  }
  return null;
}

const STARTS = new Set<string>([
  ...Object.keys(DIGITS),
  'nol',
  'sepuluh',
  'sebelas',
  'seratus',
  ...Object.keys(SE_SCALES),
  ...Object.keys(FRACTION_START),
  ...Object.keys(MAGNITUDES),
  'beberapa',
  'selusin',
  'pertama',
  'pertamanya',
  'kesatu',
]);

const CONTINUES = new Set<string>([...STARTS, 'belas', 'puluh', 'ratus', 'lusin', 'koma', ...ID_SCALES.keys(), ...Object.keys(DENOMINATORS)]);

/** True when `w` may begin an Indonesian number, magnitude, fraction or ordinal. */
/** `limapuluh` → [`lima`, `puluh`]: a digit word written together with `puluh`, `ratus`, `belas`, `ribu`. */
function splitGlued(w: string | undefined): [string, string] | null {
  if (!w || w.length < 7) return null;
  for (const tail of ['puluh', 'ratus', 'belas', 'ribu']) {
    if (w.endsWith(tail) && DIGITS[w.slice(0, -tail.length)] !== undefined) return [w.slice(0, -tail.length), tail];
  }
  return null;
}

function startsIndonesianNumber(w: string): boolean {
  if (STARTS.has(w) || splitGlued(w)) return true;
  if (w.length > 4 && w.charCodeAt(0) === 107 && w.charCodeAt(1) === 101) {
    const rest = w.slice(2);
    return DIGITS[rest] !== undefined || rest === 'sepuluh' || rest === 'sebelas' || rest === 'seratus' || rest === 'seribu' || rest === 'sejuta';
  }
  return false;
}

const QUALIFIERS: [string, Qualifier][] = [
  ['lebih dari', 'more-than'],
  ['lebih daripada', 'more-than'],
  ['di atas', 'more-than'],
  ['melebihi', 'more-than'],
  ['melampaui', 'more-than'],
  ['lebih dari sekitar', 'more-than'],
  ['sekitar', 'about'],
  ['sekira', 'about'],
  ['kira-kira', 'about'],
  ['kurang lebih', 'about'],
  ['lebih kurang', 'about'],
  // written as one word in hurried copy: *kuranglebih 160 persen*
  ['kuranglebih', 'about'],
  ['lebihkurang', 'about'],
  // *lebihdari 500 orang*, *kurangdari 5 persen*: the bound run into one word the same way
  ['lebihdari', 'more-than'],
  ['kurangdari', 'less-than'],
  // `lebih 500 orang`: "more than 500" with the `dari` left out (a `lebih` after a figure is read with that figure)
  ['lebih', 'more-than'],
  ['hampir', 'about'],
  ['nyaris', 'about'],
  ['mendekati', 'about'],
  // *makin dekat dengan angka Rp9.200*: "closer to" a level, as `closer to` in English (not *dekat dengan 3 sekolah*)
  ...['angka', 'level', 'posisi'].flatMap((w): [string, Qualifier][] => [
    [`dekat dengan ${w}`, 'about'],
    [`mendekat ke ${w}`, 'about'],
  ]),
  // *hampir mencapai 23 persen*, *nyaris menyentuh Rp9.200*: the hedge on the verb hedges the level reached
  ...hedgedReach(['hampir', 'nyaris'], ['mencapai', 'menyentuh', 'menembus']),
  ['diperkirakan sekitar', 'about'],
  ['setidaknya', 'at-least'],
  ['sedikitnya', 'at-least'],
  ['sedikit-dikitnya', 'at-least'],
  ['paling sedikit', 'at-least'],
  ['minimal', 'at-least'],
  ['minimum', 'at-least'],
  ['sekurang-kurangnya', 'at-least'],
  ['tidak kurang dari', 'at-least'],
  ['tak kurang dari', 'at-least'],
  ['paling tidak', 'at-least'],
  // *setidaknya ada tiga faktor*, *sedikitnya terdapat 40 rumah*, *sedikitnya selama 10 tahun*: the bound on "there
  // are" or on a span bounds the count after it
  ...['setidaknya', 'sedikitnya', 'sedikit-dikitnya', 'sekurang-kurangnya', 'paling tidak', 'paling sedikit'].flatMap((w): [string, Qualifier][] => [
    [`${w} ada`, 'at-least'],
    [`${w} terdapat`, 'at-least'],
    [`${w} selama`, 'at-least'],
  ]),
  ['hingga', 'up-to'],
  ['sampai', 'up-to'],
  ['sampai dengan', 'up-to'],
  // *melemah hingga mencapai Rp9.400*, *sampai mencapai angka 30 persen*: the verb of reaching after the bound
  // word leaves it the bound of *hingga Rp9.400* ("up to", or "to" after a change, which compares leniently)
  ['hingga mencapai', 'up-to'],
  ['sampai mencapai', 'up-to'],
  ['maksimal', 'at-most'],
  ['maksimum', 'at-most'],
  ['paling banyak', 'at-most'],
  // *paling lama tiga tahun*, *selama-lamanya 30 hari*: "for a maximum of three years", "at most 30 days"
  ['paling lama', 'at-most'],
  ['selama-lamanya', 'at-most'],
  ['paling lama selama', 'at-most'],
  // *maksimal hingga 9 persen*: the bound word makes the *hingga* after it a bound, not "to"
  ...['maksimal', 'maksimum', 'paling banyak', 'paling tinggi'].flatMap((w): [string, Qualifier][] => [
    [`${w} hingga`, 'at-most'],
    [`${w} sampai`, 'at-most'],
  ]),
  ['sebanyak-banyaknya', 'at-most'],
  // *hanya boleh memiliki 49 persen*, *hanya diizinkan menguasai 30 persen*: what one is only allowed to own or take
  // is a ceiling ("may own at most 49 percent", `a maximum of`); plain *hanya 49 persen* ("only") stays exact
  ...['hanya boleh', 'hanya diizinkan', 'hanya diperbolehkan', 'hanya dibolehkan'].flatMap((w): [string, Qualifier][] => [
    [w, 'at-most'],
    ...['menguasai', 'mengambil', 'membeli', 'menggenggam'].map((v): [string, Qualifier] => [`${w} ${v}`, 'at-most']),
  ]),
  ['tidak lebih dari', 'at-most'],
  ['tak lebih dari', 'at-most'],
  ['kurang dari', 'less-than'],
  // `kurang 10 persen`: "less than 10 percent" (the `dari` is often left out); `kurang lebih` is `about`
  ['kurang', 'less-than'],
  // `lebih 300 tahun`: "more than 300 years" (the `dari` left out, as after `kurang`)
  ['lebih', 'more-than'],
  ['tidak lebih', 'at-most'],
  ['tak lebih', 'at-most'],
  ['tidak kurang', 'at-least'],
  ['tak kurang', 'at-least'],
  ['di bawah', 'less-than'],
  ['dibawah', 'less-than'],
  ['diatas', 'more-than'],
  ['kisaran', 'about'],
  ['di kisaran', 'about'],
  // *di kisaran atas level 116 yen*, *kisaran bawah*: the upper or lower band of a level, as `the upper 116 yen level`
  ['kisaran atas', 'about'],
  ['kisaran bawah', 'about'],
  ['berkisar', 'about'],
  // *berkisar pada Rp6.700*, *berkisar di level 9.100*: hovering around a level
  ['berkisar pada', 'about'],
  ['berkisar di', 'about'],
  ['tidak sampai', 'less-than'],
  ['tak sampai', 'less-than'],
];

const MONTHS: [string, number][] = [
  ['januari', 1],
  ['februari', 2],
  ['pebruari', 2],
  ['maret', 3],
  ['april', 4],
  ['mei', 5],
  ['juni', 6],
  ['juli', 7],
  ['agustus', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['nopember', 11],
  ['desember', 12],
];

const MONTH_ABBREVS: [string, number][] = [
  ['jan', 1],
  ['feb', 2],
  ['peb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['agust', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['nov', 11],
  ['nop', 11],
  ['des', 12],
];

/** The Indonesian lexicon. */
export const INDONESIAN: Lexicon = {
  lang: 'id',
  cardinal: parseIndonesianCardinal,
  magnitude: parseIndonesianMagnitude,
  ordinal: parseIndonesianOrdinal,
  startsNumber: startsIndonesianNumber,
  numberWord: (w) => CONTINUES.has(w),
  scales: ID_SCALES,
  qualifiers: new Map(QUALIFIERS),
  // (with the misspellings news copy prints: `5 prsen`, `3 perrsen`)
  percentWords: new Set(['persen', 'prosen', 'persennya', 'prosennya', 'persén', 'prsen', 'pesren', 'perrsen', 'perssen', 'persenn', 'presen']),
  durations: new Map([
    ['detik', 'second'],
    ['menit', 'minute'],
    ['jam', 'hour'],
    ['hari', 'day'],
    ['minggu', 'week'],
    ['pekan', 'week'],
    ['bulan', 'month'],
    ['tahun', 'year'],
    ['dekade', 'decade'],
    ['dasawarsa', 'decade'],
    ['abad', 'century'],
  ]),
  months: new Map(MONTHS),
  monthAbbrevs: new Map(MONTH_ABBREVS),
  monthsNeedCapital: false,
  monthBefore: new Set([
    'bulan',
    'pada',
    'sejak',
    'hingga',
    'sampai',
    'awal',
    'akhir',
    'pertengahan',
    'medio',
    'sebelum',
    'setelah',
    'sesudah',
    'selama',
    'per',
    'mulai',
    'jelang',
    'menjelang',
    'pertama',
    'kedua',
    'ketiga',
    'keempat',
    'terakhir',
    // a month compared with or counted from (`dibanding April`, `dari Maret`, `antara Juni dan Agustus`)
    'dibanding',
    'dibandingkan',
    'ketimbang',
    'dari',
    'antara',
    // a monthly statistic named by its month (`inflasi Maret`, `periode Januari`)
    'inflasi',
    'deflasi',
    'periode',
  ]),
  monthAfter: new Set(['lalu', 'kemarin', 'mendatang', 'depan', 'ini', 'nanti', 'silam', 'tahun']),
  // and one word after a month (*Desember mendatang*, *Maret lalu*): the coming or the last such month, as
  // English says `next December`, `last March`
  relativeYearAfter: new Set(['tahun ini', 'tahun lalu', 'tahun depan', 'tahun mendatang', 'tahun silam', 'tahun kemarin', 'tahun berikutnya', 'tahun sebelumnya', 'tahun itu', 'lalu', 'mendatang', 'depan', 'silam', 'kemarin']),
  relativeYearBefore: new Set([]),
  yearBefore: new Set([
    'tahun',
    'pada',
    'sejak',
    'hingga',
    'sampai',
    'sebelum',
    'setelah',
    'sesudah',
    'awal',
    'akhir',
    'pertengahan',
    'medio',
    'selama',
    'periode',
    'era',
    'mulai',
    'jelang',
    'menjelang',
    'th',
    'thn',
    'tahun-tahun',
  ]),
  weekdays: new Set(WEEKDAY_NUMBERS.id.keys()),
  rangeAnd: new Map([['antara', 'dan']]),
  rangeFrom: new Set(['dari']),
  rangeTo: new Set(['hingga', 'sampai']),
  partOf: new Set(['dari']),
  multiplierWords: new Map(),
  timesWords: new Set(['kali']),
  currencyWords: new Map([
    ['rupiah', 'IDR'],
    ['dolar', 'USD'],
    ['dollar', 'USD'],
    ['euro', 'EUR'],
    ['yen', 'JPY'],
    ['yuan', 'CNY'],
    ['renminbi', 'CNY'],
    ['won', 'KRW'],
    ['rubel', 'RUB'],
    ['ruble', 'RUB'],
    ['ringgit', 'MYR'],
    ['baht', 'THB'],
    ['peso', 'PHP'],
    ['rupee', 'INR'],
    ['rupe', 'INR'],
    ['poundsterling', 'GBP'],
    ['pound', 'GBP'],
    ['riyal', 'SAR'],
    ['dirham', 'AED'],
    ['franc', 'CHF'],
    ['lira', 'TRY'],
    ['hryvnia', 'UAH'],
  ]),
  dayParts: new Map([
    ['pagi', 'am'],
    ['siang', 'noon'],
    ['sore', 'pm'],
    ['petang', 'pm'],
    ['malam', 'night'],
  ]),
  clockBefore: new Set(['pukul', 'pkl', 'jam']),
  collectiveBefore: new Set(),
  // ketiga anggota itu / tersebut (the three members), ketiga anggota lain / lainnya (the other three members)
  collectiveAfter: new Set(['itu', 'tersebut', 'lain', 'lainnya']),
  collectiveWords: new Map([
    ['ketiganya', 3],
    ['keempatnya', 4],
    ['kelimanya', 5],
    ['keenamnya', 6],
    ['ketujuhnya', 7],
    ['kedelapannya', 8],
    ['kesembilannya', 9],
    ['kesepuluhnya', 10],
  ]),
  minusWords: new Set(['minus', 'negatif']),
  yearParts: new Map([
    ['semester', 'half'],
    // (as wire copy mistypes it: *semster I*, *semeseter I*)
    ['semster', 'half'],
    ['semeseter', 'half'],
    ['kuartal', 'quarter'],
    ['kwartal', 'quarter'],
    ['triwulan', 'quarter'],
  ]),
  monthJoiners: new Set(['hingga', 'sampai', 'dan', 'atau', 'ke']),
  listJoiners: new Set(['dan', 'atau']),
  durationJoiners: new Set(['dan']),
  // `paling tidak sebulan sebesar 160 ribu dolar`: a rate word and an amount introducer between the bound and the number
  // `minimal sebanyak 23.100 ton`, `maksimal dana Rp200 miliar`: words introducing or naming the amount
  qualifierFillers: new Set(['angka', 'level', 'posisi', 'tingkat', 'sebesar', 'senilai', 'sebulan', 'setahun', 'sehari', 'sepekan', 'seminggu', 'sebanyak', 'dana', 'nilai', 'jumlah', 'total']),
  // *paling sedikit memiliki dua pilihan*, *setidaknya ada tiga*: the verb the bound stands before
  boundVerbs: new Set(['memiliki', 'mempunyai', 'punya', 'ada', 'terdapat', 'adalah', 'berjumlah', 'butuh', 'membutuhkan', 'memerlukan', 'diperlukan', 'menampung', 'memuat']),
  neutralBefore: new Set(['sebanyak']),
  boundCompounds: new Set(
    // (*suhu maksimum 38,4 derajat*: the day's highest temperature, a reading, not a bound on it)
    ['upah', 'gaji', 'harga', 'tarif', 'suhu', 'temperatur'].flatMap((noun) => ['minimum', 'maksimum', 'minimal', 'maksimal'].map((bound) => `${noun} ${bound}`)),
  ),
  spanWords: new Set(['kisaran', 'di kisaran', 'berkisar', 'berkisar antara', 'berkisar pada', 'berkisar di']),
  leadingMonths: new Set(['pertama']),
};
