/**
 * English: number words (`twenty-one`, `a hundred`, `two thousand five hundred`, `a dozen`,
 * `one and a half`, `two point five`, `two-thirds`), scales, magnitude plurals (`thousands`,
 * `tens of thousands`), qualifiers, ordinals (`twenty-first`), months, units of time, currencies.
 */
import { WEEKDAY_NUMBERS } from './weekdays';
import type { Qualifier } from './types';
import { hedgedReach, withScaleSlips, type Lexicon, type WordNumber } from './lexicon';
import { clean } from './numbers';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words: thousand, million, billion, trillion, quadrillion (and lakh, crore), and one-slip misspellings of the long ones (`billlion`). */
export const EN_SCALES: ReadonlyMap<string, number> = withScaleSlips(new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['quadrillion', 1e15],
  // the Indian numbering system, in South Asian wire copy: `2.5 lakh` = 250,000, `3 crore` = 30 million
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
  // common misspellings in wire copy: the scale is still meant
  ['milion', 1e6],
  ['bilion', 1e9],
  ['trilion', 1e12],
]), ['thousand', 'million', 'billion', 'trillion'], ['thousands', 'millions', 'billions', 'trillions', 'bullion', 'mullion', 'billiton', 'zillion', 'jillion', 'gazillion']);

/** Scale abbreviations glued to or after digits (`5k`, `$3m`, `$3bn`, `$1tn`), lower-case. */
export const EN_SCALE_ABBREVS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
};

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1e6,
};

