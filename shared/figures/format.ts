/**
 * A short canonical English rendering of a figure's value, for notes and reports:
 * `10,000`, `2.5 million`, `IDR 5 trillion`, `45%`, `2024-06-04`, `14:30`, `5–10`, `2nd`,
 * `3 days`, `×2`, `thousands`.
 */
import type { Figure } from './types';
import { formatNumber } from './numbers';

const SCALE_NAMES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** `2500000` → `2.5 million` when the number is a round multiple of a large scale; else `10,000`. */
function plainOrScaled(value: number, scale?: number): string {
  const abs = Math.abs(value);
  for (const [s, name] of SCALE_NAMES) {
    if (abs >= s && (scale === undefined || scale >= 1e6 || abs >= s)) {
      const q = value / s;
      // keep up to three decimals: 2.5 million, 1.234 billion
      if (Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6) return `${formatNumber(q, 3)} ${name}`;
    }
  }
  return formatNumber(value, 3);
}

const MAGNITUDE_NAMES = new Map<number, string>([
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
]);

function ordinalSuffix(n: number): string {
  const m100 = n % 100;
  if (m100 >= 11 && m100 <= 13) return 'th';
  const m10 = n % 10;
  return m10 === 1 ? 'st' : m10 === 2 ? 'nd' : m10 === 3 ? 'rd' : 'th';
}

/**
 * Renders a figure's value as short canonical English (`10,000`, `2.5 million`, `IDR 5 trillion`,
 * `45%`, `2024-06-04`, `14:30`, `5–10`, `2nd`, `3 days`, `×2`, `thousands`). Never throws.
 */
export function formatValue(figure: Figure): string {
  try {
    const v = figure.value;
    if (typeof v === 'string') {
      if (figure.kind === 'range') {
        const lo = figure.low ?? Number(v.split('..')[0]);
        const hi = figure.high ?? Number(v.split('..')[1]);
        let body = `${plainOrScaled(lo)}–${plainOrScaled(hi)}`;
        const u = (figure.unit ?? '').toLowerCase();
        if (u === '%' || u.startsWith('persen') || u.startsWith('percent') || u === 'per cent') body += '%';
        return figure.currency ? `${figure.currency} ${body}` : body;
      }
      return v;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
    switch (figure.kind) {
      case 'percent':
        return `${formatNumber(v, 3)}%`;
      case 'money':
        if (figure.qualifier === 'magnitude') return `${figure.currency ?? ''} ${MAGNITUDE_NAMES.get(v) ?? plainOrScaled(v)}`.trim();
        return `${figure.currency ?? ''} ${plainOrScaled(v, figure.scale)}`.trim();
      case 'ordinal':
        return Number.isInteger(v) ? `${v}${ordinalSuffix(v)}` : formatNumber(v);
      case 'duration': {
        const unit = figure.durationUnit ?? '';
        if (!unit) return formatNumber(v, 3);
        const plural = v === 1 ? unit : unit === 'century' ? 'centuries' : unit + 's';
        return `${formatNumber(v, 3)} ${plural}`;
      }
      case 'other':
        return `×${formatNumber(v, 3)}`;
      default:
        if (figure.qualifier === 'magnitude') return MAGNITUDE_NAMES.get(v) ?? plainOrScaled(v);
        return plainOrScaled(v, figure.scale);
    }
  } catch {
    return String(figure?.value ?? '');
  }
}
