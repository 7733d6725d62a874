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

/** A factor as words where it has a name (`a thousand`, `a million`), else digits. */
export function formatFactor(f: number): string {
  const names: Array<[number, string]> = [
    [1e3, 'a thousand'],
    [1e6, 'a million'],
    [1e9, 'a billion'],
    [1e12, 'a trillion'],
  ];
  for (const [v, name] of names) if (Math.abs(f - v) <= 1e-9 * v) return name;
  return formatNumber(f);
}

/** Joins words as English: `a`, `a and b`, `a, b and c` (or another conjunction). */
export function joinWords(words: string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return words.slice(0, -1).join(', ') + ` ${conjunction} ` + words[words.length - 1];
}
