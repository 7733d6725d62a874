/**
 * Digit tokens read by the document's convention: Indonesian `1.234.567,89` (dot groups,
 * comma decimals), English `1,234,567.89`. A token that reads both ways keeps the document
 * reading and reports the other one.
 */
import type { Lang } from '../text/types';
import type { DecimalMark } from './conventions';

/** The decimal mark of a reader's language, or the mark itself. */
function decimalOf(convention: Lang | DecimalMark): DecimalMark {
  return convention === 'id' || convention === ',' ? ',' : '.';
}

export interface DigitReading {
  /** The reading under the document's convention (or the only reading that makes sense). */
  value: number;
  /** The other reading, when the token is ambiguous. */
  alternatives?: number[];
  /** True when the separators can be read both ways (`1.000` in English, `1,500` in Indonesian). */
  ambiguous: boolean;
  /** True when the reading has a decimal separator. */
  decimal: boolean;
  /** True when the reading uses thousands separators. */
  grouped: boolean;
}

/** Rounds away binary noise (`1.1 * 1e9`), keeping 15 significant digits. */
export function clean(x: number): number {
  if (!Number.isFinite(x)) return x;
  if (Number.isInteger(x)) return x;
  return Number(x.toPrecision(15));
}

const GROUP_SPACES = /[\u2009\u202f\u2007\u200b]/g;

/** A control character (no whitespace) between digits, with one, two or four and more digits after it: no thousands group. */
const CONTROL_IN_NUMBER = /(?<=\d)[\x00-\x08\x0e-\x1f\x7f](?=\d(?:\d|\d{3,})?(?!\d))/g;

/**
 * `text` with a control character that stands between digits where a separator can only be the decimal
 * mark (`977<ESC>96 billion`, a garbled `977.96`) replaced by that mark in `lang` (`.` in English, `,` in
 * Indonesian): one character for one, so every offset holds. Before three digits it could be a thousands
 * separator too, and stays as it is.
 */
export function controlAsDecimalMark(text: string, convention: Lang | DecimalMark): string {
  return text.replace(CONTROL_IN_NUMBER, decimalOf(convention));
}

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) and their separators and percent signs. */
const FOREIGN_DIGITS = /[\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff05\uff0c\uff0e\uff10-\uff19]/g;
/** Han, kana and Hangul letters next to a digit (`2021年`, `25%です`), not the Chinese scale words (万 亿 千 百 十). */
const CJK_BESIDE_DIGIT = /(?<=[0-9０-９])[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af](?<![万萬亿億千百十])|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af](?<![万萬亿億千百十])(?=[0-9０-９])/g;

/**
 * An Arabic conjunction or preposition of one letter written onto a number (`و40` "and 40", `ب5` "by 5",
 * `ل3` "for 3", `ف2`): a word of its own, read as a space.
 */
