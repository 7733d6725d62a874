import { ABBREVIATIONS, type AbbreviationKind } from './abbreviations';
import * as chars from './chars';
import { groupParagraphs, scanLines, type Line, type Paragraph } from './layout';
import { listMarkerEnd } from './list-markers';
import type { Lang, Sentence } from './types';
import { CONTINUATION_CAPITALS, HEADLINE_SMALL_WORDS, NON_FINAL_WORDS, ORDINAL_DOT_LANGS, OTHER_FUNCTION_WORDS, SENTENCE_OPENERS } from './words';
import { primaryLang } from './lang-tags';

// Local bindings: some loaders turn named imports into getters, a call per character in the hot loop.
const {
  ELLIPSIS,
  PERIOD,
  caseAt,
  isCloser,
  isContinuingPunct,
  isDash,
  isDigit,
  isLetterAt,
  isOpener,
  isSpace,
  isTerminal,
  isWideTerminal,
  isWordUnit,
} = chars;

/**
 * Splits `text` into sentences with offsets into `text` (end exclusive, `text.slice(start, end)`
 * equals the trimmed sentence text).
 *
 * Paragraphs are blank-line separated blocks; a paragraph end always ends a sentence. Inside a
 * paragraph a sentence ends at `. ? ! …` (with any closing quotes or brackets after them) when
 * whitespace and a plausible sentence start follow, taking abbreviations, initials, numbers,
 * ellipses and quoted attributions into account. A single line break ends a sentence when the
 * line is a list item or a list item follows, or when the line has no final punctuation and
 * looks complete (a headline, a byline); hard-wrapped paragraphs are read as running text.
 * Runs in one pass, linear in the length of the text.
 */
export function segment(text: string, lang: Lang, langTag?: string): Sentence[] {
  const lines = scanLines(text);
  const paragraphs = groupParagraphs(lines);
  const out: Sentence[] = [];
  const abbreviations = ABBREVIATIONS[lang];
  const ordinals = ordinalDotOf(langTag);
  for (let p = 0; p < paragraphs.length; p++) {
    segmentParagraph(text, lines, paragraphs[p], p, abbreviations, out, ordinals);
  }
  return out;
}

/**
 * For a language that writes ordinals with a full stop (`langTag` `de`: `am 4. Juni`, `der 3. Platz`),
 * the words that still open a sentence after a number and its full stop (its function words: `Er`,
 * `Die`); null for other languages, where `in 2004. The` ends a sentence.
 */
function ordinalDotOf(langTag: string | undefined): ReadonlySet<string> | null {
  const primary = primaryLang(langTag);
  return ORDINAL_DOT_LANGS.has(primary) ? OTHER_FUNCTION_WORDS[primary] ?? new Set<string>() : null;
}

type Abbreviations = ReadonlyMap<string, AbbreviationKind>;

/** What follows a possible sentence end. */
interface Next {
  /** `continuing`: a comma, colon, closing bracket… that cannot open a sentence. */
  kind: 'upper' | 'lower' | 'digit' | 'other' | 'continuing';
  /** The next word (letters only, at most 40). */
  word: string;
  /** The next word is itself an abbreviation or an initial (`M.Si.`, `K.`, `Ltd.`). */
  abbreviation: boolean;
  /** An opening quote or bracket comes first. */
  opened: boolean;
}

