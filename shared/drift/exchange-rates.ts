/**
 * Whether a rupiah amount and the US dollar amount a translator wrote beside it (`Rp 71 triliun` ↔ "Rp 71 trillion
 * (about US$4.5 billion)") can be the same money: the rate they imply against the range the rupiah traded in. News
 * converts at the day's rate, rounded, so only a rate outside the range is a wrong conversion (a slip of scale, a
 * rate of another decade). Without the article's date the range is that of every year the bead names; a bead that
 * names none, or a year before 2015, takes the wide range of the last three decades (2,000 to 20,000 rupiah a dollar).
 * Pure functions, no I/O.
 */

/** Rupiah per US dollar, the lowest and highest of the years since 2015 (yearly extremes, rounded outwards). */
const MODERN: readonly [number, number] = [12_000, 18_500];
/** Rupiah per US dollar over the decades news may look back on (it has not been below 2,000 since 1992). */
const ANY_YEAR: readonly [number, number] = [2_000, 20_000];

/** An amount of money as the rate reads it: its currency and value. */
interface Amount {
  currency?: string;
  value: unknown;
}

/** Rupiah per US dollar that an amount in one of them and the same amount in the other imply; undefined for other money. */
export function rupiahPerDollar(x: Amount, y: Amount): number | undefined {
  const [idr, usd] = x.currency === 'IDR' && y.currency === 'USD' ? [x.value, y.value] : x.currency === 'USD' && y.currency === 'IDR' ? [y.value, x.value] : [];
  return typeof idr === 'number' && typeof usd === 'number' && idr > 0 && usd > 0 ? idr / usd : undefined;
}

/**
 * True when a rate of `rate` rupiah a dollar cannot be right: it lies outside the rupiah's range for the years named
 * (`years`: the four-digit years of the bead, both versions).
 */
export function rupiahRateImplausible(rate: number, years: readonly number[]): boolean {
  const [low, high] = years.length > 0 && years.every((y) => y >= 2015 && y <= 2030) ? MODERN : ANY_YEAR;
  return rate < low || rate > high;
}
