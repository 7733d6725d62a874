/**
 * A short canonical rendering of a figure's value, for notes, reports and the ledger, in English
 * (`10,000`, `2.5 million`, `IDR 5 trillion`, `45%`, `2024-06-04`, `14:30`, `5–10`, `2nd`,
 * `3 days`, `×2`, `thousands`) or Indonesian (`10.000`, `2,5 juta`, `IDR 5 triliun`, `45%`,
 * `4 Juni 2024`, `14.30`, `5–10`, `ke-2`, `3 hari`, `×2`, `ribuan`).
 */
import type { Figure } from './types';
import { formatNumber } from './numbers';

export type ValueLang = 'en' | 'id';

/** The words of one language for values: scales, magnitudes, duration units, months. */
interface ValueWords {
  scales: [number, string][];
  magnitudes: Map<number, string>;
  number(n: number, maxDecimals?: number): string;
  ordinal(n: number): string;
  duration(n: string, unit: string, one: boolean): string;
  date(iso: string): string;
  time(hhmm: string): string;
  /** A change in percentage points after its number (`0.4 pp`, *0,4 poin*). */
  points: string;
}

/**
 * The word that makes a percent one said in (percentage) points (`0.25 percentage points`, *0,25 persen poin*), in each
 * language read (`Prozentpunkte`, `puntos porcentuales`, `п.п.`, `%ポイント`, `个百分点`, `%p`), English and Indonesian first.
 */
const POINTS_WORD = /\b(?:points?|poin|pts)\b|ポイント|포인트|百分点|百分點|%p(?!\p{L})|prozentpunkt|procentpunt|procentenhet|procentpoint|prosentpoeng|puntos?\s+porcentual|punti\s+percentual|pontos?\s+percentua|points?\s+de\s+pourcentage|процентн\p{L}*\s+пункт|п\.\s?п\.|yüzde\s+puan|نقطة\s+مئوية|نقاط\s+مئوية|điểm\s+phần\s+trăm/iu;

/** True when a percent figure is said in percentage points (`0.25 percentage points`, *0,6 poin persentase*), not as a plain percent. */
export function percentInPoints(f: Pick<Figure, 'kind' | 'text'>): boolean {
  return f.kind === 'percent' && POINTS_WORD.test(f.text);
}

/** True when a count counts points (`12 poin`, `0.1 points`): an index's points, or a rate's said loosely. */
export function countInPoints(f: Pick<Figure, 'kind' | 'unit'>): boolean {
  return f.kind === 'count' && /^(?:poin|points?)$/i.test(f.unit ?? '');
}

/** A number's decimal and group marks exchanged (`3,250.5` ↔ `3.250,5`). */
const swapMarks = (n: string): string => n.replace(/[,.]/g, (c) => (c === ',' ? '.' : ','));

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DURATION_ID: Record<string, string> = { second: 'detik', minute: 'menit', hour: 'jam', day: 'hari', week: 'minggu', month: 'bulan', semester: 'semester', year: 'tahun', decade: 'dekade', century: 'abad' };

const WORDS: Record<ValueLang, ValueWords> = {
  en: {
    scales: [
      [1e12, 'trillion'],
      [1e9, 'billion'],
      [1e6, 'million'],
    ],
    magnitudes: new Map<number, string>([
      [10, 'tens'],
      [100, 'hundreds'],
      [1e3, 'thousands'],
      [1e4, 'tens of thousands'],
      [1e5, 'hundreds of thousands'],
      [1e6, 'millions'],
      [1e7, 'tens of millions'],
      [1e8, 'hundreds of millions'],
      [1e9, 'billions'],
      [1e12, 'trillions'],
    ]),
    number: formatNumber,
    ordinal: (n) => `${n}${ordinalSuffix(n)}`,
    duration: (n, unit, one) => `${n} ${one ? unit : unit === 'century' ? 'centuries' : unit + 's'}`,
    date: (iso) => iso,
    time: (hhmm) => hhmm,
    points: 'pp',
  },
  id: {
    scales: [
      [1e12, 'triliun'],
      [1e9, 'miliar'],
      [1e6, 'juta'],
    ],
    magnitudes: new Map<number, string>([
      [10, 'puluhan'],
      [100, 'ratusan'],
      [1e3, 'ribuan'],
      [1e4, 'puluhan ribu'],
      [1e5, 'ratusan ribu'],
      [1e6, 'jutaan'],
      [1e7, 'puluhan juta'],
      [1e8, 'ratusan juta'],
      [1e9, 'miliaran'],
      [1e12, 'triliunan'],
    ]),
    // 11.000 and 2,5: the English notation with its separators swapped
    number: (n, d) => swapMarks(formatNumber(n, d)),
    ordinal: (n) => `ke-${n}`,
    duration: (n, unit) => `${n} ${DURATION_ID[unit] ?? unit}`,
    points: 'poin',
    date: (iso) => {
      const m = /^(\d{4}|--)-?(\d{2})?(?:-(\d{2}))?$/.exec(iso);
      if (!m || (!m[2] && m[1] === '--')) return iso;
      return [m[3] ? String(Number(m[3])) : '', m[2] ? MONTHS_ID[Number(m[2]) - 1] ?? '' : '', m[1] === '--' ? '' : m[1]].filter(Boolean).join(' ');
    },
    time: (hhmm) => hhmm.replace(':', '.'),
  },
};

