/**
 * Figures left without a counterpart, or paired with a mismatch, that the other version still
 * accounts for in another form. Each rule names a class of correct rendering that the one-to-one
 * pairing of figures cannot see (annotation guideline, sections 4 and 4b):
 *
 * - `repeated`: the same figure said twice on one side needs only one counterpart (`Oktober 2007 …
 *   Oktober 2007` ↔ one `October 2007`).
 * - `relative-period`: a year, a month of a year or a part of a year that the other version says
 *   relatively (`September 2007` ↔ `a month earlier`, `tahun
 *   ini` ↔ `2007`, `periode yang sama tahun lalu` ↔ `the first half of 2006`, `this year` ↔ `2024`),
 *   and a date paired with the sentence's own period a year later, the other side saying the year
 *   before relatively (`Oktober 2006` ↔ `October 2007 … the same period last year`).
 * - `period-months`: a quarter, a half or the first months of a year said as a span of months
 *   (`triwulan III` ↔ `July-September`, `kuartal pertama` ↔ `the three months to March`,
 *   `the last three months of 2006` ↔ `triwulan IV`, `sembilan bulan` ↔ `January-September`); and a
 *   number of years said as a span of years (*lima tahun kedua* ↔ `2010-2014`).
 * - `derived`: a figure the other version gives the means to recover: a difference of two of its
 *   figures (`naik Rp2 miliar` ↔ `to Rp12 billion from Rp10 billion`; `turun 10 poin` ↔ both quotes), a total of two or three of its
 *   amounts (`Rp288,4 triliun` ↔ `Rp173.3 trillion … Rp115.1 trillion`), the rest of a share (`30 persen` ↔ `the
 *   rest` beside `70 percent`), a number of days the span of two of its dates (*selama tiga hari* ↔ `June 4-6`),
 *   a multiplier the ratio of two of its amounts (`almost doubled` ↔
 *   `dari Rp63 miliar menjadi Rp111 miliar`), or a bound its new level shows passed (`di atas level
 *   Rp9.400` ↔ `to Rp9,405`; guideline section 11), or a count of shares restated in trading lots
 *   (`437,000 shares or 874 lots`; section 15).
 * - `enumerated`: a small count the other version gives by naming the items (`two series` ↔ `Seri A …
 *   Seri B`) or by a word for a pair (*dua serangan* ↔ `a double bombing`), or a count of a list of amounts
 *   that both versions give item by item (*dua pinjaman … US$21 juta dan US$16 juta* ↔ `$21 million and $16 million`).
 * - `designator`: an ordinal the other version writes as the number of a name (*lantai 17* ↔ `the 17th
 *   floor`), which the reader does not take for a figure.
 * - `kept-digits`: a bare number of three or more digits that the other version keeps digit for digit
 *   where the reader reads no figure (`Resolusi 1701` ↔ `resolution 1701`, a year run onto the next word
 *   `end-2006Tier`).
 * - `rate-base`: the one unit of a currency an exchange rate is quoted against (`one US dollar is at 114 yen` ↔
 *   *114 yen*), which the other version leaves implied.
 * - `one-unit`: a length of time the other version says as one unit with an article, which the reader
 *   rightly takes for no figure (`7 hari` ↔ `a week`, *sepekan* ↔ `seven days`, `10 tahun terakhir` ↔
 *   `the past decade`, *dua minggu* ↔ `a fortnight`, *setahun* ↔ `12 months`).
 * - `split-date`: a month, or a day, and its year written apart on one side and together on the other
 *   (*(Januari-Mei) 2008* ↔ `(January-May 2008)`, *31 Oktober 2007* ↔ `2007 … ended Oct. 31`).
 * - `none-said`: a count of zero in words that the other version says by a word of "none" (`zero impunity` ↔
 *   *tak ada pembebasan dari hukuman*, *nol kematian* ↔ `no deaths`); and a multiplier it says by a word of "many
 *   times over" with no number (`roughly doubled` ↔ *melipatgandakan*).
 * - `conversion-kept`: a figure the other version renders only through the conversion written beside it (`2:30 p.m.
 *   Sydney time (0430 GMT)` ↔ *pukul 11.30 WIB*).
 * - `same-digits`: an ambiguous pair written with the very same digits on both sides (`7,000` ↔
 *   `7,000`): a translator who copies the digits keeps the figure; or one whose only doubt is three zero
 *   decimals (`250,000` in Indonesian ↔ `2.5 lakh`); or thousands written with the other separator instead of
 *   the scale word (*38,926 ribu* ↔ `38.926`); or a decimal comma copied as one more thousands comma
 *   (*2.102,928* ↔ `2,102,928`).
 *
 * The drift engine keeps such a mismatch (every figure stays accounted for) but reports it for
 * review only. Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import type { MismatchKind } from './types';
import { qualifierClass, sameNumber } from './values';
import { parseIsoDate, parseTime, relateDates } from './dates';
import { SECONDS, sameMoment, zoneOffset } from './classify';
import { convertsRightAfter } from './converted-pairs';
import { INDONESIAN } from '../figures/indonesian';
import { ENGLISH } from '../figures/english';
import { unitConcept } from '../figures/units';
import { yearPartMonths } from '../figures/year-parts';
import { romanNumber } from '../figures/labelled-numbers';
import { scoresIn } from '../figures/scores';

export { yearPartMonths };

/** Why a mismatch's figure is accounted for by the other version. */
export type AccountedReason =
  | 'repeated'
  | 'relative-period'
  | 'period-months'
  | 'derived'
  | 'same-digits'
  | 'enumerated'
  | 'designator'
  | 'kept-digits'
  | 'rate-base'
  | 'one-unit'
  | 'split-date'
  | 'conversion-kept'
  | 'none-said';

/** The confidence at most of a mismatch whose figure the other version accounts for (below the drift threshold). */
export const ACCOUNTED_CONFIDENCE = 0.2;

/** One bead as the rules see it. */
export interface BeadView {
  /** Every figure of each side of the bead, in text order. */
  figuresA: readonly Figure[];
  figuresB: readonly Figure[];
  /** The bead's sentences of each side, joined (empty when unknown). */
  textA: string;
  textB: string;
}

/** Why the figure of this mismatch is accounted for by the other version, or undefined. */
export function accountedFor(kind: MismatchKind, a: Figure | null, b: Figure | null, view: BeadView): AccountedReason | undefined {
  if (kind === 'ambiguous' && a && b) return sameDigits(a, b) ? 'same-digits' : undefined;
  if (kind === 'value' && a && b && (decimalAsGroup(a, b) || decimalAsGroup(b, a) || groupShort(a, b) || groupShort(b, a))) return 'same-digits';
  if (kind === 'date' && a && b) return previousYearSaidRelatively(a, b, view) ? 'relative-period' : undefined;
  const f = kind === 'missing' ? a : kind === 'added' ? b : null;
  if (!f) return undefined;
  const own = kind === 'missing' ? view.figuresA : view.figuresB;
  const other = kind === 'missing' ? view.figuresB : view.figuresA;
  const otherText = kind === 'missing' ? view.textB : view.textA;
  const ownText = kind === 'missing' ? view.textA : view.textB;
  if (repeated(f, own, other)) return 'repeated';
  if (periodInMonths(f, own, other) || periodInYears(f, other) || calendarYearOpens(f, otherText)) return 'period-months';
  if (relativePeriod(f, own, ownText, other, otherText) || (kind === 'missing' && (periodReferredBack(f, other, otherText) || yearOfPeriodReferredBack(f, own, ownText, other, otherText)))) return 'relative-period';
  if (partSaidRelatively(f, other, otherText) || monthAsEdgeOfYear(f, other, otherText)) return 'relative-period';
  if (derived(f, own, other, otherText, ownText) || ratioAsPercent(f, ownText, other, otherText) || pointSaidInWords(f, otherText)) return 'derived';
  if (enumerated(f, other, otherText) || countOfList(f, own, other) || countOfNamedList(f, ownText, otherText) || countOfScores(f, otherText)) return 'enumerated';
  if (designatorNumber(f, other, otherText)) return 'designator';
  if (keptDigits(f, other, otherText) || lawYear(f, ownText, otherText)) return 'kept-digits';
  if (rateBase(f, own, other, ownText)) return 'rate-base';
  if (oneUnitSaid(f, otherText)) return 'one-unit';
  if (splitDate(f, own, other)) return 'split-date';
  if (conversionKept(f, own, other)) return 'conversion-kept';
  if (noneSaid(f, otherText) || manifoldSaid(f, otherText)) return 'none-said';
  if (daysOfSpan(f, other)) return 'derived';
  return undefined;
}

/**
 * `2:30 p.m. Sydney time (0430 GMT)` ↔ *pukul 11.30 WIB*, `100 km (62 miles)` ↔ `62 mil`: a figure the other version
 * renders through the conversion written beside it (the same moment, the same value), the figure itself left out.
 */
function conversionKept(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  const k = own.indexOf(f);
  const conv = k >= 0 ? own[k + 1] : undefined;
  if (!conv || !convertsRightAfter(f, conv)) return false;
  if (conv.kind === 'time') {
    const t = parseTime(conv.value);
    if (t === undefined) return false;
    return other.some((g) => {
      const u = g.kind === 'time' ? parseTime(g.value) : undefined;
      return u !== undefined && sameMoment(t, zoneOffset(conv.text), u, zoneOffset(g.text));
    });
  }
  return typeof conv.value === 'number' && other.some((g) => g.kind === conv.kind && typeof g.value === 'number' && sameNumber(g.value, conv.value as number));
}

/** One of a measure said with an article: `a kilogram`, `one tonne`, `per litre`, *satu hektare*, *per kg*. */
const ONE_MEASURE = /(?<![\p{L}\p{N}])(?:an?|one|per|satu|setiap|each|every)\s+(\p{L}+)/giu;

/**
 * `f` is one of a measure (`1 kg`, `1 ton`) the other side says with an article and no number
 * (`a kilogram of rice`, `per tonne`), which the reader takes for no figure: the same one unit.
 */