function segmentParagraph(
  text: string,
  lines: readonly Line[],
  para: Paragraph,
  paragraph: number,
  abbreviations: Abbreviations,
  out: Sentence[],
  ordinals: ReadonlySet<string> | null,
): void {
  const { firstLine, lastLine } = para;
  const wrapped = looksHardWrapped(text, lines, firstLine, lastLine);
  // The open sentence: its first offset (-1 when none) and whether it holds a letter or digit yet.
  let sentStart = -1;
  let hasWord = false;

  let nextMarker = listMarkerEnd(text, lines[firstLine]);
  for (let k = firstLine; k <= lastLine; k++) {
    const { contentStart: cs, contentEnd: ce } = lines[k];
    const marker = nextMarker;
    const isLast = k === lastLine;
    nextMarker = isLast ? -1 : listMarkerEnd(text, lines[k + 1]);
    if (sentStart < 0) sentStart = cs;
    let i = marker >= 0 ? marker : cs;
    let tokStart = i;
    let lineEndDecided = false;

    while (i < ce) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (hasWord && i > cs && thaiSpaceBreak(text, i, ce)) {
          push(out, text, sentStart, i, paragraph);
          sentStart = -1;
          hasWord = false;
        }
        tokStart = ++i;
        continue;
      }
      if (sentStart < 0) sentStart = i;
      if (!isTerminal(c)) {
        if (!hasWord && isWordUnit(c)) hasWord = true;
        i++;
        continue;
      }
      // A run of final punctuation and closing quotes/brackets: `.`, `?!`, `...`, `.”`, `?”)`.
      const termStart = i;
      let dots = 0;
      let strong = false;
      let ellipsis = false;
      let closed = false;
      let wide = false;
      let j = i;
      for (; j < ce; j++) {
        const t = text.charCodeAt(j);
        if (t === PERIOD) dots++;
        else if (t === ELLIPSIS) ellipsis = true;
        else if (isTerminal(t)) {
          strong = true;
          if (isWideTerminal(t)) wide = true;
        } else if (isCloser(t)) closed = true;
        else break;
      }
      i = j;
      // Chinese and Japanese end a sentence with `。！？` and no space after it; a quotation closed after
      // one goes on when a letter follows (`「…。」と述べた`, `“……。”他说`)
      if (j < ce && !isSpace(text.charCodeAt(j)) && (!wide || (closed && isWordUnit(text.charCodeAt(j))))) continue; // `10.000`, `U.S.-led`, `e.g.,`, a URL
      const atLineEnd = j === ce;
      if (atLineEnd && isLast) break; // the paragraph end closes the sentence below
      if (atLineEnd) lineEndDecided = true;
      if (atLineEnd && nextMarker >= 0) {
        push(out, text, sentStart, j, paragraph);
        sentStart = -1;
        hasWord = false;
        break;
      }
      let nextPos = j;
      if (atLineEnd) nextPos = lines[k + 1].contentStart;
      else while (isSpace(text.charCodeAt(nextPos))) nextPos++;
      const stop =
        hasWord &&
        endsSentence(text, {
          tokStart,
          termStart,
          strong,
          ellipsis: ellipsis || dots > 1,
          closed,
          next: readNext(text, nextPos, abbreviations),
          lineBreak: atLineEnd && !wrapped,
          abbreviations,
          ordinals,
        });
      if (stop) {
        push(out, text, sentStart, j, paragraph);
        sentStart = -1;
        hasWord = false;
      }
      tokStart = j;
    }

    if (isLast || (!lineEndDecided && sentStart >= 0 && breaksAtLineEnd(text, lines, k, marker, nextMarker, wrapped))) {
      push(out, text, sentStart, ce, paragraph);
      sentStart = -1;
      hasWord = false;
    }
  }
}

/** A Thai letter or mark (not a digit, nor the repetition mark `ๆ`, which follows its word after a space). */
function isThaiLetter(c: number): boolean {
  return c >= 0x0e01 && c <= 0x0e4f && c !== 0x0e46;
}

/**
 * Thai puts no full stop at the end of a sentence, but a space (*ตำรวจจับกุมผู้ต้องหา 15 คน รัฐบาลใช้งบ…*), and writes
 * the words inside a clause with none between them: a space at `i` with a Thai letter right before it and the next
 * character on the line a Thai letter ends a sentence. (A space beside digits or a word in Latin letters goes on:
 * *วันที่ 4 มิถุนายน*, *บริษัท PTT จำกัด*.) What this cuts too finely (a clause, a name's two parts) the aligner joins.
 */
function thaiSpaceBreak(text: string, i: number, lineEnd: number): boolean {
  if (!isThaiLetter(text.charCodeAt(i - 1))) return false;
  let j = i + 1;
  while (j < lineEnd && isSpace(text.charCodeAt(j))) j++;
  return j < lineEnd && isThaiLetter(text.charCodeAt(j));
}

/** Appends the sentence `text[start, end)` (already trimmed) unless it is empty. */
function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  if (start >= 0 && end > start) out.push({ text: text.slice(start, end), start, end, paragraph });
}

interface Candidate {
  /** Start of the word before the punctuation. */
  tokStart: number;
  /** Start of the punctuation run. */
  termStart: number;
  /** The run holds `?` or `!`. */
  strong: boolean;
  /** The run is an ellipsis (`...`, `…`). */
  ellipsis: boolean;
  /** A closing quote or bracket follows the punctuation (`No.”`, `etc.)`). */
  closed: boolean;
  next: Next;
  /** A line break (in a paragraph that is not hard-wrapped) follows the run. */
  lineBreak: boolean;
  abbreviations: Abbreviations;
  /** See `ordinalDotOf`. */
  ordinals: ReadonlySet<string> | null;
}

