/**
 * A deliberately small reader of digit tokens, private to the aligner (the figures core does the
 * real work of reading figures; a caller may still pass values through `AlignSide.numbers`, but
 * the pipeline does not: see `alignSide` in shared/pipeline.ts). It only needs the same number
 * written in two conventions to give the same value: `10.000` = `10,000` = `10 000`, `2,5` = `2.5`.
 */

const DIGITS_RE = /^\d+$/;
const NUM_RE = /\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/g;

/** Values of the digit tokens of one sentence, in reading order. */
export function readNumbers(sentence: string): number[] {
  const out: number[] = [];
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = NUM_RE.exec(sentence)) !== null) {
    const token = m[0];
    // most tokens are digits only: one value, no array built for it
    if (DIGITS_RE.test(token)) out.push(Number(token));
    else for (const v of numberValues(token)) out.push(v);
    if (++guard >= 500) break;
  }
  return out;
}

/** The value(s) one digit token stands for. */
function numberValues(token: string): number[] {
  if (DIGITS_RE.test(token)) return [Number(token)]; // most tokens: digits only
  // Space-grouped thousands first: `10 000`, `1 234 567`.
  const spaced = token.split(/[ \u00a0\u202f]/);
  if (spaced.length > 1) {
    if (spaced[0].length <= 3 && spaced.slice(1).every((g) => g.length === 3 && /^\d+$/.test(g))) {
      return [Number(spaced.join(''))];
    }
    return spaced.flatMap((g) => numberValues(g));
  }
  const seps = token.match(/[.,]/g);
  if (!seps) return [Number(token)];
  const groups = token.split(/[.,]/);
  const tail = groups.slice(1);
  if (seps.length === 1) {
    // `10.000` / `10,000` read as thousands, `2,5` / `2.5` / `0.500` as decimals.
    if (tail[0].length === 3 && groups[0] !== '0') return [Number(groups.join(''))];
    return [Number(`${groups[0]}.${tail[0]}`)];
  }
  const allSame = seps.every((s) => s === seps[0]);
  if (allSame && tail.every((g) => g.length === 3)) return [Number(groups.join(''))];
  if (!allSame) {
    // `1.234,5` / `1,234.5`: the last separator is the decimal mark.
    const last = seps[seps.length - 1];
    const intPart = groups.slice(0, -1);
    if (seps.slice(0, -1).every((s) => s !== last) && intPart.slice(1).every((g) => g.length === 3)) {
      return [Number(`${intPart.join('')}.${groups[groups.length - 1]}`)];
    }
  }
  // Dates like `9.9.1988` and other dotted sequences: each part on its own.
  return groups.map((g) => Number(g));
}