function oneMeasureSaid(f: Figure, otherText: string): boolean {
  if (f.kind !== 'count' || !f.unit || typeof f.value !== 'number' || !sameNumber(f.value, 1)) return false;
  const mine = unitConcept(f.unit, 'id') ?? '';
  const mineEn = unitConcept(f.unit, 'en') ?? '';
  if (!MEASURE_CONCEPTS.has(mine) && !MEASURE_CONCEPTS.has(mineEn)) return false;
  for (const m of otherText.matchAll(ONE_MEASURE)) {
    const c = [unitConcept(m[1], 'en'), unitConcept(m[1], 'id')];
    if (c.includes(mine) || c.includes(mineEn)) return true;
  }
  return false;
}

/** Concepts of measures (mass, length, area, volume) that a translator says as `a kilogram`. */
const MEASURE_CONCEPTS = new Set(['kilograms', 'grams', 'tonnes', 'litres', 'hectares', 'barrels', 'kilometres', 'metres', 'square kilometres', 'ounce', 'pound', 'acres', 'miles']);

// ---------------------------------------------------------------------------------------------
// a month and its year written apart on one side, together on the other

const LONE_MONTH = /^--(\d\d)$/;
const LONE_YEAR = /^(\d{4})$/;
const MONTH_OF_YEAR = /^(\d{4})-(\d\d)$/;
/** A day of a month, no year (`--10-31`): the month and day. */
const LONE_DAY = /^--(\d\d-\d\d)$/;
const FULL_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/**
 * `f` is a lone month, a lone day of a month (or a lone year) whose side states the other part apart, and the other side
 * states both together (*(Januari-Mei) 2008* ↔ `(January-May 2008)`: `Mei` and `2008` ↔ `May 2008`):
 * one date, split on one side only. The pairing can give the joined date to one part only.
 */
function splitDate(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  if (f.kind !== 'date' || typeof f.value !== 'string') return false;
  const month = LONE_MONTH.exec(f.value)?.[1];
  const year = LONE_YEAR.exec(f.value)?.[1];
  const day = LONE_DAY.exec(f.value)?.[1];
  if (!month && !year && !day) return false;
  const stated = (g: Figure, re: RegExp, part: string) => g !== f && g.kind === 'date' && typeof g.value === 'string' && re.exec(g.value)?.[1] === part;
  return other.some((g) => {
    if (g.kind !== 'date' || typeof g.value !== 'string') return false;
    // `2007 … ended Oct. 31` ↔ *31 Oktober 2007*: a day and its year written apart
    const d = FULL_DATE.exec(g.value);
    if (d) {
      if (day) return day === `${d[2]}-${d[3]}` && own.some((h) => stated(h, LONE_YEAR, d[1]));
      return year === d[1] && own.some((h) => stated(h, LONE_DAY, `${d[2]}-${d[3]}`));
    }
    const m = MONTH_OF_YEAR.exec(g.value);
    if (!m || day) return false;
    if (month) return m[2] === month && own.some((h) => stated(h, LONE_YEAR, m[1]));
    return m[1] === year && own.some((h) => stated(h, LONE_MONTH, m[2]));
  });
}

// ---------------------------------------------------------------------------------------------
// one unit of time said with an article

/** Units of time that are no unit of the readers' lexicons, in days. */
const UNIT_DAYS_EXTRA: Readonly<Record<string, number>> = { fortnight: 14, windu: 8 * 365.25, quarter: 365.25 / 4, triwulan: 365.25 / 4 };

/** The length in seconds of one unit named by `word` in either language (`week`, *pekan*, `fortnight`), or undefined. */
function unitSeconds(word: string): number | undefined {
  const w = word.toLowerCase();
  const unit = ENGLISH.durations.get(w) ?? INDONESIAN.durations.get(w);
  if (unit) return SECONDS[unit];
  const days = UNIT_DAYS_EXTRA[w];
  return days === undefined ? undefined : days * SECONDS.day;
}

/**
 * One unit of time said with an article or a determiner, no number: `a week`, `one year`, `the past
 * decade`, `a fortnight`, *sepekan*, *setahun*, *satu dasawarsa*, *dasawarsa terakhir*, *sewindu*; and a
 * bare Indonesian *dekade* / *dasawarsa*, which with no article and no number is one decade (*mengakhiri
 * dekade konflik* ↔ `ended ten years of conflict`).
 */
const ONE_UNIT = new RegExp(
  [
    String.raw`\b(?:an?|one|the\s+(?:past|last|next|previous|coming|following))\s+(\p{L}+)`,
    String.raw`\bse(\p{L}{3,})`,
    String.raw`\bsatu\s+(\p{L}+)`,
    String.raw`\b(\p{L}+)\s+(?:terakhir|belakangan|mendatang|ke\s+depan)\b`,
    String.raw`\b(dekade|dasawarsa)\b`,
  ].join('|'),
  'giu',
);

/** Words for every half year or a half year, no number (`semestral`, `semiannual`, `half-yearly`, *setengah tahun*). */
const HALF_YEAR = /(?<!\p{L})(?:semestral|semi-?annual(?:ly)?|half-?yearly|half[- ]a[- ]year|setengah\s+tahun)(?!\p{L})/giu;

/** The lengths in seconds of the single units of time `text` names with an article (see {@link ONE_UNIT}), and of the half years it names. */
function singleUnits(text: string): number[] {
  const out: number[] = [];
  const month = unitSeconds('month');
  // *tiap enam bulan* ↔ `semestral evaluations`: six months said as one word
  if (month !== undefined) for (const _ of text.matchAll(HALF_YEAR)) out.push(6 * month);
  for (const m of text.matchAll(ONE_UNIT)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    // `10 tahun terakhir`, `dua dekade`: a number before the unit makes it a read figure, not one unit
    if ((m[4] !== undefined || m[5] !== undefined) && /\d\s*$|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s*$/i.test(text.slice(0, m.index))) continue;
    const s = unitSeconds(word);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** A bound or hedge right before a unit said with an article (`over an hour`, *lebih dari sebulan*, `nearly a week`). */
const BOUND_BEFORE_UNIT =
  /\b(?:over|more\s+than|less\s+than|under|nearly|almost|about|around|some|at\s+least|at\s+most|up\s+to|lebih\s+dari|kurang\s+dari|hampir|sekitar|kira-kira|setidaknya|sedikitnya|paling\s+(?:tidak|sedikit|lama)|hingga|sampai)\s+(?:an?\s+|one\s+|satu\s+|se)/i;

/**
 * `f` is a length of time the other side says as one unit with an article, which the reader takes for
 * no figure (`7 hari` ↔ `a week`, `seven days` ↔ *sepekan*, `10 tahun` ↔ `the past decade`, *dua
 * minggu* ↔ `a fortnight`, *enam bulan* ↔ `semiannual`): the same length within a tenth, as
 * `durationsAcrossUnits` pairs read ones.
 */
function oneUnitSaid(f: Figure, otherText: string): boolean {
  if (oneMeasureSaid(f, otherText)) return true;
  if (f.kind !== 'duration' || !f.durationUnit || typeof f.value !== 'number') return false;
  // `just over a year` ↔ *setahun*: a bound or hedge on the length is more than the one unit says, unless the
  // other side bounds or hedges its unit too (`over an hour` ↔ *lebih dari satu jam*)
  if (qualifierClass(f.qualifier) !== 'exact' && !BOUND_BEFORE_UNIT.test(otherText)) return false;
  const unit = SECONDS[f.durationUnit];
  if (!unit) return false;
  const x = f.value * unit;
  return singleUnits(otherText).some((y) => Math.abs(x - y) <= 0.1 * Math.max(x, y));
}

/**
 * A number of days that the other version gives as the span of its two dates, both days counted (*selama tiga hari*
 * ↔ `June 4-6`, `the week-long fair` ↔ *10-16 Maret*, *empat hari* ↔ `from May 30 to June 2`).
 */
function daysOfSpan(f: Figure, other: readonly Figure[]): boolean {
  if (f.kind !== 'duration' || (f.durationUnit !== 'day' && f.durationUnit !== 'week') || typeof f.value !== 'number') return false;
  const days = (f.value * SECONDS[f.durationUnit]) / SECONDS.day;
  if (!Number.isInteger(days) || days < 2 || days > 62 || qualifierClass(f.qualifier) !== 'exact') return false;
  const dayOf = (g: Figure): number | undefined => {
    if (g.kind !== 'date' || typeof g.value !== 'string') return undefined;
    const d = parseIsoDate(g.value);
    // (a year that is not known is taken as one of 365 days: a span over the end of February is off by one at most)
    return d?.month && d.day ? Date.UTC(d.year ?? 2001, d.month - 1, d.day) / 86400000 : undefined;
  };
  for (let k = 0; k + 1 < other.length; k++) {
    const x = dayOf(other[k]);
    const y = dayOf(other[k + 1]);
    if (x !== undefined && y !== undefined && y - x + 1 === days) return true;
  }
  return false;
}

/** Words that say "none of it" (*tidak ada*, *tanpa*, *nihil*, `no`, `none`, `without`, `nil`). */
const NONE_WORDS = /(?:^|[^\p{L}])(?:(?:tidak|tak|belum)\s+ada|tiada|tanpa|nihil|no|none|without|nil)(?=$|[^\p{L}])/iu;

/**
 * A count of zero in words (`zero impunity`, *nol kematian*) that the other version says by a word of "none"
 * (*tak ada pembebasan dari hukuman*, `no deaths`), which the reader rightly takes for no figure.
 */
function noneSaid(f: Figure, otherText: string): boolean {
  return f.kind === 'count' && f.value === 0 && f.form === 'words' && NONE_WORDS.test(otherText);
}

/** Words that say "many times over" with no number (*melipatgandakan*, *berlipat ganda*, `multiplied`, `manifold`). */
const MANIFOLD_WORDS = /(?:^|[^\p{L}])(?:(?:me|di|ber)?lipat[\s-]?gand\p{L}*|berlipat-lipat|multipl(?:y|ied|ies|ying)|manifold)(?=$|[^\p{L}])/iu;

/**
 * A multiplier said in words (`roughly doubled`, *naik dua kali lipat*) that the other version says with a word of
 * "many times over" and no number (*melipatgandakan risiko*, `multiplied the risk`): the same rise, the number one
 * version's precision, no multiplier dropped or added (the reader of the other learns it rose manifold).
 */
function manifoldSaid(f: Figure, otherText: string): boolean {
  return f.kind === 'other' && typeof f.value === 'number' && f.value >= 2 && MANIFOLD_WORDS.test(otherText);
}

// ---------------------------------------------------------------------------------------------
// ordinals the other version writes as a designator's number

/**
 * `f` is an ordinal (`17th`, `ninth`, *ketiga*) whose number the other side writes in digits that the
 * reader took for a designator, not a figure (*lantai 17* ↔ `the 17th floor`, `Brigade 3` ↔ `3rd
 * Brigade`, `Pasal 33` ↔ `the 33rd article`): the same number, said as a name.
 */
function designatorNumber(f: Figure, other: readonly Figure[], otherText: string): boolean {
  if (f.kind !== 'ordinal' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 1) return false;
  const n = f.value;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, n))) return false;
  // digits the reader took for a day of a date (*7-11 Juli*) are no designator
  const digits = new RegExp(String.raw`(?<![\d.,])${n}(?![\d]|[.,]\d)`);
  if (other.some((g) => g.kind === 'date' && digits.test(g.text))) return false;
  // *PON XXI* ↔ `the 21st National Sports Week`, *Pakubuwono XIII* ↔ `the 13th Pakubuwono`: a Roman numeral of a name
  for (const m of otherText.matchAll(ROMAN_OF_NAME)) if (romanNumber(m[1]) === n) return true;
  return digits.test(otherText);
}