/** Decides whether the punctuation run of `cand` ends a sentence. */
function endsSentence(text: string, cand: Candidate): boolean {
  const { next, lineBreak } = cand;
  if (next.kind === 'continuing') return false;
  const plain = next.kind !== 'lower' || lineBreak;
  if (cand.strong) return plain;

  // The word before the punctuation, without opening quotes/brackets or closing ones before a period.
  let a = cand.tokStart;
  let b = cand.termStart;
  while (a < b && isOpener(text.charCodeAt(a))) a++;
  while (b > a && isCloser(text.charCodeAt(b - 1))) b--;

  if (cand.ellipsis) {
    // ` … ` standing alone marks an omission inside a quotation, not a sentence end.
    return a < b && plain;
  }
  // `am 4. Juni`, `der 3. Platz`: an ordinal's full stop, in a language that writes one, unless a function word follows (`… 7. Er kam`)
  if (cand.ordinals && !lineBreak && !cand.closed && /^\d{1,3}$/.test(text.slice(a, b)) && next.kind === 'upper' && !cand.ordinals.has(next.word.toLowerCase())) return false;
  // `mencapai 210 m. Stadion ini…`, `sejauh 5 m. Warga…`: a unit's letter after a number ends the sentence as
  // any word does (an initial stands before a name, never after a number)
  if (b - a === 1 && UNIT_LETTERS.has(text[a]) && a >= 2 && isSpace(text.charCodeAt(a - 1)) && isDigit(text.charCodeAt(a - 2))) return plain;
  const kind = b - a > 12 ? undefined : classify(text.slice(a, b), cand.abbreviations);
  // A title stands before a name or number, never before a closing quote: `replied: "No."`.
  if (kind === undefined || (kind === 'title' && cand.closed)) return plain;
  if (kind === 'title' || next.kind === 'lower' || next.abbreviation) return false;
  if (kind === 'ambiguous') {
    return next.kind === 'upper' && (next.opened || lineBreak || SENTENCE_OPENERS.has(next.word));
  }
  return next.kind === 'upper' && !CONTINUATION_CAPITALS.has(next.word);
}

/** Units written as one lower-case letter (metre, gram, litre, tonne, second, hour). */
const UNIT_LETTERS: ReadonlySet<string> = new Set(['m', 'g', 'l', 't', 's', 'h']);

/** The abbreviation kind of a word written before a period, or undefined for an ordinary word. */
function classify(word: string, abbreviations: Abbreviations): AbbreviationKind | undefined {
  if (word.length === 0) return undefined;
  const listed = abbreviations.get(word);
  if (listed) return listed;
  // `anti-U.S.`, `Kemenkeu/Rp.`: judge the part after the last hyphen or slash.
  for (let i = word.length - 1; i > 0; i--) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 47) return i < word.length - 1 ? classify(word.slice(i + 1), abbreviations) : undefined;
  }
  // A single letter is an initial (`J. K. Rowling`, `Plan B.`).
  if (word.length === 1 || (word.length === 2 && word.charCodeAt(0) >= 0xd800 && word.charCodeAt(0) < 0xdc00)) {
    return isLetterAt(word, 0) ? 'ambiguous' : undefined;
  }
  return isDottedAcronym(word) ? 'ambiguous' : undefined;
}

/** `U.S`, `S.E`, `a.s`: letter groups of one or two joined by periods; lower-case only with single letters. */
function isDottedAcronym(word: string): boolean {
  let groups = 0;
  let len = 0;
  let maxLen = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i === word.length || word.charCodeAt(i) === PERIOD) {
      if (len === 0 || len > 2) return false;
      groups++;
      maxLen = Math.max(maxLen, len);
      len = 0;
    } else if (isLetterAt(word, i)) {
      len++;
    } else {
      return false;
    }
  }
  return groups >= 2 && (maxLen === 1 || caseAt(word, 0) === 'upper');
}

