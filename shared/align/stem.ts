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
  const out: string[] = [];
  const seen = new Set<string>();
  findIdCandidate(w, (s) => {
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
    return false;
  });
  return out;
}

/**
 * Offers `accept` the candidate base forms of an Indonesian word in the order of
 * {@link idCandidates} (the word first; a form may be offered more than once) until it accepts
 * one, and returns that form (undefined: none was accepted). The forms past the first one it
 * accepts are never built.
 */
export function findIdCandidate(w: string, accept: (s: string) => boolean): string | undefined {
  if (accept(w)) return w;
  // The word and the word without each particle, each followed by its forms without a
  // derivational suffix: all at least 3 letters long.
  const stems: string[] = [w];
  for (let q = -1; q < PARTICLES.length; q++) {
    let b = w;
    if (q >= 0) {
      const p = PARTICLES[q];
      if (!(w.endsWith(p) && w.length - p.length >= 3)) continue;
      b = w.slice(0, -p.length);
      stems.push(b);
      if (accept(b)) return b;
    }
    for (const d of DERIV_SUFFIXES) {
      if (b.endsWith(d) && b.length - d.length >= 3) {
        const x = b.slice(0, -d.length);
        stems.push(x);
        if (accept(x)) return x;
      }
    }
  }
  // Then each of those without one prefix, and without two.
  for (const st of stems) {
    for (const a of stripOnce(st)) {
      if (accept(a)) return a;
      for (const c of stripOnce(a)) if (accept(c)) return c;
    }
  }
  return undefined;
}

const VOWELS = 'aeiou';
const PREFIXES = ['ber', 'ter', 'per', 'di', 'ke', 'se', 'be', 'te'];
const NO_FORMS: readonly string[] = [];

/** The forms of a word without one prefix (a nasal prefix's lost consonant restored), each of at least 3 letters. */
function stripOnce(w: string): readonly string[] {
  // Every prefix starts with one of b, d, k, m, p, s, t: other words have none to strip.
  const c0 = w.charCodeAt(0);
  if (c0 !== 0x62 && c0 !== 0x64 && c0 !== 0x6b && c0 !== 0x6d && c0 !== 0x70 && c0 !== 0x73 && c0 !== 0x74) return NO_FORMS;
  const r: string[] = [];
  if (w.startsWith('meng') || w.startsWith('peng')) {
    const rest = w.slice(4);
    if (rest.length >= 3) r.push(rest);
    if (rest.length > 0 && VOWELS.includes(rest[0]) && rest.length >= 2) r.push(`k${rest}`);
  } else if (w.startsWith('meny') || w.startsWith('peny')) {
    if (w.length >= 6) r.push(`s${w.slice(4)}`);
  } else if (w.startsWith('mem') || w.startsWith('pem')) {
    const rest = w.slice(3);
    if (rest.length >= 3) r.push(rest);
    if (rest.length > 0 && VOWELS.includes(rest[0]) && rest.length >= 2) r.push(`p${rest}`);
  } else if (w.startsWith('men') || w.startsWith('pen')) {
    const rest = w.slice(3);
    if (rest.length >= 3) r.push(rest);
    if (rest.length > 0 && VOWELS.includes(rest[0]) && rest.length >= 2) r.push(`t${rest}`);
  } else if (w.startsWith('me') || w.startsWith('pe')) {
    if (w.length >= 5) r.push(w.slice(2));
  }
  for (const p of PREFIXES) if (w.startsWith(p) && w.length - p.length >= 3) r.push(w.slice(p.length));
  return r;
}