/** A Roman numeral of two letters or more after a capitalised word (*PON XXI*, `Pope Leo XIV`). */
const ROMAN_OF_NAME = /(?<=\p{Lu}[\p{L}.-]*\s)([IVXLC]{2,9})(?![\p{L}\d])/gu;

/** `7 dari 10`, *tiga dari empat*, `one in five`, `3 out of 4`: a share said as a ratio of two counts. */
const RATIO = /(?<![\p{L}\d.,])(\d{1,3}|\p{L}+)\s+(?:dari|of|in|out\s+of)\s+(\d{1,4}|\p{L}+)(?![\p{L}\d])/giu;

/** The ratios a text says, as [part, whole]. */
function ratiosIn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (a number in words from either language's reader: *tujuh dari sepuluh*, `one in four`)
  const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (INDONESIAN.cardinal([w.toLowerCase()], 0) ?? ENGLISH.cardinal([w.toLowerCase()], 0))?.value);
  for (const m of text.matchAll(RATIO)) {
    const part = num(m[1]);
    const whole = num(m[2]);
    if (part !== undefined && whole !== undefined && whole > 1 && part < whole) out.push([part, whole]);
  }
  return out;
}

/**
 * A share one version gives as a percent and the other as a ratio of two counts (*7 dari 10 kematian* ↔ `70 persen
 * kematian`, `one in four` ↔ *25 persen*): the percent, or either count of the ratio, is accounted for by the other.
 */
function ratioAsPercent(f: Figure, ownText: string, other: readonly Figure[], otherText: string): boolean {
  const close = (p: number, r: [number, number]) => Math.abs((100 * r[0]) / r[1] - p) <= 0.6;
  if (f.kind === 'percent' && typeof f.value === 'number') {
    const p = f.value;
    return ratiosIn(otherText).some((r) => close(p, r));
  }
  if (f.kind !== 'count' || typeof f.value !== 'number') return false;
  const v = f.value;
  const percents = other.filter((g) => g.kind === 'percent' && typeof g.value === 'number').map((g) => g.value as number);
  return ratiosIn(ownText).some((r) => (r[0] === v || r[1] === v) && percents.some((p) => close(p, r)));
}

/** A change of a rate said in words: `a quarter point`, `a quarter-percentage-point`, `half a point`, `a half-point`. */
const POINT_IN_WORDS = /\b(?:(?:a|one)[\s-]+(quarter|half)|(half)\s+a)[\s-]+(?:percentage[\s-]+)?points?\b/i;

/**
 * `lowered its rate by a quarter point` ↔ *sebesar 25 basis poin* (or *0,25 poin persentase*): a change of a rate the
 * other version says in words, a quarter or half of a percentage point, as basis points or as a percent.
 */
function pointSaidInWords(f: Figure, otherText: string): boolean {
  const m = POINT_IN_WORDS.exec(otherText);
  if (!m || typeof f.value !== 'number') return false;
  const points = (m[1] ?? m[2]).toLowerCase() === 'quarter' ? 0.25 : 0.5;
  if (f.kind === 'count' && /\bbasis\b/i.test(f.unit ?? '')) return sameNumber(f.value, points * 100);
  return f.kind === 'percent' && sameNumber(f.value, points);
}

/** A bare number as written: digits only, no separator, no unit (`1701`, `2006`). */
const BARE_DIGITS = /^\d{3,}$/;

/**
 * `f` is a bare number of three or more digits (a count with no unit, or a lone year) that the other
 * side writes digit for digit where its reader took it for no figure: a designator (*Resolusi 1701* ↔
 * `resolution 1701`) or a year run onto the next word (`end-2006Tier`). The same number, kept.
 */
function keptDigits(f: Figure, other: readonly Figure[], otherText: string): boolean {
  // (a year said in part, *pertengahan 2011*, is its digits here)
  const n = (f.periodPart ? f.text.slice(Math.max(0, f.text.search(/\d/))) : f.text).trim();
  if (!BARE_DIGITS.test(n)) return false;
  if (f.kind === 'count' ? f.unit !== undefined : f.kind !== 'date') return false;
  if (other.some((g) => g.text.includes(n) || String(g.value).includes(n))) return false;
  // not part of a reference number (`No.34/PMK.011/2007`), whose year is no figure of the sentence
  return new RegExp(String.raw`(?<![\d.,/])${n}(?![\d/]|[.,]\d)`).test(otherText);
}

/** After a year on its own side: the law, act or regulation the year names (`the 1983 law`, `the 2003 Manpower Act`). */
const LAW_AFTER = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:laws?|acts?|regulations?|decrees?|statutes?|bills?)\b/iu;

/** Before a year on its own side, in Indonesian: the law it names (*undang-undang 2003*, *UU tahun 1983*). */
const LAW_BEFORE = /(?:^|[^\p{L}])(?:uu|undang-undang|peraturan|perpu|perppu|perpres|keppres)\s+(?:tahun\s+)?$/iu;

/**
 * `f`, a bare year, names a law by its year (`the 1983 law on taxation`, *undang-undang 2003*), and the other version
 * cites that law by its number (*UU No.6/1983*, `Law No. 13/2003`): the year is the one in the number, which the
 * reader reads as no figure.
 */
function lawYear(f: Figure, ownText: string, otherText: string): boolean {
  if (f.kind !== 'date' || !/^\d{4}$/.test(String(f.value))) return false;
  const at = ownText.indexOf(f.text);
  if (at < 0 || !(LAW_AFTER.test(ownText.slice(at + f.text.length)) || LAW_BEFORE.test(ownText.slice(Math.max(0, at - 30), at)))) return false;
  return new RegExp(String.raw`\d\s?/\s?${f.value}(?!\d)`).test(otherText);
}

/** How far after a currency's one unit its rate follows (`one US dollar is now quoted at 114 yen`). */
const RATE_REACH = 40;

/**
 * `f` is one unit of a currency (`one US dollar`, *satu dolar AS*, `US$1`) followed closely on its side by an
 * amount in another currency or unit that the other side states: the base of an exchange rate (`one US dollar is
 * at 114 yen` ↔ *dolar AS mencapai 114 yen*), which the other version leaves implied; or written as an equation
 * (*1 Dolar AS = Rp9.000*), whose rate, kept or dropped, is the figure to report.
 */
function rateBase(f: Figure, own: readonly Figure[], other: readonly Figure[], ownText: string): boolean {
  if (f.kind !== 'money' || typeof f.value !== 'number' || !sameNumber(f.value, 1) || f.scale !== undefined) return false;
  const at = ownText.indexOf(f.text);
  if (at < 0) return false;
  const after = ownText.slice(at + f.text.length, at + f.text.length + RATE_REACH);
  return own.some((g) => {
    const v = plainNumber(g);
    if (g === f || v === undefined || sameNumber(v, 1) || !after.includes(g.text)) return false;
    if (g.kind === 'money' ? !g.currency || g.currency === f.currency : g.kind !== 'count' || !g.unit) return false;
    // written as an equation (*1 Dolar AS = Rp9.000*): the base is part of the rate, which is reported on its own
    if (/^\s*=\s*$/.test(ownText.slice(at + f.text.length, ownText.indexOf(g.text, at + f.text.length)))) return true;
    return other.some((h) => plainNumber(h) !== undefined && sameNumber(plainNumber(h)!, v));
  });
}

// ---------------------------------------------------------------------------------------------
// counts the other version enumerates

/** A name with its designator (`Seri A`, `Tahap II`) or a designator before its noun (`the B series`). */
const DESIGNATED_AFTER = /\b(\p{Lu}\p{Ll}{2,})\s+([A-Z]|[IVX]{1,4})\b/gu;
const DESIGNATED_BEFORE = /\bthe\s+([A-Z])\s+(\p{Ll}{3,})\b/gu;
/** Words saying "two of them" without a number: `a double bombing`, `twin blasts`, *serangan ganda*, *sepasang*. */
const PAIR_WORDS = /\b(?:double|twin|dual|ganda|kembar|sepasang)\b/i;

/** The largest number of different designators one name takes in `text` (`Seri A … Seri B` → 2). */
function designatedCount(text: string): number {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, d: string) => {
    const key = name.toLowerCase();
    const set = byName.get(key) ?? new Set<string>();
    set.add(d);
    byName.set(key, set);
  };
  for (const m of text.matchAll(DESIGNATED_AFTER)) add(m[1], m[2]);
  for (const m of text.matchAll(DESIGNATED_BEFORE)) add(m[2], m[1]);
  let most = 0;
  for (const set of byName.values()) most = Math.max(most, set.size);
  return most;
}

/**
 * `f` is a small count (2 to 12) the other side states nowhere as a figure but enumerates: it names
 * that many designated items of one name (`Seri A … Seri B` ↔ `two series`), or, for two, says a pair
 * in words (`a double car bombing` ↔ *dua serangan bom mobil*).
 */
function enumerated(f: Figure, other: readonly Figure[], otherText: string): boolean {
  if (f.kind !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 2 || f.value > 12) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, f.value as number))) return false;
  if (f.value === 2 && PAIR_WORDS.test(otherText)) return true;
  return designatedCount(otherText) === f.value;
}

