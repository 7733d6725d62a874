/**
 * A measure stated with its conversion beside it (`30 kilometres (19 miles)`, `6,300-metre (20,700-foot)`)
 * holds the figure twice. The pairing may take the conversion for the other version's figure (a converted
 * match costs less than a value drift), leaving the measure itself as a translator's addition. When the
 * other version's figure is in the measure's own unit, it renders the measure, not its conversion: the pair
 * moves to the measure, so a changed measure shows as a value drift instead of hiding behind its conversion.
 * Pure functions, no I/O.
 */
import type { Figure } from '../figures/types';
import { conversionDisagrees, evaluatePair, type FigureInfo } from './classify';
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

/**
 * Conversions a translator got wrong: each unpaired conversion on one side (`450 km (380 miles)`) whose measure
 * is paired with the other side's figure and which does not restate that measure, as [index in A, index in B]
 * of the other side's figure and the conversion (a value drift of the pair), `side` naming the conversion's side.
 */
export function wrongConversions(
  pairs: ReadonlyArray<[number, number]>,
  infoA: readonly FigureInfo[],
  infoB: readonly FigureInfo[],
): Array<{ pair: [number, number]; side: 'a' | 'b' }> {
  const years = [...infoA, ...infoB].flatMap(({ figure: f }) => (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}(?!\d)/.test(f.value) ? [Number(f.value.slice(0, 4))] : []));
  // each side's unpaired conversions whose measure is paired: [the conversion, the other side's figure]
  const wrong = (info: readonly FigureInfo[], paired: ReadonlyMap<number, number>): Array<[number, number]> => {
    const side = info.map((x) => x.figure);
    return side.flatMap((f, k): Array<[number, number]> => {
      const m = f.conversion && !paired.has(k) ? convertedBy(side, k) : undefined;
      const other = m === undefined ? undefined : paired.get(m);
      return m !== undefined && other !== undefined && (conversionDisagrees(info[m], info[k]) || moneyMisconverted(side[m], f, years)) ? [[k, other]] : [];
    });
  };
  return [
    ...wrong(infoB, new Map(pairs.map(([i, j]) => [j, i]))).map(([j, i]) => ({ pair: [i, j] as [number, number], side: 'b' as const })),
    ...wrong(infoA, new Map(pairs.map(([i, j]) => [i, j]))).map(([i, j]) => ({ pair: [i, j] as [number, number], side: 'a' as const })),
  ];
}
