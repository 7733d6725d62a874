/** Writes a number the English way for notes: `12,000`, `2.5`, `1,480,000,000,000`. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  let abs = Math.abs(n);
  if (abs >= 1 && Math.abs(abs - Math.round(abs)) <= 1e-9 * abs) abs = Math.round(abs);
  const [whole, frac] = trimFloat(abs).split('.');
  const int = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + int + (frac ? '.' + frac : '');
}

function trimFloat(x: number): string {
  if (Number.isInteger(x)) return x.toFixed(0);
  return x
    .toFixed(6)
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}

const FACTOR_NAMES: Record<'en' | 'id', Array<[number, string]>> = {
  en: [
    [1e3, 'a thousand'],
    [1e6, 'a million'],
    [1e9, 'a billion'],
    [1e12, 'a trillion'],
  ],
  id: [
    [1e3, 'seribu'],
    [1e6, 'sejuta'],
    [1e9, 'semiliar'],
    [1e12, 'satu triliun'],
  ],
};

/** A factor as words where it has a name (`a thousand`, `seribu`), else digits in that language's notation. */
export function formatFactor(f: number, lang: 'en' | 'id' = 'en'): string {
  for (const [v, name] of FACTOR_NAMES[lang]) if (Math.abs(f - v) <= 1e-9 * v) return name;
  const digits = formatNumber(f);
  return lang === 'id' ? digits.replace(/[,.]/g, (c) => (c === ',' ? '.' : ',')) : digits;
}

/** Joins words as English: `a`, `a and b`, `a, b and c` (or another conjunction). */
export function joinWords(words: string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return words.slice(0, -1).join(', ') + ` ${conjunction} ` + words[words.length - 1];
}