/** Parts of a match counted by their scores, in either language (*dua gim*, `three sets`, *babak*). */
const MATCH_PARTS = /^(?:gim|game|games|set|sets|babak|ronde|round|rounds|leg|legs)$/i;

/**
 * `f` counts the games or sets of a match (*menang dua gim langsung*), and the other side gives as many scores
 * (`won in straight games, 21-15, 21-18`): its reader counts them there.
 */
function countOfScores(f: Figure, otherText: string): boolean {
  if (f.kind !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 2 || f.value > 7 || !MATCH_PARTS.test(f.unit ?? '')) return false;
  return scoresIn(otherText).length === f.value;
}

/** What opens the list a count announces: *yaitu*, *yakni*, `namely`, a colon. */
const LIST_OPENER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:,\s*)?(?:yaitu|yakni|namely|:)\s*/iu;

/**
 * How many items a list holds, counted by its commas and its last `and`/*dan* (`X, Y, and Z`, `X, Y dan Z`: 3);
 * undefined when no `and`/*dan* closes it.
 */
function listLength(text: string): number | undefined {
  const parts = text.split(/,(?![\d])/);
  const last = parts[parts.length - 1].trim();
  if (/^(?:dan|and|serta)\b/i.test(last)) return parts.length;
  return /\s(?:dan|and|serta)\s/i.test(last) ? parts.length + 1 : undefined;
}

/**
 * `f` is a small count (2 to 6) its own sentence lists right after it (*tiga keberatan, yaitu X, Y, dan Z*), and
 * the other side gives a list of as many items (`objections to X, Y and Z`): its reader counts them there.
 */
function countOfNamedList(f: Figure, ownText: string, otherText: string): boolean {
  if (f.kind !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 2 || f.value > 6) return false;
  const at = ownText.indexOf(f.text);
  if (at < 0) return false;
  const rest = ownText.slice(at + f.text.length).split(/[.;]\s/)[0];
  const opener = LIST_OPENER.exec(rest);
  if (!opener) return false;
  return listLength(rest.slice(opener[0].length)) === f.value && listLength(otherText.split(/[.;]\s/).sort((x, y) => y.length - x.length)[0]) === f.value;
}

/** Kinds of figure whose list a count may number (`two loans of $21 million and $16 million`, *tiga kali, yaitu pada 20 Maret, 19 Juni dan 20 November*). */
const LISTED_KINDS = new Set(['money', 'percent', 'date']);

/** The same item of a list: the same statement, or for dates the same day of the same month (a year given once for the list). */
function sameItem(x: Figure, y: Figure): boolean {
  if (x.kind !== 'date' || y.kind !== 'date') return sameStatement(x, y);
  const dx = parseIsoDate(x.value);
  const dy = parseIsoDate(y.value);
  if (!dx || !dy || dx.day === undefined || dy.day === undefined) return false;
  const rel = relateDates(dx, dy);
  return rel.conflicts.length === 0 && rel.shared.includes('month') && rel.shared.includes('day');
}

/**
 * `f` is a small count (2 to 6) of a list its own sentence gives item by item, as that many amounts,
 * percentages or dates of one kind, each of which the other side states (*dua naskah … 21 juta dolar AS dan 16
 * juta dolar AS* ↔ `$21 million for … and $16 million for …`): the other side lists the same items, so
 * their number is there to count. A list of four or more may lose one item on the other side: that item is
 * the drift, and the count of the list is still there to count.
 */