const ARABIC_PREFIX_ON_DIGIT = /(?<=^|[\s(«"،])[وبلف](?=[0-9\u0660-\u0669\u06f0-\u06f9])/g;

/** Where `asciiDigits` read an Arabic `و` ("and") written onto a number as a space (`بين 10 و12`: it still joins a range). */
export function arabicAndOnDigits(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(ARABIC_PREFIX_ON_DIGIT)) if (m[0] === 'و') out.add(m.index);
  return out;
}

/**
 * `text` with the digits of other scripts written as ASCII digits (`١٦٣` → `163`, `１２５０` → `1250`, `٣٫٥٪` →
 * `3.5%`) and a Han, kana or Hangul letter beside a digit read as a space (`2021年` → `2021 `: Chinese and
 * Japanese write no space between a number and its word), and an Arabic `و` / `ب` / `ل` / `ف` written onto a
 * number read as a space too (`و40` → ` 40`): one character for one, so every offset holds. The
 * figure's text is still the text as written.
 */
export function asciiDigits(text: string): string {
  if (!/[\u0600-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff05-\uff19\u3040-\ud7af]/.test(text)) return text;
  return text
    .replace(ARABIC_PREFIX_ON_DIGIT, ' ')
    .replace(FOREIGN_DIGITS, (ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
      if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
      if (c >= 0xff10 && c <= 0xff19) return String(c - 0xff10);
      // Devanagari, Bengali and Thai digits
      if (c >= 0x0966 && c <= 0x096f) return String(c - 0x0966);
      if (c >= 0x09e6 && c <= 0x09ef) return String(c - 0x09e6);
      if (c >= 0x0e50 && c <= 0x0e59) return String(c - 0x0e50);
      return ch === '\u066b' || ch === '\uff0e' ? '.' : ch === '\u066c' || ch === '\uff0c' ? ',' : '%';
    })
    .replace(CJK_BESIDE_DIGIT, ' ');
}

/**
 * A decimal comma followed by a stray space, right before a scale word (*38, 9 juta*, *33, 4 miliar*): one
 * number whose integer part has up to three digits, its decimals one or two (after a rupiah sign too: *Rp444, 19
 * miliar*). Not when the first number ends a list (*1, 2, 3 juta*) or is glued to another letter, a digit or a separator.
 */
const STRAY_DECIMAL_SPACE = /(?:(?<=(?:^|[^\p{L}\d.,])Rp ?)|(?<![\p{L}\d.,]|[\d.,] ))(\d{1,3}), (\d{1,2})(?= +(?:juta|miliar|milyar|triliun|trilyun)(?![\p{L}\p{N}]))/giu;

/**
 * `text` with the stray space of an Indonesian decimal comma moved after the decimals (`38, 9 juta` →
 * `38,9  juta`), so the tokenizer reads one number: one character for one, so every offset holds. English
 * text is returned as it is (its decimal mark is the point; a comma and a space there separate a list).
 */
export function closeStrayDecimalSpace(text: string, lang: Lang): string {
  if (lang !== 'id' || !text.includes(', ')) return text;
  return text.replace(STRAY_DECIMAL_SPACE, (_m, whole: string, decimals: string) => `${whole},${decimals} `);
}

function validGrouping(groups: string[]): boolean {
  const first = groups[0];
  if (first.length < 1 || first.length > 3 || first[0] === '0') return false;
  for (let k = 1; k < groups.length; k++) if (groups[k].length !== 3) return false;
  return true;
}

/**
 * Reads a digit token (`\d+([.,]\d+)*`) under the conventions of a reader's language or of a decimal mark.
 * Returns null when the token is no number in either convention (`1.2.3`, `23.10.2024`).
 *
 * - One separator kind repeated (`1.234.567`): thousands groups, whichever the language.
 * - Both kinds (`1.234,5`, `1,234.5`): the last one is the decimal separator.
 * - One separator followed by exactly three digits and a valid first group (`1.000`, `1,500`):
 *   the document's reading; when the separator is the document's decimal mark, the token is
 *   ambiguous and the grouped reading goes to `alternatives`.
 * - Otherwise the only reading that makes sense (`2.5` in Indonesian is 2.5).
 */
export function parseDigits(written: string, convention: Lang | DecimalMark): DigitReading | null {
  // thousands grouped with thin / zero-width spaces (`10 000`): the groups are read whole
  const raw = written.replace(GROUP_SPACES, '');
  if (raw.length !== written.length) {
    const head = /^\d+/.exec(raw);
    const r = parseDigits(raw, convention);
    if (!r || !head) return r;
    // the space already grouped the thousands: a separator after them is the decimal mark
    const rest = raw.slice(head[0].length);
    if (rest === '') return { ...r, grouped: true };
    if (/^[.,]\d+$/.test(rest)) {
      const v = clean(Number(head[0] + '.' + rest.slice(1)));
      return Number.isFinite(v) ? { value: v, ambiguous: false, decimal: true, grouped: true } : null;
    }
    return r;
  }
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c < 48 || c > 57) return null;
  }
  if (raw.length === 0) return null;
  if (dots === 0 && commas === 0) {
    const v = Number(raw);
    return Number.isFinite(v) ? { value: v, ambiguous: false, decimal: false, grouped: false } : null;
  }
  if (dots > 0 && commas > 0) {
    const decChar = lastDot > lastComma ? '.' : ',';
    if ((decChar === '.' ? dots : commas) !== 1) return null;
    const cut = decChar === '.' ? lastDot : lastComma;
    const groups = raw.slice(0, cut).split(decChar === '.' ? ',' : '.');
    if (!validGrouping(groups)) return null;
    const v = Number(groups.join('') + '.' + raw.slice(cut + 1));
    return Number.isFinite(v) ? { value: clean(v), ambiguous: false, decimal: true, grouped: true } : null;
  }
  const ch = dots > 0 ? '.' : ',';
  const count = dots + commas;
  const groups = raw.split(ch);
  const groupOk = validGrouping(groups);
  if (count >= 2) {
    if (!groupOk) return null;
    const v = Number(groups.join(''));
    return Number.isFinite(v) ? { value: v, ambiguous: false, decimal: false, grouped: true } : null;
  }
  const decimalValue = clean(Number(groups[0] + '.' + groups[1]));
  const groupedValue = Number(groups[0] + groups[1]);
  if (!Number.isFinite(decimalValue) || !Number.isFinite(groupedValue)) return null;
  const docDecimal = decimalOf(convention);
  if (ch === docDecimal) {
    if (groupOk) return { value: decimalValue, alternatives: [groupedValue], ambiguous: true, decimal: true, grouped: false };
    return { value: decimalValue, ambiguous: false, decimal: true, grouped: false };
  }
  if (groupOk) return { value: groupedValue, ambiguous: false, decimal: false, grouped: true };
  return { value: decimalValue, ambiguous: false, decimal: true, grouped: false };
}

/** Formats a number the English way with thousands commas (`10000` → `10,000`, `2.5` → `2.5`). */
export function formatNumber(value: number, maxDecimals = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const neg = value < 0;
  const abs = Math.abs(value);
  let fixed = abs.toFixed(maxDecimals);
  if (abs >= 1e21) fixed = abs.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  let [int, frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + int + (frac ? '.' + frac : '');
}
