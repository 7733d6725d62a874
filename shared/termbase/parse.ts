/**
 * Reading a termbase file: TBX (ISO 30042, both the 2008 `termEntry`/`langSet`/`tig` and the
 * 2019 `conceptEntry`/`langSec`/`termSec` layouts) and two-column CSV or TSV (an optional header
 * row naming the two languages, e.g. `id,en`). Pure and never throws: bad input is a typed error.
 */
import { attr, elements, readXml, textContent, type XmlElement } from '../formats/xml-read';
import type { Term, TermEntry, Termbase, TermbaseError, TermbaseErrorCode, TermbaseResult } from './types';

/** Termbases larger than this are refused (a termbase is small; this guards memory). */
export const MAX_TERMBASE_CHARS = 20 * 1024 * 1024;
/** Longest term kept (longer cells are notes, not terms). */
const MAX_TERM = 200;

const MESSAGES: Record<TermbaseErrorCode, string> = {
  empty: '{{name}}: the termbase is empty',
  malformed: '{{name}}: not a valid TBX file ({{detail}})',
  unsafe: '{{name}}: the TBX file declares a DTD or entities, which are not read',
  'too-large': '{{name}}: the termbase is too large',
  'no-terms': '{{name}}: no term pairs found (a TBX entry needs terms in two languages; a CSV/TSV line needs two columns)',
};

function fail(code: TermbaseErrorCode, name: string, detail = ''): { ok: false; error: TermbaseError } {
  const params = { name, detail };
  const message = MESSAGES[code].replace('{{name}}', name).replace('{{detail}}', detail);
  return { ok: false, error: { code, messageKey: `termbase.errors.${code}`, params, message } };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function descendants(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.local === local) out.push(c);
    else descendants(c, local, out);
  }
  return out;
}

function parseTbx(text: string, name: string): TermbaseResult {
  const read = readXml(text, MAX_TERMBASE_CHARS);
  if (!read.ok) return fail(read.code === 'unsafe' ? 'unsafe' : read.code === 'too-large' ? 'too-large' : 'malformed', name, read.detail);
  const entries: TermEntry[] = [];
  const concepts = [...descendants(read.root, 'termEntry'), ...descendants(read.root, 'conceptEntry')];
  for (const concept of concepts) {
    const terms: Term[] = [];
    const sections = [...descendants(concept, 'langSet'), ...descendants(concept, 'langSec')];
    for (const sec of sections) {
      const lang = attr(sec, 'xml:lang') ?? attr(sec, 'lang') ?? null;
      for (const t of descendants(sec, 'term')) {
        const term = clean(textContent(t));
        if (term && term.length <= MAX_TERM) terms.push({ text: term, lang, column: terms.length });
      }
    }
    if (terms.length >= 2) entries.push({ terms });
  }
  if (!entries.length) return fail('no-terms', name);
  return { ok: true, termbase: { name, format: 'tbx', entries } };
}

/** Splits one CSV line (RFC 4180 quotes) or TSV line. */
function cells(line: string, sep: string): string[] {
  if (sep === '\t') return line.split('\t');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Splits CSV text into records, keeping newlines inside quotes. */
function records(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const LANG_TAG = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/i;

function parseTable(text: string, name: string, format: 'csv' | 'tsv'): TermbaseResult {
  const lines = records(text).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (!lines.length) return fail('empty', name);
  const sep = format === 'tsv' || (lines[0].includes('\t') && !lines[0].includes(',')) ? '\t' : lines[0].includes(';') && !lines[0].includes(',') ? ';' : ',';
  let langs: [string | null, string | null] = [null, null];
  const first = cells(lines[0], sep).map(clean);
  let body = lines;
  if (first.length >= 2 && LANG_TAG.test(first[0]) && LANG_TAG.test(first[1]) && first[0].length <= 8 && first[1].length <= 8) {
    langs = [first[0].toLowerCase(), first[1].toLowerCase()];
    body = lines.slice(1);
  } else if (first.length >= 2 && /^(source|target|term|a|b|indonesian|english|bahasa)/i.test(first[0]) && /^(source|target|term|a|b|indonesian|english|inggris)/i.test(first[1])) {
    body = lines.slice(1);
  }
  const entries: TermEntry[] = [];
  for (const line of body) {
    const row = cells(line, sep).map(clean);
    if (row.length < 2 || !row[0] || !row[1] || row[0].length > MAX_TERM || row[1].length > MAX_TERM) continue;
    entries.push({ terms: [{ text: row[0], lang: langs[0], column: 0 }, { text: row[1], lang: langs[1], column: 1 }] });
  }
  if (!entries.length) return fail('no-terms', name);
  return { ok: true, termbase: { name, format: sep === '\t' ? 'tsv' : 'csv', entries } };
}

/**
 * Reads a termbase from its text. The format is told by the file name (`.tbx`, `.csv`, `.tsv`,
 * `.txt`) or, failing that, by the content (a leading `<` is TBX). Never throws.
 */
export function parseTermbase(text: string, name = 'termbase'): TermbaseResult {
  try {
    if (typeof text !== 'string') return fail('empty', name);
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return fail('empty', name);
    if (body.length > MAX_TERMBASE_CHARS) return fail('too-large', name);
    const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
    if (ext === 'tbx' || ext === 'xml' || (!ext && body.trimStart().startsWith('<')) || (ext !== 'csv' && ext !== 'tsv' && body.trimStart().startsWith('<'))) {
      return parseTbx(body, name);
    }
    return parseTable(body, name, ext === 'tsv' ? 'tsv' : 'csv');
  } catch (err) {
    return fail('malformed', name, (err as Error)?.message ?? '');
  }
}

function primary(tag: string | null): string | null {
  return tag ? tag.toLowerCase().split(/[-_]/)[0] : null;
}

/**
 * The term pairs the aligner and the entity comparison take, for a pair of versions in
 * `langA` and `langB`: every term of A's language against every term of B's language in the
 * same entry (a CSV without a header: the first column is A's, the second B's). For two
 * versions in one language the pairs are the entry's synonyms in that language.
 */
export function glossaryPairs(tb: Termbase, langA: string, langB: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  const la = primary(langA);
  const lb = primary(langB);
  for (const entry of tb.entries) {
    const isA = (t: Term) => (t.lang === null ? t.column === 0 || la === lb : primary(t.lang) === la);
    const isB = (t: Term) => (t.lang === null ? t.column === 1 || la === lb : primary(t.lang) === lb);
    const termsA = entry.terms.filter(isA);
    const termsB = entry.terms.filter(isB);
    for (const a of termsA) {
      for (const b of termsB) {
        if (a === b || (la === lb && a.text === b.text)) continue;
        const key = `${a.text}\u0000${b.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([a.text, b.text]);
      }
    }
  }
  return out;
}