function countOfList(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  if (f.kind !== 'count' || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.value < 2 || f.value > 6) return false;
  if (other.some((g) => typeof g.value === 'number' && sameNumber(g.value, f.value as number))) return false;
  for (const kind of LISTED_KINDS) {
    // (a bare year beside dates is the list's year or a name's, no item: *ORI 2007 … 20 Maret, 19 Juni*)
    const items = own.filter((g) => g !== f && g.kind === kind && g.sentence === f.sentence && !(kind === 'date' && parseIsoDate(g.value)?.month === undefined));
    // (a list of four or more keeps its count when the other side drops one item, which is reported on its own:
    // *Lima wilayah … Indonesia 25 persen, Filipina 18 persen, …* ↔ the other four rates)
    const dropped = items.filter((g) => !other.some((h) => sameItem(g, h))).length;
    if (items.length === f.value && (dropped === 0 || (dropped === 1 && f.value >= 4))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// repeated

/** Two figures that state the same thing: one kind, one value (numbers within rounding noise, dates and ranges as written). */
export function sameStatement(x: Figure, y: Figure): boolean {
  if (x.kind !== y.kind) return false;
  if (typeof x.value === 'number' && typeof y.value === 'number') {
    if (!sameNumber(x.value, y.value)) return false;
    return x.kind !== 'money' || !x.currency || !y.currency || x.currency === y.currency;
  }
  return String(x.value) === String(y.value);
}

/**
 * `f` repeats another figure of its own side, and the other side states that figure: the same
 * statement, or the same number written bare (*Rp9.100* twice ↔ one `9,100`); or `f` is a lone year
 * its own side repeats in a full date that the other side gives (*pada 2007 … 25 September 2007* ↔
 * `Sept 25, 2007`); or a date its own side said earlier with its year (see {@link dateSaidAgain}); or a figure
 * its own side wrote word for word before (see {@link saidBefore}).
 */
function repeated(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  if (own.some((g) => g !== f && sameStatement(f, g)) && other.some((h) => sameStatement(f, h) || sameBareNumber(f, h))) return true;
  if (saidBefore(f, own) && !other.some((h) => sameStatement(f, h) || sameBareNumber(f, h))) return true;
  if (dateSaidAgain(f, own)) return true;
  const year = loneYear(f);
  return year !== undefined && own.some((g) => g !== f && yearOfDate(g) === year) && other.some((h) => yearOfDate(h) === year);
}

/**
 * `f`, a date, is written word for word as an earlier date of its own side (*April 2007 … April 2007*). When the other side states the figure nowhere (the caller's condition), the earlier one is the
 * finding, and this one the same loss again (guideline section 4: one discrepancy per figure).
 */
function saidBefore(f: Figure, own: readonly Figure[]): boolean {
  // (a date said again is the same date; an amount said again may be another item of a list: two subsidies of Rp500 miliar)
  if (f.kind !== 'date') return false;
  const text = f.text.toLowerCase();
  return own.some((g) => g !== f && (g.sentence < f.sentence || (g.sentence === f.sentence && g.start < f.start)) && g.text.toLowerCase() === text && sameStatement(f, g));
}

/**
 * `f` is a month, or a day of a month, without a year that an earlier date of its own side states with its
 * year (*hingga Agustus 2008 … hingga agustus*, *jatuh tempo 15 Juli 2022 … pada 15 Januari dan 15 Juli*):
 * the same date said again, whose counterpart (or whose loss) the earlier date carries.
 */
function dateSaidAgain(f: Figure, own: readonly Figure[]): boolean {
  const part = f.kind === 'date' && typeof f.value === 'string' ? /^--(\d\d(?:-\d\d)?)$/.exec(f.value)?.[1] : undefined;
  if (!part) return false;
  return own.some((g) => g !== f && g.kind === 'date' && typeof g.value === 'string' && (g.sentence < f.sentence || (g.sentence === f.sentence && g.start < f.start)) && new RegExp(`^\\d{4}-${part}$`).test(g.value));
}

/** `h` is a bare number (a count with no unit) of `f`'s value, `f` an amount of money or a count. */
function sameBareNumber(f: Figure, h: Figure): boolean {
  if ((f.kind !== 'money' && f.kind !== 'count') || h.kind !== 'count' || h.unit !== undefined) return false;
  return typeof f.value === 'number' && typeof h.value === 'number' && sameNumber(f.value, h.value);
}

/** The year of a lone year (`2007`), or undefined. */
function loneYear(f: Figure): string | undefined {
  return f.kind === 'date' && typeof f.value === 'string' ? LONE_YEAR.exec(f.value)?.[1] : undefined;
}

/** The year of a date with a month or a day in it (`2007-09-25`, `2007-09`), or undefined. */
function yearOfDate(f: Figure): string | undefined {
  return f.kind === 'date' && typeof f.value === 'string' ? /^(\d{4})-\d\d/.exec(f.value)?.[1] : undefined;
}

// ---------------------------------------------------------------------------------------------
// parts of a year and spans of months

/** The month (1–12) a date names (`2007-09`, `--07`, `--09-30`), or undefined. */
function monthOf(f: Figure): number | undefined {
  if (f.kind !== 'date' || typeof f.value !== 'string') return undefined;
  const m = /^(?:\d{4}|-)-(\d\d)(?:-\d\d)?$/.exec(f.value);
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** The year a date states (`2007` of `2007-06-30`), or `''` for a date without one (`--06-30`). */
function yearPart(f: Figure): string {
  return /^(\d{4})-/.exec(String(f.value))?.[1] ?? '';
}

/** The length in months of a duration counted in months (`sembilan bulan`, `three months`), or undefined. */
function monthsLong(f: Figure): number | undefined {
  if (f.kind !== 'duration' || f.durationUnit !== 'month' || typeof f.value !== 'number') return undefined;
  return Number.isInteger(f.value) && f.value >= 1 && f.value <= 12 ? f.value : undefined;
}

/**
 * `f` is a part of a year, a span's month or a length in months, and the other side says the same
 * period with the other means: a span's first or last month, or its length.
 */
function periodInMonths(f: Figure, own: readonly Figure[], other: readonly Figure[]): boolean {
  const spans = other.map(yearPartMonths).filter((s): s is [number, number] => !!s);
  const months = other.map(monthOf).filter((m): m is number => m !== undefined);
  const lengths = other.map(monthsLong).filter((n): n is number => n !== undefined);
  const span = yearPartMonths(f);
  if (span) {
    const [s, e] = span;
    if (months.includes(s) || months.includes(e)) return true;
    // by its length alone only when the other side says as many periods of that length as this side has parts
    const long = e - s + 1;
    const ownParts = own.map(yearPartMonths).filter((p) => p && p[1] - p[0] + 1 === long).length;
    return ownParts <= lengths.filter((n) => n === long).length;
  }
  const month = monthOf(f);
  if (month !== undefined) {
    if (spans.some(([s, e]) => s === month || e === month)) return true;
    // `January-September` ↔ `sembilan bulan`: the span this month opens or closes with another month of its side
    const ownMonths = own.filter((g) => g !== f).map(monthOf).filter((m): m is number => m !== undefined);
    // `the nine months ending September 30` ↔ `sembilan bulan pertama`: the first N months end in month N
    return lengths.includes(month) || ownMonths.some((m) => lengths.includes(Math.abs(m - month) + 1));
  }
  const long = monthsLong(f);
  if (long !== undefined) {
    if (spans.some(([s, e]) => e - s + 1 === long)) return true;
    // `the first ten months` ↔ *sampai dengan Oktober*: the first N months end in month N (the mirror of the month above)
    if (long >= 2 && months.includes(long)) return true;
    // `enam bulan` ↔ `January to June 2007`: two months of one year (or two without one) that open and close the span
    const dated = other.filter((g) => monthOf(g) !== undefined);
    return dated.some((p) => dated.some((q) => monthOf(q)! > monthOf(p)! && monthOf(q)! - monthOf(p)! + 1 === long && yearPart(p) === yearPart(q)));
  }
  return false;
}

/** A span counted from the start of the year: `calendar year`, `year-to-date`, *tahun kalender*. */
const CALENDAR_YEAR = /\b(?:calendar[- ]years?|year[- ]to[- ]date|tahun\s+kalender)\b/i;

/**
 * `f` is January, the month that opens a span the other side calls the calendar year (*inflasi tahun kalender
 * Januari-Mei* ↔ `the calendar-year inflation`, `January-May inflation` ↔ *inflasi tahun kalender*): the
 * calendar year to date starts in January, so the other side says it (guideline section 16).
 */
function calendarYearOpens(f: Figure, otherText: string): boolean {
  return monthOf(f) === 1 && CALENDAR_YEAR.test(otherText);
}

/** The length in years of a duration counted in years (`lima tahun`, `five years`), or undefined. */
function yearsLong(f: Figure): number | undefined {
  if (f.kind !== 'duration' || f.durationUnit !== 'year' || typeof f.value !== 'number') return undefined;
  return Number.isInteger(f.value) && f.value >= 2 && f.value <= 30 ? f.value : undefined;
}

/** The first and last year of a span of years (`2010-2014`, `1975-90`), or undefined. */
function yearSpan(f: Figure): [number, number] | undefined {
  if (f.kind !== 'range' || typeof f.low !== 'number' || typeof f.high !== 'number') return undefined;
  const ok = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2100;
  return ok(f.low) && ok(f.high) && f.high > f.low ? [f.low, f.high] : undefined;
}

/**
 * `f` is a number of years the other side says as a span of years, or the reverse (*lima tahun kedua*
 * ↔ `2010-2014`, `the five years to 2009` ↔ *2005-2009*): the span holds as many years, counted with
 * or without its first; or `f` is a year the other side states as an end of such a span.
 */
function periodInYears(f: Figure, other: readonly Figure[]): boolean {
  // `to 2009` ↔ `2005-2009`: a year the other side states as an end of its span
  if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value)) {
    const y = Number(f.value);
    return other.some((g) => {
      const span = yearSpan(g);
      return !!span && (span[0] === y || span[1] === y);
    });
  }
  const long = yearsLong(f);
  if (long !== undefined) return other.some((g) => {
    const span = yearSpan(g);
    return !!span && (span[1] - span[0] === long || span[1] - span[0] + 1 === long);
  });
  const span = yearSpan(f);
  if (!span) return false;
  return other.some((g) => {
    const n = yearsLong(g);
    return n !== undefined && (span[1] - span[0] === n || span[1] - span[0] + 1 === n);
  });
}

// ---------------------------------------------------------------------------------------------
// years said relatively

/** Words that name a year or a period relatively, in either language. */
const RELATIVE_PERIOD = new RegExp(
  [
    // Indonesian
    String.raw`\b(?:tahun|semester|kuartal|kwartal|triwulan|periode|bulan)\s+(?:ini|lalu|sebelumnya|kemarin|depan|mendatang|berikutnya)\b`,
    String.raw`\bperiode\s+(?:yang\s+)?sama\b`,
    String.raw`\bsetahun\s+(?:sebelumnya|lalu|silam)\b`,
    String.raw`\btahun\s+yang\s+lalu\b`,
    // English
    // (`the same periods in the past two years`: a plural counts as the singular)
    String.raw`\b(?:this|last|next|previous|past|current|the\s+same)\s+(?:year|quarter|semester|half|periods?)\b`,
    String.raw`\b(?:same|corresponding|comparable|year-earlier|year-ago|prior)\s+periods?\b`,
    String.raw`\ba\s+year\s+(?:earlier|ago|before)\b`,
    String.raw`\bthe\s+(?:previous|prior)\s+year\b`,
    String.raw`\byear[- ]on[- ]year\b`,
  ].join('|'),
  'i',
);

/** A year said relatively right after a part of a year: `first half of last year`, `semester I tahun ini`. */
const RELATIVE_YEAR_AFTER = /^\s*(?:of\s+)?(?:the\s+)?(?:(?:this|last|previous|past|current|next)\s+year|tahun\s+(?:ini|lalu|sebelumnya|depan))\b/i;

/**
 * `f` is a year, or a part of a year whose own year is said relatively (`the first half of last
 * year`), the other side states it nowhere, and names a period relatively (`tahun ini`, `periode
 * yang sama`). A part of a year with its year written out (`the fourth quarter of 2006`) is a datum of
 * its own, unless that year is one the other side says relatively (`compared to the first semester of
 * 2006` ↔ *dibandingkan periode yang sama tahun lalu*).
 */
function relativePeriod(f: Figure, own: readonly Figure[], ownText: string, other: readonly Figure[], otherText: string): boolean {
  if (relativeMonth(f, own, other, otherText) || yearOnYearBase(f, own, other, otherText) || relativeYearPart(f, own, other, otherText)) return true;
  const year = f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value);
  // `the first semester of 2006` ↔ *periode yang sama tahun lalu*: the part of a year goes with its year
  const partOfYear = yearPartMonths(f) && (relativeYearAfter(f, ownText) || ofYearSaidRelatively(f, own, ownText, other, otherText));
  if (!year && !partOfYear) return false;
  if (other.some((g) => sameStatement(f, g))) return false;
  // `pada periode itu … periode yang sama tahun lalu` ↔ `in the first half of 2008 … the same period last
  // year`: when this side names as many periods relatively as the other, those phrases are each other's
  // counterparts and the year is one this side adds (real in 2 of 2 dev pairs)
  return relativePhrases(otherText) > relativePhrases(ownText, f.text);
}

/** A half year said relatively (*semester ini*, *paruh tahun lalu*, `this half`), in either language. */
const RELATIVE_HALF = /\b(?:semester|paruh(?:\s+tahun)?)\s+(?:ini|lalu|sebelumnya|depan|mendatang)\b|\b(?:this|last|previous|next|current)\s+(?:half|semester)\b/i;
/** A quarter said relatively (*kuartal ini*, *triwulan lalu*, `last quarter`), in either language. */
const RELATIVE_QUARTER = /\b(?:kuartal|kwartal|triwulan)\s+(?:ini|lalu|sebelumnya|depan|mendatang)\b|\b(?:this|last|previous|next|current)\s+quarter\b/i;

/**
 * `f` is a half or a quarter of a year (`the first half`, *triwulan III*) that the other side, naming no part of
 * a year, says relatively as a part of the same length (*semester ini*, `this quarter`): the same period
 * (guideline section 4b), not a figure added or dropped.
 */
function partSaidRelatively(f: Figure, other: readonly Figure[], otherText: string): boolean {
  const span = yearPartMonths(f);
  if (!span || other.some((g) => yearPartMonths(g) !== undefined)) return false;
  const long = span[1] - span[0] + 1;
  return long === 6 ? RELATIVE_HALF.test(otherText) : long === 3 ? RELATIVE_QUARTER.test(otherText) : false;
}

/** The start of a year said without a month (*awal tahun*, `early in the year`, `the beginning of 2007`), in either language. */
const YEAR_START = /\b(?:(?:di\s+|pada\s+)?awal(?:-awal)?\s+tahun|(?:beginning|start|turn)\s+of\s+(?:the\s+)?(?:year|\d{4})|early\s+(?:in\s+)?(?:the\s+year|\d{4}))\b/i;
/** The end of a year said without a month (*akhir tahun*, `the end of the year`, `year-end`), in either language. */
const YEAR_END = /\b(?:(?:di\s+|pada\s+)?akhir\s+tahun|end\s+of\s+(?:the\s+)?(?:year|\d{4})|year[-\s]end|end-\d{4}|late\s+(?:in\s+)?(?:the\s+year|\d{4}))\b/i;

/**
 * `f` is January or December without a day (`in January`, *Desember 2006*) where the other side, naming no month,
 * says the start or the end of the year (*di awal tahun*, `at the end of the year`): the same time in a month's
 * name, not a date added or dropped.
 */
function monthAsEdgeOfYear(f: Figure, other: readonly Figure[], otherText: string): boolean {
  const month = monthOf(f);
  if (month === undefined || /-\d\d-\d\d$/.test(String(f.value)) || other.some((g) => monthOf(g) !== undefined)) return false;
  return month === 1 ? YEAR_START.test(otherText) : month === 12 ? YEAR_END.test(otherText) : false;
}

/**
 * A period named by reference back (`in the period`, "during the period", *pada periode tersebut*), not by
 * comparison (`the same period`) nor by its bounds (`the period of …`, `the period to June`; `in the period to
 * Rp31 trillion` refers back: the `to` goes with the amount).
 */
const PERIOD_BACK = /\b(?:(?:in|during|for|over|within)\s+the\s+period(?!\s+(?:of|from|ending|ended|between|to\s+(?:the\s+end|end|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))|(?:pada|selama|dalam)\s+periode\s+(?:tersebut|itu|ini))\b/i;

/**
 * `f` is a part of a year (*semester I tahun ini*, *enam bulan pertama*) that the other side, stating
 * no part of a year, refers back to as `the period`: the previous lines name it (guideline sections 12
 * and 24), so the reader of the other side loses nothing. Only for a period dropped: one the translation
 * spells out where the source refers back is new to its sentence (a `context:` addition, section 18).
 */
function periodReferredBack(f: Figure, other: readonly Figure[], otherText: string): boolean {
  return yearPartMonths(f) !== undefined && !other.some((g) => yearPartMonths(g) !== undefined) && PERIOD_BACK.test(otherText);
}

/**
 * Words between a part of a year and the year or the end date that completes it: nothing, *tahun*, `of`,
 * `in`, *yang berakhir (pada)*, `ending`, `ended`, `to`, *hingga*, *sampai*.
 */
const PERIOD_TO_ITS_DATE = /^\s*(?:,\s*)?(?:(?:tahun|of|in|yang\s+berakhir(?:\s+pada)?|berakhir(?:\s+pada)?|ending|ended|to|through|hingga|sampai(?:\s+dengan)?)\s+)?$/i;

/**
 * `f`, a year or a date, completes a part of a year of its side (*enam bulan pertama 2007*, *enam
 * bulan pertama yang berakhir 30 Juni 2007*, `the first half of 2007`) that the other side refers back
 * to as `the period` (see `periodReferredBack`): the year goes with the period the reader already knows.
 */
function yearOfPeriodReferredBack(f: Figure, own: readonly Figure[], ownText: string, other: readonly Figure[], otherText: string): boolean {
  if (f.kind !== 'date' || other.some((g) => g.kind === 'date')) return false;
  for (const part of own) {
    if (part === f || !periodReferredBack(part, other, otherText)) continue;
    for (let at = ownText.indexOf(part.text); at >= 0; at = ownText.indexOf(part.text, at + 1)) {
      const rest = ownText.slice(at + part.text.length, at + part.text.length + 40);
      const k = rest.indexOf(f.text);
      if (k >= 0 && PERIOD_TO_ITS_DATE.test(rest.slice(0, k))) return true;
    }
  }
  return false;
}

/**
 * `f`, a part of a year, is followed by its year (`the first semester of 2006`), a bare year of its side
 * that the other side says relatively: the whole period is that relative period.
 */
function ofYearSaidRelatively(f: Figure, own: readonly Figure[], ownText: string, other: readonly Figure[], otherText: string): boolean {
  let at = ownText.indexOf(f.text);
  while (at >= 0) {
    const y = /^\s+(?:of|in|tahun)\s+(\d{4})\b/i.exec(ownText.slice(at + f.text.length, at + f.text.length + 20))?.[1];
    const yf = y ? own.find((g) => g.kind === 'date' && g.value === y) : undefined;
    if (yf && relativePeriod(yf, own, ownText, other, otherText)) return true;
    at = ownText.indexOf(f.text, at + 1);
  }
  return false;
}

/**
 * How many periods a text names relatively (`tahun lalu`, `the same period`, `this year`), leaving out
 * one that `figure` itself completes, just before or after it (`periode yang sama tahun 2010`, `the
 * first half of last year`: the period is the figure's).
 */
function relativePhrases(text: string, figure?: string): number {
  const at: number[] = [];
  for (let i = figure ? text.indexOf(figure) : -1; i >= 0; i = text.indexOf(figure!, i + 1)) at.push(i);
  const len = figure?.length ?? 0;
  let n = 0;
  for (const m of text.matchAll(new RegExp(RELATIVE_PERIOD.source, 'gi'))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (at.some((i) => (i >= end && i - end <= 10) || (start >= i + len && start - (i + len) <= 10))) continue;
    n++;
  }
  return n;
}

/** Words that name a month relative to the story's time or to another month, in either language. */
const RELATIVE_MONTH = new RegExp(
  [
    // Indonesian: bulan lalu, bulan sebelumnya, sebulan sebelumnya, akhir bulan lalu, bulan yang lalu
    String.raw`\bbulan\s+(?:yang\s+)?(?:ini|lalu|sebelumnya|kemarin|depan|mendatang|berikutnya|silam)\b`,
    String.raw`\bsebulan\s+(?:sebelumnya|lalu|yang\s+lalu|kemudian|silam)\b`,
    // English: last month, late last month, the previous month, a month earlier, the month before
    String.raw`\b(?:this|last|next|previous|prior|past|preceding|current|following)\s+month\b`,
    String.raw`\ba\s+month\s+(?:earlier|ago|before|later)\b`,
    String.raw`\bthe\s+month\s+(?:before|earlier)\b`,
    String.raw`\bmonth[- ]on[- ]month\b`,
  ].join('|'),
  'i',
);

/** Every relative month phrase of a text ({@link RELATIVE_MONTH}, global). */
const RELATIVE_MONTHS = new RegExp(RELATIVE_MONTH.source, 'gi');

/**
 * `f` is a month of a year (`September 2007`) that the other side states nowhere and names relatively
 * (`a month earlier`, `late last month`, *bulan lalu*, *sebulan sebelumnya*): the same month, said from
 * the story's time, as a year is said `tahun lalu`. Only while the other side has a phrase for each such
 * month its own side drops.
 */
function relativeMonth(f: Figure, own: readonly Figure[], other: readonly Figure[], otherText: string): boolean {
  if (!monthOfYear(f)) return false;
  if (other.some((g) => sameStatement(f, g))) return false;
  // one relative phrase stands for one month: *mulai September 2006 … April dan Mei 2007* ↔ `a month
  // earlier` leaves the months it cannot name dropped
  const phrases = otherText.match(RELATIVE_MONTHS)?.length ?? 0;
  // the months of a year its side gives (each once) that the other side names nowhere, not even without the year
  const dropped = new Set(own.filter((g) => monthOfYear(g) && !other.some((h) => sameStatement(g, h) || sameMonthName(g, h))).map((g) => g.value));
  return phrases > 0 && phrases >= dropped.size;
}

/** `h` names the month of `g` (`2008-04`) without a day, with or without the year (`--04`, `2008-04`). */
function sameMonthName(g: Figure, h: Figure): boolean {
  return h.kind === 'date' && typeof h.value === 'string' && typeof g.value === 'string' && /^(?:\d{4}|-)-\d{2}$/.test(h.value) && h.value.slice(-2) === g.value.slice(-2);
}

/** A month of a year (`2007-09`). */
function monthOfYear(f: Figure): boolean {
  return f.kind === 'date' && typeof f.value === 'string' && /^\d{4}-\d{2}$/.test(f.value);
}

/** Words that name the quarter or half before another one, in either language. */
const PREVIOUS_YEAR_PART = new RegExp(
  [
    // Indonesian: kuartal sebelumnya, triwulan lalu, semester yang lalu
    String.raw`\b(?:kuartal|kwartal|triwulan|semester)\s+(?:yang\s+)?(?:sebelumnya|lalu|kemarin)\b`,
    // English: the previous quarter, the preceding half, a quarter earlier, quarter-on-quarter
    String.raw`\b(?:previous|preceding|prior|last|past)\s+(?:quarter|half|semester)\b`,
    String.raw`\bthe\s+(?:quarter|half|semester)\s+(?:before|earlier)\b`,
    String.raw`\ba\s+quarter\s+(?:earlier|before)\b`,
    String.raw`\bquarter[- ]on[- ]quarter\b`,
    String.raw`\bq-?o-?q\b`,
  ].join('|'),
  'i',
);

/**
 * `f` is a part of a year (`kuartal I`) that the other side states nowhere, its own side names the next
 * part of the same length (`kuartal II 2008 dibanding kuartal I 2008`), and the other side names the
 * part before relatively (`compared to the previous quarter`): the same base of the comparison.
 */
function relativeYearPart(f: Figure, own: readonly Figure[], other: readonly Figure[], otherText: string): boolean {
  const span = yearPartMonths(f);
  if (!span || other.some((g) => sameStatement(f, g))) return false;
  const length = span[1] - span[0];
  const next = span[1] === 12 ? 1 : span[1] + 1;
  const followed = own.some((g) => {
    const s = g !== f ? yearPartMonths(g) : undefined;
    return !!s && s[0] === next && s[1] - s[0] === length;
  });
  return followed && PREVIOUS_YEAR_PART.test(otherText);
}

/** Words that compare a period with the same period a year before (`year-on-year`, `on-year`, `yoy`). */
const YEAR_ON_YEAR = /\b(?:(?:year[- ]?)?on[- ]year|year[- ]over[- ]year|y-?o-?y)\b/i;

/**
 * `f` is a month of a year, its side names the same month a year later (`April 2007 terhadap April
 * 2006`), the other side states `f` nowhere and names the comparison with the year before (`year-on-year`,
 * `a year earlier`, *tahun lalu*): `f` is the base of that comparison, said relatively.
 */
function yearOnYearBase(f: Figure, own: readonly Figure[], other: readonly Figure[], otherText: string): boolean {
  if (f.kind !== 'date' || typeof f.value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})$/.exec(f.value);
  if (!m) return false;
  const later = `${Number(m[1]) + 1}-${m[2]}`;
  if (!own.some((g) => g.kind === 'date' && typeof g.value === 'string' && (g.value === later || g.value.endsWith(`..${later}`) || g.value.startsWith(`${later}-`)))) return false;
  if (other.some((g) => sameStatement(f, g))) return false;
  return YEAR_ON_YEAR.test(otherText) || PREVIOUS_PERIOD.test(otherText);
}

/** The text right after each occurrence of `f`'s text on its side says its year relatively. */
function relativeYearAfter(f: Figure, ownText: string): boolean {
  let at = ownText.indexOf(f.text);
  while (at >= 0) {
    if (RELATIVE_YEAR_AFTER.test(ownText.slice(at + f.text.length, at + f.text.length + 40))) return true;
    at = ownText.indexOf(f.text, at + 1);
  }
  return false;
}

/** Words that name the year before the one a sentence is about. */
const PREVIOUS_PERIOD = /\b(?:last\s+year|previous\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|(?:same|corresponding|comparable|year-earlier|year-ago)\s+period|tahun\s+(?:lalu|sebelumnya)|periode\s+(?:yang\s+)?sama|setahun\s+(?:sebelumnya|lalu))\b/i;

const YEAR_OF = /^(\d{4})/;

/**
 * A date paired with a date one year later on the other side, where that side names the year
 * before relatively (`Januari-Oktober 2006` ↔ `the January-October 2007 period … the same period last
 * year`): the earlier date is the relative period, the later one the sentence's own period.
 */
function previousYearSaidRelatively(a: Figure, b: Figure, view: BeadView): boolean {
  const ya = Number(YEAR_OF.exec(String(a.value))?.[1]);
  const yb = Number(YEAR_OF.exec(String(b.value))?.[1]);
  if (!ya || !yb || Math.abs(ya - yb) !== 1) return false;
  const laterText = yb > ya ? view.textB : view.textA;
  const earlierText = yb > ya ? view.textA : view.textB;
  // two bare years are one year changed into another, unless the earlier one's side also names the
  // later year relatively (*tahun ini … tahun 2006* ↔ `in 2007 … Last year`): both years are said on
  // both sides, each once relatively. A period with its months is a sentence's own period.
  if (/^\d{4}$/.test(String(a.value)) && /^\d{4}$/.test(String(b.value))) return PREVIOUS_PERIOD.test(laterText) && THIS_PERIOD.test(earlierText);
  // (and when both sides name the year before relatively, `a year earlier` ↔ *setahun sebelumnya*, neither side's date
  // stands for it: `since November 2022` ↔ *sejak November 2021* is one date changed)
  return PREVIOUS_PERIOD.test(laterText) && !PREVIOUS_PERIOD.test(earlierText);
}

/** Words that name the year a sentence is about: `this year`, *tahun ini*, `the current year`. */
const THIS_PERIOD = /\b(?:this\s+year|the\s+current\s+year|tahun\s+(?:ini|berjalan))\b/i;

// ---------------------------------------------------------------------------------------------
// derived figures

/** Words that name the rest of a whole (`the rest`, `sisanya`). */
const REST_WORDS = /\b(?:the\s+rest|remaining|remainder|the\s+others|sisanya|sisa|selebihnya)\b/i;

function plainNumber(f: Figure): number | undefined {
  if (f.kind === 'date' || f.kind === 'time' || f.kind === 'ordinal' || f.kind === 'range') return undefined;
  return typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : undefined;
}

/** Equal within the last digit `f` was written with (a relative 0.2 %). */
function closeTo(x: number, y: number): boolean {
  return Math.abs(x - y) <= Math.max(1e-9, 0.002 * Math.max(Math.abs(x), Math.abs(y)));
}

/**
 * `f` is recoverable from the other side: the difference of two of its figures of one kind
 * (`turun 30 poin` ↔ `9,405 … 9,375`), or, for a percentage beside the rest of a whole, 100 less a
 * percentage the other side gives (`30 persen` ↔ `the rest`, with `70 percent` on both sides).
 */
function derived(f: Figure, own: readonly Figure[], other: readonly Figure[], otherText: string, ownText: string): boolean {
  // a bead of a table's worth of figures (a long segment listing prices): its figures are read one by one,
  // not derived from each other (the search below grows with the product of both sides, for every figure)
  if (own.length * other.length > DERIVED_MAX_PRODUCT) return false;
  const v = plainNumber(f);
  if (v === undefined || v <= 0) return false;
  if (f.kind === 'percent' && REST_WORDS.test(otherText)) {
    const rest = 100 - v;
    if (other.some((g) => g.kind === 'percent' && plainNumber(g) !== undefined && closeTo(plainNumber(g)!, rest)) && own.some((g) => g !== f && g.kind === 'percent' && closeTo(plainNumber(g) ?? NaN, rest))) return true;
  }
  if (f.kind === 'other') return multiplierOf(f, v, other);
  if (lotsOfShares(f, v, other)) return true;
  if (basisPointStep(f, other)) return true;
  if (thresholdPassed(f, v, other)) return true;
  if (percentChangeOf(f, v, other)) return true;
  if (previousLevel(f, v, own, other, ownText)) return true;
  if (pointsBetween(f, v, other)) return true;
  // a small count is too often a difference by chance; many figures make any difference likely
  if (f.kind === 'count' && Number.isInteger(v) && v < 10) return false;
  const values = other.filter((g) => plainNumber(g) !== undefined);
  if (values.length > 8) return false;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const p = values[i];
      const q = values[j];
      if (p.kind !== q.kind || (p.currency ?? '') !== (q.currency ?? '')) continue;
      // a change in the same kind and currency as the two levels
      if (f.kind !== p.kind || (f.currency ?? '') !== (p.currency ?? '')) continue;
      if (closeTo(Math.abs(plainNumber(p)! - plainNumber(q)!), v)) return true;
    }
  }
  return totalOf(f, v, values);
}