/** Reads what starts at `pos`: its letter case and first word. */
function readNext(text: string, pos: number, abbreviations: Abbreviations): Next {
  let i = pos;
  const limit = Math.min(text.length, pos + 8);
  while (i < limit && isOpener(text.charCodeAt(i))) i++;
  const opened = i > pos;
  const c = text.charCodeAt(i);
  const result: Next = { kind: 'other', word: '', abbreviation: false, opened };
  if (i >= text.length) return result;
  if (!opened && isContinuingPunct(c)) {
    result.kind = 'continuing';
    return result;
  }
  if (isDigit(c)) {
    result.kind = 'digit';
    return result;
  }
  const kind = caseAt(text, i);
  result.kind = kind;
  if (kind === 'other') return result;
  const start = i;
  const end = Math.min(text.length, start + 40);
  while (i < end && isLetterAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00 ? 2 : 1;
  result.word = text.slice(start, i);
  if (text.charCodeAt(i) === PERIOD) {
    // `K.`, `Ltd.`, `M.Si.`: an initial, a listed abbreviation or a dotted one.
    result.abbreviation = i - start === 1 || abbreviations.has(result.word) || isLetterAt(text, i + 1);
  }
  return result;
}

/** Decides whether a line break after line `k` (which has no final punctuation) ends a sentence. */
function breaksAtLineEnd(
  text: string,
  lines: readonly Line[],
  k: number,
  marker: number,
  nextMarker: number,
  wrapped: boolean,
): boolean {
  if (nextMarker >= 0) return true;
  const { contentStart: cs, contentEnd: ce } = lines[k];
  const nextCase = firstLetterCase(text, lines[k + 1]);
  if (marker >= 0) return nextCase !== 'lower';
  const last = text.charCodeAt(ce - 1);
  if (last === 44 || last === 59 || last === 58 || isDash(last) || isOpener(last) || last === 38 || last === 47) {
    return false; // , ; : - ( & / leave the sentence open
  }
  if (wrapped) return false;
  if (looksLikeHeadline(text, cs, ce)) return true;
  if (NON_FINAL_WORDS.has(lastWord(text, cs, ce))) return false;
  return nextCase !== 'lower';
}

/** Letter case of the first letter or digit of a line, after opening quotes and brackets. */
function firstLetterCase(text: string, line: Line): 'upper' | 'lower' | 'other' {
  let i = line.contentStart;
  while (i < line.contentEnd && isOpener(text.charCodeAt(i))) i++;
  return i < line.contentEnd ? caseAt(text, i) : 'other';
}

/** The last word of a line, lower-cased (letters only). */
function lastWord(text: string, cs: number, ce: number): string {
  let b = ce;
  while (b > cs && !isLetterAt(text, b - 1)) {
    if (isSpace(text.charCodeAt(b - 1))) return '';
    b--;
  }
  let a = b;
  while (a > cs && b - a < 20 && isLetterAt(text, a - 1)) a--;
  return text.slice(a, b).toLowerCase();
}

/** A short line in title case (`Banjir Rendam Ratusan Rumah di Bekasi`, `By Laura Chen`). */
function looksLikeHeadline(text: string, cs: number, ce: number): boolean {
  if (ce - cs > 160) return false;
  let words = 0;
  let capitalised = 0;
  let i = cs;
  while (i < ce) {
    while (i < ce && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < ce && !isSpace(text.charCodeAt(i))) i++;
    let a = start;
    while (a < i && !isLetterAt(text, a) && !isDigit(text.charCodeAt(a))) a++;
    if (a >= i || !isLetterAt(text, a)) continue;
    if (HEADLINE_SMALL_WORDS.has(text.slice(a, i).toLowerCase()) && caseAt(text, a) === 'lower') continue;
    words++;
    if (caseAt(text, a) !== 'lower') capitalised++;
  }
  return words >= 2 && words <= 20 && capitalised >= words * 0.8;
}

/**
 * True when a paragraph looks hard-wrapped: three or more lines, and the lines that do not end
 * in final punctuation (nor are list items), except the last, are of similar length (30–120).
 */
function looksHardWrapped(text: string, lines: readonly Line[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  const lengths: number[] = [];
  let max = 0;
  for (let k = first; k < last; k++) {
    const { contentStart: cs, contentEnd: ce } = lines[k];
    let e = ce;
    while (e > cs && isCloser(text.charCodeAt(e - 1))) e--;
    if (e > cs && isTerminal(text.charCodeAt(e - 1))) continue;
    if (listMarkerEnd(text, lines[k]) >= 0) continue;
    const len = ce - cs;
    lengths.push(len);
    if (len > max) max = len;
  }
  if (lengths.length < 2 || max < 30 || max > 120) return false;
  for (const len of lengths) if (len < max / 2) return false;
  return true;
}
