/**
 * Folding of names for comparison: case, diacritics, punctuation inside names and the usual
 * transliteration and spelling variants (`Kyrilo` and "Kyrylo", `Soekarno` and `Sukarno`,
 * `Djakarta` and `Jakarta`, `Khamenei` and `Hamenei`).
 */

/** Lower case, no diacritics, apostrophes and dots dropped, hyphens and runs of spaces as one space. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[\s\u00a0\-‐‑–—_/]+/g, ' ')
    .trim();
}

/**
 * One word of a name folded further for transliteration variants: old Indonesian spelling
 * (oe → u, dj → j, tj → c, sj → sy), y ↔ i, kh ↔ k, ph ↔ f, w ↔ v, doubled letters, a final h.
 * Only for comparing names, never shown.
 */
export function foldSpelling(word: string): string {
  let w = foldName(word).replace(/\s+/g, '');
  w = w
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/ch/g, 'c')
    .replace(/kh/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (w.length > 3 && w.endsWith('h')) w = w.slice(0, -1);
  return w;
}
