/**
 * A measure stated with its conversion beside it (`30 kilometres (19 miles)`, `6,300-metre (20,700-foot)`)
 * holds the figure twice. The pairing may take the conversion for the other version's figure (a converted
 * match costs less than a value drift), leaving the measure itself as a translator's addition. When the
 * other version's figure is in the measure's own unit, it renders the measure, not its conversion: the pair
 * moves to the measure, so a changed measure shows as a value drift instead of hiding behind its conversion.
 * Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import { conversionAgrees, conversionDisagrees, evaluatePair, type FigureInfo } from './classify';
import { rupiahPerDollar, rupiahRateImplausible } from './exchange-rates';

/**
 * Most characters between a figure and its conversion (`30 km (19 miles)`, `5 ton, atau 11.000 pon`, `1:21 p.m. local
 * time (0621 GMT)`): the reader checked the words between when it marked the conversion.
 */
const CONVERSION_GAP = 18;

/** True when `next` converts `f`: a conversion right after it, in the same sentence, close by (`1,100 degrees F (593 C)`). */
export function convertsRightAfter(f: Figure, next: Figure | undefined, gap = CONVERSION_GAP): boolean {
  return !!next && next.conversion === true && next.sentence === f.sentence && next.start - f.end <= gap;
}

/** The index of the figure that `side[k]` (a conversion) converts: the one just before it, close by. */
function convertedBy(side: readonly Figure[], k: number): number | undefined {
  const prev = side[k - 1];
  return prev && !prev.conversion && convertsRightAfter(prev, side[k]) ? k - 1 : undefined;
}

/** True when both figures name the same known unit (`kilometer` ↔ `kilometres`), or both are clock times. */
function sameUnit(x: FigureInfo, y: FigureInfo): boolean {
  if (x.figure.kind === 'time' && y.figure.kind === 'time') return true;
  return !!x.concept?.known && !!y.concept?.known && x.concept.name === y.concept.name;
}

/**
 * The pairs with every pair of a figure and the other side's conversion moved to the measure that
 * conversion converts, when that measure is unpaired and in the figure's own unit (`30 kilometer` ↔
 * `40 kilometres (19 miles)` pairs 30 with 40, not with 19). `pairs` holds [index in A, index in B].
 */
export function measureBeforeConversion(pairs: ReadonlyArray<[number, number]>, infoA: readonly FigureInfo[], infoB: readonly FigureInfo[]): Array<[number, number]> {
  const figA = infoA.map((x) => x.figure);
  const figB = infoB.map((x) => x.figure);
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  // (a clock time moves to the time its zone's conversion restates only where the two agree: `8 a.m. local time
  // (0000 GMT)` ↔ *07.00 WIB* stays with the GMT, which it matches; a measure moves to show a changed value)
  const rendered = (x: FigureInfo, y: FigureInfo) => {
    const e = evaluatePair(x, y);
    return x.figure.kind === 'time' ? e?.verdict.type === 'match' : !!e;
  };
  return pairs.map(([i, j]): [number, number] => {
    const mb = convertedBy(figB, j);
    if (mb !== undefined && !pairedB.has(mb) && sameUnit(infoA[i], infoB[mb]) && rendered(infoA[i], infoB[mb])) {
      pairedB.delete(j);
      pairedB.add(mb);
      return [i, mb];
    }
    const ma = convertedBy(figA, i);
    if (ma !== undefined && !pairedA.has(ma) && sameUnit(infoA[ma], infoB[j]) && rendered(infoA[ma], infoB[j])) {
      pairedA.delete(i);
      pairedA.add(ma);
      return [ma, j];
    }
    return [i, j];
  });
}

/** A rupiah amount and its dollar conversion (either way round) that cannot be the same money (exchange-rates.ts). */
function moneyMisconverted(measure: Figure, conversion: Figure, years: readonly number[]): boolean {
  if (measure.kind !== 'money' || conversion.kind !== 'money') return false;
  // (one unit of a currency is the base of an exchange rate, `one dollar = Rp9,135`, no amount converted)
  if (measure.value === 1 || conversion.value === 1) return false;
  const rate = rupiahPerDollar(measure, conversion);
  return rate !== undefined && rupiahRateImplausible(rate, years);
}