/** The unit of a change in points (*poin*, `points`, `pts`). */
const POINTS = /^(?:poin|points?|pts?)$/i;
/** How many times a change in points its two levels must be at least (so that no two small counts make it by chance). */
const POINT_LEVEL_RATIO = 5;

/**
 * A change of a quote or an index in points the other version leaves to its reader, giving both levels (*turun 10 poin*
 * ↔ `to Rp9,175/9,180 from Rp9,165/9,177`; guideline section 42): two levels of one kind (and currency), each at least
 * POINT_LEVEL_RATIO times the change, that differ by it. (Small changes too: *lima poin* beside two quotes of 9,000.)
 */
function pointsBetween(f: Figure, v: number, other: readonly Figure[]): boolean {
  if (f.kind !== 'count' || !POINTS.test(f.unit ?? '')) return false;
  const levels = other.filter((g) => plainNumber(g) !== undefined && plainNumber(g)! >= POINT_LEVEL_RATIO * v);
  if (levels.length > 8) return false;
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const [p, q] = [levels[i], levels[j]];
      if (p.kind === q.kind && (p.currency ?? '') === (q.currency ?? '') && closeTo(Math.abs(plainNumber(p)! - plainNumber(q)!), v)) return true;
    }
  }
  return false;
}

/** Largest product of the two sides' figure counts in a bead for which a figure is looked for as derived from others. */
const DERIVED_MAX_PRODUCT = 2500;

