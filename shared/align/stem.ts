/**
 * Light stemming for the bilingual lexicon: enough for inflected forms in the text to meet the
 * dictionary's base forms. Both functions take case-folded tokens.
 */

/**
 * A crude English stemmer (plural, past, gerund, adverb endings). Applied the same way to the
 * lexicon's English side and to English text, so it only has to be consistent, not linguistic.
 */
export function stemEn(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('es') && /(?:ch|sh|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  return s;
}

function undouble(s: string): string {
  const n = s.length;
  if (n >= 3 && s[n - 1] === s[n - 2] && !/[lsz]/.test(s[n - 1])) return s.slice(0, -1);
  return s;
}

const PARTICLES = ['lah', 'kah', 'pun', 'nya', 'ku', 'mu', 'tah'];
const DERIV_SUFFIXES = ['kan', 'an', 'i'];

/**
 * Candidate base forms of an Indonesian word, most specific first: the word itself, then the
 * word without clitics and particles (`-nya`, `-lah`), without derivational suffixes (`-kan`,
 * `-an`, `-i`) and without prefixes (`me-`, `di-`, `ber-`, `ter-`, `pe-`, `ke-`, `se-`,
 * `per-`), restoring the initial consonant a nasal prefix replaced (`menulis` → `tulis`,
 * `memukul` → `pukul`, `menyerang` → `serang`, `mengirim` → `kirim`).
 */
export function idCandidates(w: string): string[] {
  const out: string[] = [w];
  const seen = new Set(out);
  const add = (s: string): void => {
    if (s.length >= 3 && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  const bases: string[] = [w];
  for (const p of PARTICLES) if (w.endsWith(p) && w.length - p.length >= 3) bases.push(w.slice(0, -p.length));
  const stems: string[] = [];
  for (const b of bases) {
    add(b);
    stems.push(b);
    for (const d of DERIV_SUFFIXES) {
      if (b.endsWith(d) && b.length - d.length >= 3) {
        add(b.slice(0, -d.length));
        stems.push(b.slice(0, -d.length));
      }
    }
  }
  for (const s of stems) for (const p of stripPrefixes(s)) add(p);
  return out;
}

function stripPrefixes(s: string): string[] {
  const out: string[] = [];
  const once = (w: string): string[] => {
    const r: string[] = [];
    const v = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);
    if (w.startsWith('meng') || w.startsWith('peng')) {
      const rest = w.slice(4);
      r.push(rest);
      if (v(rest[0])) r.push(`k${rest}`);
    } else if (w.startsWith('meny') || w.startsWith('peny')) {
      r.push(`s${w.slice(4)}`);
    } else if (w.startsWith('mem') || w.startsWith('pem')) {
      const rest = w.slice(3);
      r.push(rest);
      if (v(rest[0])) r.push(`p${rest}`);
    } else if (w.startsWith('men') || w.startsWith('pen')) {
      const rest = w.slice(3);
      r.push(rest);
      if (v(rest[0])) r.push(`t${rest}`);
    } else if (w.startsWith('me') || w.startsWith('pe')) {
      r.push(w.slice(2));
    }
    for (const p of ['ber', 'ter', 'per', 'di', 'ke', 'se', 'be', 'te']) {
      if (w.startsWith(p)) r.push(w.slice(p.length));
    }
    return r.filter((x) => x.length >= 3);
  };
  for (const a of once(s)) {
    out.push(a);
    for (const b of once(a)) out.push(b);
  }
  return out;
}