/** English value words and their Indonesian ones (magnitudes, scales, units of time), longest first. */
const EN_TO_ID: Array<[RegExp, string]> = (() => {
  const pairs: Array<[string, string]> = [];
  for (const [n, en] of WORDS.en.magnitudes) pairs.push([en, WORDS.id.magnitudes.get(n) ?? en]);
  WORDS.en.scales.forEach(([n, en]) => pairs.push([en, WORDS.id.scales.find(([m]) => m === n)?.[1] ?? en]));
  for (const [unit, id] of Object.entries(DURATION_ID)) pairs.push([unit === 'century' ? 'centuries' : `${unit}s`, id], [unit, id]);
  return pairs.sort((x, y) => y[0].length - x[0].length).map(([en, id]) => [new RegExp(`\\b${en}\\b`, 'g'), id]);
})();

/**
 * A value as {@link formatValue} wrote it in English (`tens of thousands`, `2.5 million`, `3 days`), in
 * Indonesian: its words and its digits (`puluhan ribu`, `2,5 juta`, `3 hari`).
 */
export function valueTextInIndonesian(text: string): string {
  let out = text.replace(/\d[\d.,]*\d/g, swapMarks);
  for (const [en, id] of EN_TO_ID) out = out.replace(en, id);
  return out;
}

/** `2500000` → `2.5 million` when the number is a round multiple of a large scale; else `10,000`. */
function plainOrScaled(value: number, scale: number | undefined, w: ValueWords): string {
  const abs = Math.abs(value);
  for (const [s, name] of w.scales) {
    if (abs >= s && (scale === undefined || scale >= 1e6 || abs >= s)) {
      const q = value / s;
      // keep up to three decimals: 2.5 million, 1.234 billion
      if (Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6) return `${w.number(q, 3)} ${name}`;
    }
  }
  return w.number(value, 3);
}

function ordinalSuffix(n: number): string {
  const m100 = n % 100;
  if (m100 >= 11 && m100 <= 13) return 'th';
  const m10 = n % 10;
  return m10 === 1 ? 'st' : m10 === 2 ? 'nd' : m10 === 3 ? 'rd' : 'th';
}

/** Two whole numbers a year may be (1000–2199: `2026–2028`) as a span of years is written, without a group mark; else undefined. */
export function yearSpanText(lo: number, hi: number): string | undefined {
  const year = (n: number) => Number.isInteger(n) && n >= 1000 && n < 2200;
  return year(lo) && year(hi) ? `${lo}–${hi}` : undefined;
}

/**
 * Renders a figure's value as short canonical text in English (the default, used by the CLI and
 * notes) or Indonesian (`lang` 'id'). Never throws.
 */
export function formatValue(figure: Figure, lang: ValueLang = 'en'): string {
  const w = WORDS[lang] ?? WORDS.en;
  try {
    const v = figure.value;
    if (typeof v === 'string') {
      if (figure.kind === 'range') {
        const lo = figure.low ?? Number(v.split('..')[0]);
        const hi = figure.high ?? Number(v.split('..')[1]);
        // (a span of years, `1991–1997`, as written: no group mark)
        const years = figure.text.includes(String(lo)) && figure.text.includes(String(hi)) ? yearSpanText(lo, hi) : undefined;
        let body = years ?? `${plainOrScaled(lo, undefined, w)}–${plainOrScaled(hi, undefined, w)}`;
        const u = (figure.unit ?? '').toLowerCase();
        if (u === '%' || u.startsWith('persen') || u.startsWith('percent') || u === 'per cent') body += '%';
        return figure.currency ? `${figure.currency} ${body}` : body;
      }
      if (figure.kind === 'date') return w.date(v);
      if (figure.kind === 'time') return w.time(v);
      return v;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
    switch (figure.kind) {
      case 'percent':
        // (a change in percentage points is no percent: `0.4 pp`)
        return percentInPoints(figure) ? `${w.number(v, 3)} ${w.points}` : `${w.number(v, 3)}%`;
      case 'money':
        if (figure.qualifier === 'magnitude') return `${figure.currency ?? ''} ${w.magnitudes.get(v) ?? plainOrScaled(v, undefined, w)}`.trim();
        return `${figure.currency ?? ''} ${plainOrScaled(v, figure.scale, w)}`.trim();
      case 'ordinal':
        return Number.isInteger(v) ? w.ordinal(v) : w.number(v);
      case 'duration': {
        const unit = figure.durationUnit ?? '';
        if (!unit) return w.number(v, 3);
        return w.duration(w.number(v, 3), unit, v === 1);
      }
      case 'other':
        return `×${w.number(v, 3)}`;
      default:
        if (figure.qualifier === 'magnitude') return w.magnitudes.get(v) ?? plainOrScaled(v, undefined, w);
        return plainOrScaled(v, figure.scale, w);
    }
  } catch {
    return String(figure?.value ?? '');
  }
}