/** Shares in one trading lot on the Indonesian exchange (100 since 2014, 500 before). */
const SHARES_PER_LOT = [100, 500];

/**
 * `f` counts trading lots (`874 lots`, *874 lot*) of a number of shares the other version gives
 * (*437 ribu lembar saham* ↔ `437,000 shares or 874 lots`): the same purchase restated in lots
 * (guideline section 15). Another number of lots, or no such share count, stays a finding.
 */
function lotsOfShares(f: Figure, v: number, other: readonly Figure[]): boolean {
  if (f.kind !== 'count' || !/^lots?$/i.test(f.unit ?? '')) return false;
  return other.some((g) => g.kind === 'count' && !/^lots?$/i.test(g.unit ?? '') && SHARES_PER_LOT.some((n) => closeTo(plainNumber(g) ?? NaN, v * n)));
}

/** `dari`/`from` right before a figure: the level a change started from. */
const FROM_BEFORE = /(?:^|[^\p{L}])(?:dari|from)\s+$/iu;
/** `dari`/`from` with a word for "before" between (*dari sebelumnya*, `from the previous`). */
const FROM_PREVIOUS_BEFORE = /(?:^|[^\p{L}])(?:dari|from)\s+(?:(?:sebelumnya|semula|the\s+previous|previously)\s+)?$/iu;

/** A change in basis points (`25 basis points`, `50 bps`, *25 basis poin*). */
const BASIS_POINTS = /\b(?:basis\s+(?:points?|poin)|base\s+points?|bps)\b/i;

/** A change in basis points as a percentage (`25 basis points` → 0.25), or undefined. */
function basisPointsAsPercent(f: Figure): number | undefined {
  const v = plainNumber(f);
  return f.kind === 'count' && v !== undefined && BASIS_POINTS.test(f.text) ? v / 100 : undefined;
}

/**
 * `f`, said after `dari`/`from`, is the level a change started from, and both versions give the change and
 * the new level (*turun 0,50 persen menjadi 6,50 persen dari 7,00 persen* ↔ `by 0.50 percent to 6.50
 * percent`): the old level is their sum (a fall) or difference (a rise), recoverable by the reader.
 */
function previousLevel(f: Figure, v: number, own: readonly Figure[], other: readonly Figure[], ownText: string): boolean {
  const stated = (g: Figure) => own.some((h) => h !== f && h.kind === g.kind && closeTo(plainNumber(h) ?? NaN, plainNumber(g)!));
  const both = other.filter((g) => g.kind === f.kind && (g.currency ?? '') === (f.currency ?? '') && plainNumber(g) !== undefined && stated(g));
  if (both.length > 6) return false;
  const near = (x: number, y: number) => closeTo(x + y, v) || closeTo(Math.abs(x - y), v);
  if (saidAfter(f, ownText, FROM_BEFORE, 12) && both.some((p, i) => both.some((q, j) => i < j && near(plainNumber(p)!, plainNumber(q)!)))) return true;
  // a rate's step in basis points that the other side gives, with the new level both give (*menjadi 8,50
  // persen dari sebelumnya 8,25 persen* ↔ `by 25 basis points to 8.50 percent`): the old level is the new
  // one less the step, whether or not this side gives the step too (guideline sections 30 and 31: an old
  // rate derived from the step and the new level is not labelled).
  if (f.kind !== 'percent') return false;
  if (!saidAfter(f, ownText, FROM_PREVIOUS_BEFORE, 30)) return false;
  const steps = other.map(basisPointsAsPercent).filter((x): x is number => x !== undefined);
  return steps.some((step) => both.some((p) => near(plainNumber(p)!, step)));
}

/** `f` is written (somewhere in `text`) right after words `before` matches, within `reach` characters. */
function saidAfter(f: Figure, text: string, before: RegExp, reach: number): boolean {
  for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + 1)) {
    if (before.test(text.slice(Math.max(0, at - reach), at))) return true;
  }
  return false;
}

/**
 * `f` is a step in basis points (`25 basis points`) between two rates the other side gives (*menjadi 8,50
 * persen dari 8,25 persen*): the difference of the two, within the rounding of the rates.
 */
function basisPointStep(f: Figure, other: readonly Figure[]): boolean {
  const step = basisPointsAsPercent(f);
  if (step === undefined || step <= 0) return false;
  const rates = other.filter((g) => g.kind === 'percent' && plainNumber(g) !== undefined).map((g) => plainNumber(g)!);
  if (rates.length > 8) return false;
  return rates.some((x, i) => rates.some((y, j) => i < j && Math.abs(Math.abs(x - y) - step) < 1e-6));
}