/** Minutes apart of two clock times (`HH:MM`) on the clock face, 0–30; undefined when one is no clock time. */
function minutesApart(x: Figure, y: Figure): number | undefined {
  const mx = typeof x.value === 'string' ? /^(\d{2}):(\d{2})$/.exec(x.value) : null;
  const my = typeof y.value === 'string' ? /^(\d{2}):(\d{2})$/.exec(y.value) : null;
  if (!mx || !my) return undefined;
  const d = Math.abs(Number(mx[2]) - Number(my[2]));
  return Math.min(d, 60 - d);
}

/**
 * True when a conversion restates its measure: a measure in another unit within a conversion's rounding
 * (`521 hectares (1,287 acres)`), a rupiah amount in dollars at a plausible rate (`Rp5 miliar (about $311,000)`), a
 * clock time in another zone a whole number of hours away (`1:21 p.m. (0621 GMT)`).
 */
function conversionRestates(measure: FigureInfo, conversion: FigureInfo, years: readonly number[]): boolean {
  const m = measure.figure;
  const c = conversion.figure;
  if (m.kind === 'time' && c.kind === 'time') {
    // (a half-hour zone, `5:30 p.m. IST (1200 GMT)`, stays unchecked: a minute slip looks the same)
    return minutesApart(m, c) === 0;
  }
  if (m.kind === 'money' && c.kind === 'money') {
    if (m.value === 1 || c.value === 1) return false;
    const rate = rupiahPerDollar(m, c);
    return rate !== undefined && !rupiahRateImplausible(rate, years);
  }
  return conversionAgrees(measure, conversion);
}

/**
 * The unpaired conversions on either side (`450 km (380 miles)`) whose measure is paired with the other side's
 * figure, as [index in A, index in B] of the other side's figure and the conversion, `side` naming the
 * conversion's side: `wrong` when it does not restate that measure (a value drift of the pair; a translator's
 * mistake), else only when it is checked to restate it (a converted match: the figure is in both versions, and
 * the conversion beside it is no finding). A conversion that cannot be checked (a euro amount in dollars) is in neither.
 */
export function conversionsOfPairedMeasures(
  pairs: ReadonlyArray<[number, number]>,
  infoA: readonly FigureInfo[],
  infoB: readonly FigureInfo[],
): Array<{ pair: [number, number]; side: 'a' | 'b'; wrong: boolean }> {
  const years = [...infoA, ...infoB].flatMap(({ figure: f }) => (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}(?!\d)/.test(f.value) ? [Number(f.value.slice(0, 4))] : []));
  // each side's unpaired conversions whose measure is paired: [the conversion, the other side's figure, wrong]
  const checked = (info: readonly FigureInfo[], paired: ReadonlyMap<number, number>): Array<[number, number, boolean]> => {
    const side = info.map((x) => x.figure);
    return side.flatMap((f, k): Array<[number, number, boolean]> => {
      const m = f.conversion && !paired.has(k) ? convertedBy(side, k) : undefined;
      const other = m === undefined ? undefined : paired.get(m);
      if (m === undefined || other === undefined) return [];
      if (conversionDisagrees(info[m], info[k]) || moneyMisconverted(side[m], f, years)) return [[k, other, true]];
      return conversionRestates(info[m], info[k], years) ? [[k, other, false]] : [];
    });
  };
  return [
    ...checked(infoB, new Map(pairs.map(([i, j]) => [j, i]))).map(([j, i, wrong]) => ({ pair: [i, j] as [number, number], side: 'b' as const, wrong })),
    ...checked(infoA, new Map(pairs.map(([i, j]) => [i, j]))).map(([i, j, wrong]) => ({ pair: [i, j] as [number, number], side: 'a' as const, wrong })),
  ];
}