/** Words after a bare `half` that make it a number: `half of`, `half the`, `half were killed`. */
const HALF_NEXT = new Set(['of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'them', 'were', 'was', 'are', 'is', 'have', 'had', 'will', 'would']);
const TIME_WORDS = new Set(['hour', 'century', 'day', 'year', 'month', 'mile', 'kilometre', 'kilometer']);

type State = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'point' | 'half' | 'dozen';

function isSmall(w: string | undefined): boolean {
  return w !== undefined && (UNITS[w] !== undefined || TEENS[w] !== undefined || TENS[w] !== undefined);
}

/**
 * A fraction of a scale word: `a quarter of a million`, `three quarters of a billion`, `a third of a
 * million`, `a quarter million` (250,000 … with the scale word's multiplier as `scale`); null when no
 * scale word follows the fraction `part` read from `words[from]`.
 */
function fractionOfScale(words: readonly string[], from: number, part: WordNumber): WordNumber | null {
  const end = from + part.used;
  const of = words[end] === 'of' && (words[end + 1] === 'a' || words[end + 1] === 'an');
  const S = EN_SCALES.get(words[of ? end + 2 : end]);
  if (S === undefined) return null;
  return { value: clean(part.value * S), used: part.used + (of ? 3 : 1), scale: S };
}

/**
 * Reads English cardinal words from `words[from]`: `one` … `nineteen`, `twenty-one`, `a hundred`,
 * `two thousand five hundred`, `one hundred and one`, `a dozen`, `two dozen`, `half`, `a quarter of`,
 * `one and a half`, `two and a half million`, `half a million`, `two point five`, `two-thirds`.
 */
export function parseEnglishCardinal(words: readonly string[], from: number): WordNumber | null {
  const n = words.length;
  let k = from;
  const w0 = words[k];
  if (w0 === undefined) return null;
  let total = 0;
  let group = 0;
  let state: State = 'start';
  let lastScale = Infinity;
  let scale: number | undefined;
  if (w0 === 'zero') {
    if (words[k + 1] !== 'point') return { value: 0, used: 1 };
    state = 'unit';
    k++;
  }
  if (w0 === 'a' || w0 === 'an') {
    const w1 = words[k + 1];
    if (w1 === 'hundred' || w1 === 'dozen' || EN_SCALES.has(w1)) {
      group = 1;
      state = 'a';
      k++;
    } else if ((w1 === 'third' || w1 === 'quarter' || w1 === 'fifth' || w1 === 'tenth' || w1 === 'half') && (words[k + 2] === 'of' || words[k + 2] === undefined || EN_SCALES.has(words[k + 2]) || (w1 !== 'third' && w1 !== 'fifth' && w1 !== 'tenth' && TIME_WORDS.has(words[k + 2])))) {
      // a quarter of, a third of, a half, a quarter (at the end of a phrase), a quarter century
      const part: WordNumber = { value: 1 / DENOMINATORS[w1], used: 2, fraction: true };
      return fractionOfScale(words, from, part) ?? (EN_SCALES.has(words[k + 2]) ? null : part);
    } else return null;
  } else if (w0 === 'half') {
    const w1 = words[k + 1];
    const S = EN_SCALES.get(words[k + 2]);
    if ((w1 === 'a' || w1 === 'an') && S !== undefined) return { value: clean(0.5 * S), used: 3, scale: S };
    if ((w1 === 'a' || w1 === 'an') && TIME_WORDS.has(words[k + 2])) return { value: 0.5, used: 2, fraction: true }; // half an hour
    if ((w1 === 'a' || w1 === 'an') && (words[k + 2] === 'hundred' || words[k + 2] === 'dozen')) {
      return { value: words[k + 2] === 'hundred' ? 50 : 6, used: 3 };
    }
    if (w1 === undefined || HALF_NEXT.has(w1)) return { value: 0.5, used: 1, fraction: true };
    return null;
  }
  while (k < n) {
    const w = words[k];
    const u = UNITS[w];
    if (u !== undefined) {
      if (state === 'start' || state === 'hundred' || state === 'scale' || state === 'and' || (state === 'tens' && group % 10 === 0)) {
        group += u;
        state = 'unit';
        k++;
        continue;
      }
      break;
    }
    const t = TEENS[w] ?? TENS[w];
    if (t !== undefined) {
      if (state === 'start' || state === 'hundred' || state === 'scale' || state === 'and') {
        if (group % 100 !== 0) break;
        group += t;
        state = TEENS[w] !== undefined ? 'teen' : 'tens';
        k++;
        continue;
      }
      break;
    }
    if (w === 'hundred') {
      if ((state === 'unit' || state === 'teen' || state === 'a') && group > 0 && group < 100) {
        group *= 100;
        state = 'hundred';
        k++;
        continue;
      }
      break;
    }
    const S = EN_SCALES.get(w);
    if (S !== undefined) {
      if (state === 'start' || state === 'scale' || state === 'and' || group <= 0 || S >= lastScale) break;
      total += group * S;
      group = 0;
      lastScale = S;
      scale = S;
      state = 'scale';
      k++;
      continue;
    }
    if (w === 'and') {
      const w1 = words[k + 1];
      if ((state === 'hundred' || state === 'scale') && isSmall(w1)) {
        // do not swallow the start of a second number: `between five hundred and six hundred`
        let m = k + 2;
        if (TENS[w1] !== undefined && UNITS[words[m]] !== undefined) m++;
        const after = words[m];
        const S2 = EN_SCALES.get(after);
        if (after === 'hundred' || (S2 !== undefined && (S2 >= lastScale || state === 'scale'))) break;
        state = 'and';
        k++;
        continue;
      }
      if ((state === 'unit' || state === 'teen' || state === 'tens') && (w1 === 'a' || w1 === 'an') && (words[k + 2] === 'half' || words[k + 2] === 'quarter')) {
        group += words[k + 2] === 'half' ? 0.5 : 0.25;
        state = 'half';
        k += 3;
        continue;
      }
      break;
    }
    if (w === 'point') {
      if (!(state === 'unit' || state === 'teen' || state === 'tens' || state === 'hundred' || state === 'scale')) break;
      let s = '';
      let m = k + 1;
      while (m < n) {
        const d = words[m] === 'zero' || words[m] === 'oh' ? 0 : UNITS[words[m]];
        if (d === undefined) break;
        s += String(d);
        m++;
      }
      if (!s) break;
      group += Number('0.' + s);
      state = 'point';
      k = m;
      continue;
    }
    if (w === 'dozen') {
      if (state === 'unit' || state === 'a') {
        group *= 12;
        state = 'dozen';
        k++;
        continue;
      }
      break;
    }
    const den = DENOMINATORS[w];
    // `three quarters` is a fraction; `eight quarters` (of a year) counts quarters: only a proper fraction.
    // Above one the denominator is plural (`two thirds`): `two third-country nationals` is a count and an ordinal
    if (den !== undefined && state === 'unit' && total === 0 && group < 10 && group < den && w !== 'half' && (group === 1 || w.endsWith('s'))) {
      const part: WordNumber = { value: group / den, used: k + 1 - from, fraction: true };
      return fractionOfScale(words, from, part) ?? part;
    }
    break;
  }
  if (state === 'start' || state === 'a' || state === 'and') return null;
  return { value: clean(total + group), used: k - from, scale: state === 'scale' ? scale : undefined };
}

const MAGNITUDES: Record<string, number> = {
  dozens: 10,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const PLURAL_SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
/** `multimillion`, `multibillion`: many of a scale, as `millions`, `billions` (`multi-billion` is read in two words). */
const MULTI_SCALES: Record<string, number> = { multimillion: 1e6, multibillion: 1e9, multitrillion: 1e12 };

/**
 * Reads English magnitude plurals: `dozens` (10: the order of magnitude, as `puluhan`),
 * `hundreds`, `thousands`, `millions`, `tens of thousands` (1e4), `hundreds of thousands` (1e5),
 * `hundreds of millions`; `several`/`a few` + `hundred`/`thousand`/`million`; `multi-billion`, `multimillion`;
 * `several dozen`, `a few dozen` (10: tens, as `dozens` and *puluhan*; `a dozen` alone is 12, read elsewhere).
 */
export function parseEnglishMagnitude(words: readonly string[], from: number): WordNumber | null {
  const w = words[from];
  if (w === undefined) return null;
  if (w === 'several' || (w === 'a' && words[from + 1] === 'few')) {
    const at = w === 'several' ? from + 1 : from + 2;
    const next = words[at];
    const v = next === 'hundred' ? 100 : next === 'dozen' ? 10 : EN_SCALES.get(next);
    // `several hundred thousand`, `a few hundred million`: the hundreds of a scale
    const then = next === 'hundred' || next === 'dozen' ? EN_SCALES.get(words[at + 1]) : undefined;
    if (v !== undefined && then !== undefined) return { value: v * then, used: at + 2 - from, magnitude: true };
    if (v !== undefined) return { value: v, used: at + 1 - from, magnitude: true };
    return null;
  }
  // `scores of people` (tens, as `dozens`), not `test scores of the pupils`, `the scores of 40 students`
  if (w === 'scores') return scoresOfAt(words, from);
  // `a multi-billion dollar trade`, `multimillion-dollar deals`: billions, millions (as *miliaran*, *jutaan*)
  const multi = MULTI_SCALES[w] ?? (w === 'multi' ? MULTI_SCALES[`multi${words[from + 1]}`] : undefined);
  if (multi !== undefined) return { value: multi, used: w === 'multi' ? 2 : 1, magnitude: true };
  const m = MAGNITUDES[w];
  if (m === undefined) return null;
  if (words[from + 1] === 'of') {
    // (the scale in the singular too, as news copy by non-native writers has it: `tens of million`)
    const S = PLURAL_SCALES[words[from + 2]] ?? (m <= 100 && words[from + 2] !== 'hundred' ? EN_SCALES.get(words[from + 2]) : undefined);
    if (S !== undefined && m <= 100) return { value: m * S, used: 3, magnitude: true };
  }
  if (w === 'tens') return null;
  return { value: m, used: 1, magnitude: true };
}

/** Words before `scores` that make it the results of a test or a match, not a multitude. */
const SCORE_NOUN_BEFORE = new Set(['the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'test', 'exam', 'credit', 'high', 'low', 'average', 'final', 'top', 'match', 'team']);
/** Words after `scores of` that make it the results of something named, not a multitude. */
const SCORE_OWNER_AFTER = new Set(['course', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'each', 'all', 'both']);

/** `scores of` + a plain noun at `from`: a multitude in the tens (`scores of people`), as `dozens`; else null. */
function scoresOfAt(words: readonly string[], from: number): WordNumber | null {
  const next = words[from + 2];
  if (words[from + 1] !== 'of' || next === undefined || SCORE_OWNER_AFTER.has(next) || /\d/.test(next)) return null;
  if (from > 0 && SCORE_NOUN_BEFORE.has(words[from - 1])) return null;
  return { value: 10, used: 1, magnitude: true };
}

/**
 * Reads English ordinal words: `first` … `twentieth`, `twenty-first`, `hundredth`.
 */
export function parseEnglishOrdinal(words: readonly string[], from: number): WordNumber | null {
  const w = words[from];
  if (w === undefined) return null;
  const tens = TENS[w];
  if (tens !== undefined) {
    const o = ORDINALS[words[from + 1]];
    if (o !== undefined && o < 10) return { value: tens + o, used: 2 };
    return null;
  }
  const o = ORDINALS[w];
  if (o !== undefined) return { value: o, used: 1 };
  return null;
}

const STARTS = new Set<string>([
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...Object.keys(ORDINALS),
  ...Object.keys(MAGNITUDES),
  'scores',
  'multi',
  ...Object.keys(MULTI_SCALES),
  'zero',
  'a',
  'an',
  'half',
  'several',
]);

const CONTINUES = new Set<string>([...STARTS, 'hundred', 'and', 'point', 'oh', 'dozen', ...EN_SCALES.keys(), ...Object.keys(DENOMINATORS), 'of']);

const QUALIFIERS: [string, Qualifier][] = [
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['greater than', 'more-than'],
  ['exceeding', 'more-than'],
  // a verb of going past a level: `exceeds the level of 9,200`, `surpassed 5 percent`
  ['exceeds', 'more-than'],
  ['exceeded', 'more-than'],
  ['surpassing', 'more-than'],
  ['surpasses', 'more-than'],
  ['surpassed', 'more-than'],
  // `to top 70,000 units`, `topped $1 billion` (not `the top 10`: only the verb's forms and `to top`, `will top`)
  ['to top', 'more-than'],
  ['will top', 'more-than'],
  ['could top', 'more-than'],
  ['may top', 'more-than'],
  ['topped', 'more-than'],
  ['tops', 'more-than'],
  ['topping', 'more-than'],
  ['well over', 'more-than'],
  ['just over', 'more-than'],
  ['well above', 'more-than'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['more or less', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  // a hedge on a verb of reaching hedges the level reached: `almost reached 23 percent`, `nearly hit Rp9,200`
  ...hedgedReach(['almost', 'nearly'], ['reach', 'reaches', 'reached', 'reaching', 'hit', 'hits', 'hitting', 'touch', 'touches', 'touched', 'touching']),
  ['near', 'about'],
  ['near to', 'about'],
  ['close to', 'about'],
  ['closer to', 'about'],
  // `weakened nearly to the level of Rp9,300`: the hedge on the verb's "to" hedges the level reached
  ['nearly to', 'about'],
  ['almost to', 'about'],
  // `cut nearly in half`, `fell almost by half`: the hedge on the preposition hedges the share
  ['nearly in', 'about'],
  ['almost in', 'about'],
  ['nearly by', 'about'],
  ['almost by', 'about'],
  ['nearer to', 'about'],
  ['circa', 'about'],
  // approach (the level of) 9,100: as Indonesian `mendekati`
  ['approach', 'about'],
  ['approaches', 'about'],
  ['approached', 'about'],
  ['approaching', 'about'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  // the youngest of those counted: `children as young as 12` (not `as high as`, `as low as`: often a
  // comparison, `not as high as 2 percent` = *tidak sebesar 2 persen*)
  ['as young as', 'at-least'],
  ['at most', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['a maximum of', 'at-most'],
  // `are only allowed to own 49 percent`: a ceiling, as *hanya boleh memiliki* (`may only buy one` is as often "just one")
  ...['only allowed to', 'only permitted to'].flatMap((w): [string, Qualifier][] =>
    ['own', 'hold', 'control', 'take', 'buy', 'have'].map((v): [string, Qualifier] => [`${w} ${v}`, 'at-most']),
  ),
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['just under', 'less-than'],
  ['well under', 'less-than'],
];

const MONTHS: [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
];
const MONTH_ABBREVS: [string, number][] = [
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

/** The English lexicon. */
export const ENGLISH: Lexicon = {
  lang: 'en',
  cardinal: parseEnglishCardinal,
  magnitude: parseEnglishMagnitude,
  ordinal: parseEnglishOrdinal,
  startsNumber: (w) => STARTS.has(w),
  numberWord: (w) => CONTINUES.has(w),
  scales: EN_SCALES,
  qualifiers: new Map(QUALIFIERS),
  // (with the misspellings news copy prints: `17.03 perent`, `5 precent`)
  percentWords: new Set(['percent', 'percents', 'pct', 'perent', 'percet', 'percen', 'pecent', 'precent', 'percnet', 'perecent', 'percant', 'pecrent', 'persent']),
  durations: new Map([
    ['second', 'second'],
    ['seconds', 'second'],
    ['minute', 'minute'],
    ['minutes', 'minute'],
    ['hour', 'hour'],
    ['hours', 'hour'],
    // (the abbreviations of timetables and race reports: `1 hr 30 min`, `45 mins`, `10 secs`)
    ['hr', 'hour'],
    ['hrs', 'hour'],
    ['min', 'minute'],
    ['mins', 'minute'],
    ['sec', 'second'],
    ['secs', 'second'],
    ['day', 'day'],
    ['days', 'day'],
    ['week', 'week'],
    ['weeks', 'week'],
    ['month', 'month'],
    ['months', 'month'],
    ['year', 'year'],
    ['years', 'year'],
    ['decade', 'decade'],
    ['decades', 'decade'],
    ['century', 'century'],
    ['centuries', 'century'],
  ]),
  months: new Map(MONTHS),
  monthAbbrevs: new Map(MONTH_ABBREVS),
  monthsNeedCapital: true,
  monthBefore: new Set([
    'in',
    'for',
    'since',
    'until',
    'till',
    'by',
    'during',
    'last',
    'next',
    'early',
    'late',
    'mid',
    'this',
    'from',
    'through',
    'before',
    'after',
    'of',
    'throughout',
  ]),
  // a monthly statistic named by its month (`the March inflation rate`), as Indonesian says *inflasi Maret*
  // and `the August rate`, `the March figures`, `the June data`: a month used as the modifier of its statistic
  monthAfter: new Set(['inflation', 'deflation', 'rate', 'rates', 'figure', 'figures', 'data', 'reading', 'readings', 'level', 'index', 'numbers', 'result', 'results']),
  relativeYearAfter: new Set(['this year', 'last year', 'next year', 'a year', 'that year', 'previous year']),
  relativeYearBefore: new Set(['last', 'next', 'this', 'coming', 'past']),
  yearBefore: new Set([
    'in',
    'since',
    'by',
    'until',
    'till',
    'before',
    'after',
    'during',
    'early',
    'late',
    'mid',
    'from',
    'through',
    'the',
    'of',
    'year',
    'circa',
    'spring',
    'summer',
    'autumn',
    'fall',
    'winter',
    'pre',
    'post',
  ]),
  weekdays: new Set(WEEKDAY_NUMBERS.en.keys()),
  rangeAnd: new Map([['between', 'and']]),
  rangeFrom: new Set(['from']),
  rangeTo: new Set(['to']),
  partOf: new Set(['of']),
  multiplierWords: new Map([
    ['twice', 2],
    ['double', 2],
    ['doubled', 2],
    ['doubling', 2],
    ['triple', 3],
    ['tripled', 3],
    ['tripling', 3],
    ['treble', 3],
    ['trebled', 3],
    ['quadruple', 4],
    ['quadrupled', 4],
    ['twofold', 2],
    ['threefold', 3],
    ['fourfold', 4],
    ['fivefold', 5],
    ['tenfold', 10],
    ['halve', 0.5],
    ['halved', 0.5],
    ['halving', 0.5],
  ]),
  timesWords: new Set(['times']),
  currencyWords: new Map([
    ['dollar', 'USD'],
    ['dollars', 'USD'],
    ['euro', 'EUR'],
    ['euros', 'EUR'],
    ['pound', 'GBP'],
    ['pounds', 'GBP'],
    ['sterling', 'GBP'],
    ['yen', 'JPY'],
    ['yuan', 'CNY'],
    ['renminbi', 'CNY'],
    ['won', 'KRW'],
    ['rouble', 'RUB'],
    ['roubles', 'RUB'],
    ['ruble', 'RUB'],
    ['rubles', 'RUB'],
    ['rupiah', 'IDR'],
    ['rupiahs', 'IDR'],
    ['ringgit', 'MYR'],
    ['baht', 'THB'],
    ['peso', 'PHP'],
    ['pesos', 'PHP'],
    ['rupee', 'INR'],
    ['rupees', 'INR'],
    ['riyal', 'SAR'],
    ['riyals', 'SAR'],
    ['dirham', 'AED'],
    ['dirhams', 'AED'],
    ['franc', 'CHF'],
    ['francs', 'CHF'],
    ['lira', 'TRY'],
    ['hryvnia', 'UAH'],
    ['hryvnias', 'UAH'],
    ['zloty', 'PLN'],
    ['zlotys', 'PLN'],
    ['zlotych', 'PLN'],
    ['dong', 'VND'],
    ['reais', 'BRL'],
    ['rand', 'ZAR'],
    ['shekel', 'ILS'],
    ['shekels', 'ILS'],
    ['naira', 'NGN'],
  ]),
  // (`at 10 in the morning`: an hour after a word of the hour and before a part of the day is a clock time)
  hourBefore: new Set(['at', 'by', 'until', 'till', 'from', 'around', 'before', 'after']),
  clockPhrases: { minutesAfter: [], minutesBefore: [], partsAfter: [['in the morning', 'am'], ['in the afternoon', 'pm'], ['in the evening', 'pm'], ['at night', 'night']] },
  dayParts: new Map([
    ['am', 'am'],
    ['pm', 'pm'],
  ]),
  clockBefore: new Set([]),
  collectiveBefore: new Set(['the', 'these', 'those', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your']),
  collectiveAfter: new Set(),
  collectiveWords: new Map(),
  minusWords: new Set(['minus', 'negative']),
  yearParts: new Map([
    ['half', 'half'],
    ['quarter', 'quarter'],
    ['semester', 'half'],
  ]),
  monthJoiners: new Set(['to', 'until', 'till', 'through', 'and', 'or']),
  listJoiners: new Set(['and', 'or']),
  durationJoiners: new Set(['and']),
  // `up to a total value of US$500 million`: words naming the amount between the bound and the number;
  // `at least another two`, `up to a further 300`, `up to an additional 5 percent`: the bound of the ones added
  qualifierFillers: new Set(['level', 'levels', 'of', 'the', 'a', 'an', 'total', 'value', 'amount', 'sum', 'another', 'further', 'additional']),
  // `must at least have two options`, `at most are 40 seats`: the verb the bound stands before
  boundVerbs: new Set(['have', 'has', 'had', 'be', 'is', 'are', 'was', 'were', 'need', 'needs', 'needed', 'take', 'takes', 'took', 'hold', 'holds', 'contain', 'contains']),
  neutralBefore: new Set([]),
  // English puts the bound word before the noun (`the minimum wage of`), where no qualifier reads it
  // `has taken over a 100 percent stake`, `handed over 20 rifles`, `a carry over of 300,000 tons`, `rolled over
  // $5 billion of debt`: the particle of a verb (or the noun made of it), no bound
  boundCompounds: new Set(
    ['take', 'takes', 'took', 'taken', 'taking', 'hand', 'hands', 'handed', 'handing', 'sign', 'signs', 'signed', 'signing', 'carry', 'carries', 'carried', 'carrying', 'roll', 'rolls', 'rolled', 'rolling'].map((verb) => `${verb} over`),
  ),
  spanWords: new Set([]),
  leadingMonths: new Set(['first']),
};