/** Half a unit of the last decimal a figure was written with (`25 persen` → 0.5, `6,25 persen` → 0.005), a little widened. */
function roundingOf(f: Figure): number {
  const digits = /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0] ?? '';
  const decimals = /[.,](\d{1,2})$/.exec(digits)?.[1]?.length ?? 0;
  return 0.51 * 10 ** -decimals;
}

/** Two amounts of one kind, currency and (for counts) counted thing: the two levels a change runs between. */
function levelPairs(other: readonly Figure[]): Array<[number, number]> {
  const levels = other.filter((g) => (g.kind === 'money' || g.kind === 'count') && plainNumber(g) !== undefined && plainNumber(g)! > 0);
  if (levels.length > 8) return [];
  const out: Array<[number, number]> = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = 0; j < levels.length; j++) {
      const p = levels[i];
      const q = levels[j];
      if (i === j || p.kind !== q.kind || (p.currency ?? '') !== (q.currency ?? '') || (p.kind === 'count' && (p.unit ?? '') !== (q.unit ?? ''))) continue;
      out.push([plainNumber(p)!, plainNumber(q)!]);
    }
  }
  return out;
}

/**
 * `f` is a percentage change the other side gives the means to compute: two levels of one amount
 * (`naik 25 persen` ↔ `to Rp500 billion from Rp400 billion`: 500 is 25 % above 400), within the
 * rounding of the percentage as written.
 */
function percentChangeOf(f: Figure, v: number, other: readonly Figure[]): boolean {
  if (f.kind !== 'percent' || /\b(?:points?|poin)\b/i.test(f.text)) return false;
  const tolerance = roundingOf(f);
  return levelPairs(other).some(([from, to]) => Math.abs((Math.abs(to - from) / from) * 100 - v) <= tolerance);
}

/** Words for people counted as a whole (the total of passengers and crew, of the dead and the missing). */
const PEOPLE = /^(?:orang|jiwa|warga|penduduk|people|persons?|residents?)$/i;

/**
 * `f` is the total of two or three amounts the other side gives in its kind, currency and counted
 * thing (`Rp288,4 triliun … terdiri atas Rp173,3 triliun dan Rp115,1 triliun` ↔ the two parts only), or
 * of people of any kinds (*101 orang* ↔ `87 passengers and 14 crew`): a reader of that side can add
 * them up. Money and counts only: shares and rates do not add.
 */
function totalOf(f: Figure, v: number, values: readonly Figure[]): boolean {
  if (f.kind !== 'money' && f.kind !== 'count') return false;
  const parts = values.filter((g) => g.kind === f.kind && (g.currency ?? '') === (f.currency ?? '') && plainNumber(g)! > 0 && plainNumber(g)! < v);
  // parts of one unit, or, for a total of people, of any (*101 orang* ↔ `87 passengers and 14 crew`)
  const same = (x: Figure, y: Figure) => (x.unit ?? '') === (y.unit ?? '') || (f.kind === 'count' && PEOPLE.test(f.unit ?? '') && !!x.unit && !!y.unit);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (!same(parts[i], parts[j])) continue;
      const two = plainNumber(parts[i])! + plainNumber(parts[j])!;
      if (closeTo(two, v)) return true;
      for (let k = j + 1; k < parts.length; k++) {
        if (same(parts[i], parts[k]) && closeTo(two + plainNumber(parts[k])!, v)) return true;
      }
    }
  }
  return false;
}

/** The end of a figure whose bound is written after the amount (*5 persen atau lebih*, *Rp5 miliar ke atas*, `65 and over`). */
const BOUND_WRITTEN_AFTER = /(?:\batau(?:\s+bahkan)?\s+lebih|\bdan\s+lebih|\bke\s*atas|\bor\s+(?:even\s+)?(?:more|higher|above|over|older)|\band\s+(?:above|over|older|up))$/i;

/**
 * A bound the other side's level shows passed (`menembus di atas level Rp9.400` ↔ `to Rp9,405`,
 * `fell below 5 percent` ↔ `turun ke 4,9 persen`): a figure of one kind and currency within 2 % of
 * the bound, on the side the bound says.
 */
function thresholdPassed(f: Figure, bound: number, other: readonly Figure[]): boolean {
  // a bound written after the amount (*pemegang saham lima persen atau lebih*, `aged 60 or older`) names a class
  // of things, not a level passed: a holding of 5.01 percent in it is one member, not the bound restated
  if (BOUND_WRITTEN_AFTER.test(f.text)) return false;
  const above = f.qualifier === 'more-than' || f.qualifier === 'at-least';
  const below = f.qualifier === 'less-than' || f.qualifier === 'at-most';
  if (!above && !below) return false;
  return other.some((g) => {
    const x = plainNumber(g);
    if (x === undefined || g.kind !== f.kind || (g.currency ?? '') !== (f.currency ?? '')) return false;
    const side = above ? x >= bound : x <= bound;
    return side && Math.abs(x - bound) <= 0.02 * bound;
  });
}

/**
 * A multiplier (`almost doubled`, `naik tiga kali lipat`) the other side gives as the two amounts it
 * relates: their ratio is the factor, within 15 % when the factor is hedged (`almost`, `hampir`), else 5 %.
 */
function multiplierOf(f: Figure, factor: number, other: readonly Figure[]): boolean {
  if (factor < 1.5) return false;
  const tolerance = f.qualifier === 'exact' ? 0.05 : 0.15;
  const values = other.filter((g) => g.kind === 'money' || g.kind === 'count' || g.kind === 'percent');
  if (values.length > 8) return false;
  return values.some((p) => values.some((q) => {
    if (p === q || p.kind !== q.kind || (p.currency ?? '') !== (q.currency ?? '')) return false;
    const x = plainNumber(p);
    const y = plainNumber(q);
    return x !== undefined && y !== undefined && x > 0 && y > x && Math.abs(y / x - factor) <= tolerance * factor;
  }));
}

// ---------------------------------------------------------------------------------------------
// the same digits

/** The first number as written in a figure's text (`7,000`, `419,722`). */
function digitsOf(f: Figure): string | undefined {
  return /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];
}

/**
 * Both sides wrote the very same whole number grouped the English way, under no scale word or the same
 * one: `7,000 pasukan` in an Indonesian text (or a line left in English) is still 7,000 troops, and
 * *Rp 16,212 miliar* ↔ `Rp 16,212 billion` copies the amount, grouping and all. The Indonesian grouping
 * copied into English (`86.400 children`) reads as a decimal there and stays a finding.
 */
function sameDigits(a: Figure, b: Figure): boolean {
  if (zeroDecimals(a, b) || zeroDecimals(b, a)) return true;
  if (thousandsWritten(a, b) || thousandsWritten(b, a)) return true;
  if (a.scale !== b.scale) return false;
  const x = digitsOf(a);
  return x !== undefined && /^\d{1,3}(?:,\d{3})+$/.test(x) && x === digitsOf(b);
}

/**
 * `f`, ambiguous and under no scale word, writes the digits of `other`, a number of thousands with three
 * decimals (*38,926 ribu dolar* ↔ `US$38.926`, `12.450 thousand tonnes` ↔ *12,450 ton*), with the other
 * separator: the translator folded the thousand into the separator, and the grouped reading of `f` is the
 * amount `other` states (guideline sections 19 and 29). Other digits, or a reading off by the thousand, stay findings.
 */
function thousandsWritten(f: Figure, other: Figure): boolean {
  if (!f.ambiguous || f.scale !== undefined || other.scale !== 1e3 || typeof other.value !== 'number') return false;
  const x = digitsOf(f);
  const y = digitsOf(other);
  if (x === undefined || y === undefined || !/^\d{1,3}[.,]\d{3}$/.test(x) || !/^\d{1,3}[.,]\d{3}$/.test(y)) return false;
  if (x.replace(/[.,]/, '') !== y.replace(/[.,]/, '') || x[x.length - 4] === y[y.length - 4]) return false;
  return (f.alternatives ?? []).some((v) => typeof v === 'number' && sameNumber(v, other.value as number));
}

/**
 * `other` writes the digits of `f`, an Indonesian number with dot groups and three decimals (*2.102,928*,
 * an index level), with every separator a comma (`2,102,928`), under the same scale word: the translator
 * took the decimal comma for one more thousands group, so the two differ by exactly the thousand the
 * copy adds (guideline sections 19 and 30). Other digits, or other separators, stay findings.
 */
function decimalAsGroup(f: Figure, other: Figure): boolean {
  if (f.scale !== other.scale || typeof f.value !== 'number' || typeof other.value !== 'number') return false;
  const x = digitsOf(f);
  if (x === undefined || !/^\d{1,3}(?:\.\d{3})+,\d{3}$/.test(x)) return false;
  return digitsOf(other) === x.replace(/\./g, ',') && sameNumber(f.value * 1000, other.value);
}

/**
 * `f` writes a thousands group one zero short (*195.00 ton*, `195,00 tons`: two zero decimals nobody writes on a count),
 * and `other` states the thousands (`195,000 tons`): a misprint the translator corrected, the same amount (guideline
 * section 4, misprints read as meant). Other digits stay findings.
 */
function groupShort(f: Figure, other: Figure): boolean {
  if (f.scale !== undefined || other.scale !== undefined || typeof f.value !== 'number' || typeof other.value !== 'number') return false;
  const m = /^(\d{1,3})[.,]00$/.exec(digitsOf(f) ?? '');
  return m !== null && sameNumber(Number(m[1]) * 1000, other.value);
}

/**
 * `f` is ambiguous only because its one separator is followed by `000` (`250,000` in Indonesian copy,
 * `7.000` in English), and its grouped reading is the other figure's value (`2.5 lakh`, `250.000`): no
 * one writes three zero decimals, so both versions say the same amount.
 */
function zeroDecimals(f: Figure, other: Figure): boolean {
  if (!f.ambiguous || f.scale !== undefined || typeof other.value !== 'number') return false;
  const x = digitsOf(f);
  if (x === undefined || !/^\d{1,3}[.,]000$/.test(x)) return false;
  return (f.alternatives ?? []).some((v) => typeof v === 'number' && sameNumber(v, other.value as number));
}
