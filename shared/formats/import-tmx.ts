/**
 * Reads a TMX file (1.1–1.4) into versions, beads and annotations. Every language of a
 * multilingual TMX becomes a version aligned with the source language (or, with `pair`, only
 * the two chosen ones). Units Selaras wrote keep their bead shape (`x-selaras-split-*`),
 * sentence order (`x-selaras-sentences-*`), confidence, status and annotations; units from
 * other tools give their sentences (a line-break code is a break), and their notes at every
 * level become annotations (header notes: on the document; `tu` notes: on the source text;
 * `tuv` notes: on that variant's text).
 */
import type { BilingualImportResult, BilingualStats, FormatNotice } from './types';
import { elements, attr, child, countWithin, textContent, type XmlElement } from './xml-read';
import { BREAK, VersionsBuilder, asFirstRead, attrsOf, parseAttrs, neverThrow, notesAddedSince, ownSentences, reconcileLooseNotes, reconcileNotes, parseFileOrigin, parseLengths, parseOrigin, readRoot, sentencesOf, tally, tallyAll, xmlError, type SideOrigin } from './import-common';
import { breakCodeOf, segmentsApart, spacingOf } from './spacing';
import { restoreCodeDetails } from './codes';
import type { BeadOrigin, } from '../align/types';
import type { FileOrigin } from '../project/types';
import { readInline, type Mark } from './import-inline';
import { decodeFields, SENTENCE_JOINER } from './model';
import { hiAttrs } from './origin';
import { primaryLang } from './lang-tags';
import { languageOfText } from '../text/lang';
import { holdsText } from '../text/chars';

export interface TmxImportOptions {
  /** Read only these two languages (source, target), matched case-insensitively; others are left out. */
  pair?: [string, string];
}

function props(el: XmlElement): Array<[string, string]> {
  return elements(el, 'prop').map((p) => [attr(p, 'type') ?? '', readInline(p, 'tmx', true).text]);
}

/** Props other tools wrote (Selaras's own `x-selaras-…` left out). */
function foreignProps(list: Array<[string, string]>): Array<[string, string]> {
  return list.filter(([t]) => !t.startsWith('x-selaras-'));
}

function propValue(list: Array<[string, string]>, type: string): string | undefined {
  return list.find(([t]) => t === type)?.[1];
}

function tuvLang(tuv: XmlElement): string {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '';
}

const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();

function indices(s: string | undefined): number[] | undefined {
  return s ? parseLengths(s) ?? undefined : undefined;
}

/** Parses TMX text. `name` is used in error parameters. Never throws. */
/** How many `<hi>` elements a segment holds (outside its codes' native data). */
function highlights(el: XmlElement): number {
  let n = 0;
  for (const c of elements(el)) {
    if (c.local === 'hi') n += 1 + highlights(c);
    else if (c.local !== 'bpt' && c.local !== 'ept' && c.local !== 'ph' && c.local !== 'it' && c.local !== 'ut') n += highlights(c);
  }
  return n;
}

/**
 * True when the `<hi>`s of a side of Selaras's own unit are not those its data's inline marks write (by the text they
 * mark and their attributes): another tool added, took out or changed one since.
 */
function hisChanged(raw: string, marks: readonly Mark[], sentences: string[] | null, encoded: readonly string[], side: 'a' | 'b'): boolean {
  const text = (sentences ?? []).join(SENTENCE_JOINER);
  const inFile = marks.map((m) => `${raw.slice(m.start, m.end).split(BREAK).join('').trim()}|${hiOwnAttrs(m.attrs)}`).sort();
  const inData: string[] = [];
  for (const e of encoded) {
    const f = decodeFields(e);
    const attrs = f && f.side === side && f.target === 'span' ? parseAttrs(f.attrs) : null;
    if (!f || !attrs || attrs['x-mark'] !== 'yes') continue;
    inData.push(`${text.slice(Number(f.start), Number(f.end)).trim()}|${hiAttrs(attrs)}`);
  }
  inData.sort();
  return inFile.length !== inData.length || inFile.some((x, k) => x !== inData[k]);
}

/** A `<hi>`'s own attributes as `hiAttrs` writes them. */
function hiOwnAttrs(attrs: Record<string, string>): string {
  return hiAttrs(hiMark(attrs));
}

/**
 * A TMX `<hi>` as an inline mark's attributes (isInlineMark): its `type` and `x`, kept to be written back
 * (see `hiAttrs` in origin.ts for how the other formats write it).
 */
function hiMark(attrs: Record<string, string>): Record<string, string> {
  return {
    'x-mark': 'yes',
    'x-hi': 'yes',
    ...(attrs.type !== undefined ? { 'x-hi-type': attrs.type } : {}),
    ...(attrs.x !== undefined ? { 'x-hi-x': attrs.x } : {}),
  };
}

export function importTmx(xml: string, name = 'file.tmx', options: TmxImportOptions = {}): BilingualImportResult {
  return neverThrow(name, () => importTmxUnsafe(xml, name, options));
}

function importTmxUnsafe(xml: string, name: string, options: TmxImportOptions): BilingualImportResult {
  const read = readRoot(xml, name, 'tmx', 'a TMX');
  if (!read.ok) return read;
  const root = read.root;
  const version = attr(root, 'version') ?? '';
  if (!/^1\.[1-4]/.test(version)) {
    const why = version ? `uses TMX version ${version}, which Selaras does not read` : 'has no version attribute on <tmx>';
    return xmlError('unsupported-version', name, `${name} ${why} (Selaras reads TMX 1.1 to 1.4).`, { version });
  }
  const body = child(root, 'body');
  if (!body) return xmlError('wrong-format', name, `${name} is not a TMX file.`, { detail: 'header/body' });
  // (a memory some tool wrote without its required <header> is read all the same: the languages come from its units)
  const header: XmlElement = child(root, 'header') ?? { name: 'header', local: 'header', attrs: {}, children: [] };
  const preserveAll = [root, body].some((e) => attr(e, 'xml:space') === 'preserve');
  const hp = props(header);
  const ours = hp.some(([t]) => t.startsWith('x-selaras-'));
  const tus = elements(body, 'tu');

  const stats: BilingualStats = { languages: [], units: tus.length, translated: 0, notes: { header: 0, file: 0, group: 0, unit: 0, variant: 0 }, codes: 0 };
  const useLang = (tag: string) => {
    if (tag && tag !== '*all*' && !stats.languages.some((l) => same(l, tag))) stats.languages.push(tag);
  };

  // Side 0 is the header's source language (or that of the first unit).
  let srcLang = attr(header, 'srclang') ?? '';
  useLang(srcLang);
  if (!srcLang || srcLang === '*all*') srcLang = tus.length ? tuvLang(elements(tus[0], 'tuv')[0] ?? tus[0]) : '';
  // A header language no variant uses (`en` for `en-US` variants): take the variant's spelling.
  const firstLangs = tus.slice(0, 20).flatMap((tu) => elements(tu, 'tuv').map(tuvLang));
  if (srcLang && !firstLangs.some((l) => same(l, srcLang))) {
    srcLang = firstLangs.find((l) => primaryLang(l) === primaryLang(srcLang)) ?? srcLang;
  }
  let wanted = options.pair;
  if (wanted) {
    // (the languages asked for, as the file spells them: `--pair FR-fr,de-de` reads `fr-FR` and `de-DE`)
    const declared = new Map<string, string>();
    for (const tu of tus) for (const tuv of elements(tu, 'tuv')) if (!declared.has(tuvLang(tuv).toLowerCase())) declared.set(tuvLang(tuv).toLowerCase(), tuvLang(tuv));
    // a language without its region names the one variant of it the file holds (`en` for `EN-us`)
    const find = (l: string): string | undefined => {
      const exact = declared.get(l.toLowerCase());
      if (exact !== undefined || l.includes('-')) return exact;
      const alike = [...declared.values()].filter((d) => primaryLang(d) === l.toLowerCase());
      return alike.length === 1 ? alike[0] : undefined;
    };
    const missing = wanted.find((l) => find(l) === undefined);
    if (missing !== undefined) {
      const languages = [...declared.values()].join(', ');
      return xmlError('no-language', name, `${name} has no text in ${missing} (it has: ${languages}).`, { lang: missing, languages });
    }
    wanted = [find(wanted[0])!, find(wanted[1])!];
    srcLang = wanted[0];
  }
  // A variant without a language (invalid, but some tools write it) in a file of two languages is the other one; in a
  // file of one language, the language its text is in (a second version of the source language when that is the
  // same or cannot be told). Said, with the tag it gets: an export writes it.
  const others = new Set(tus.flatMap((tu) => elements(tu, 'tuv').map((v) => tuvLang(v).toLowerCase())).filter((l) => l && !same(l, srcLang)));
  const nameless = tus.flatMap((tu) => elements(tu, 'tuv').filter((v) => !tuvLang(v)));
  const told = others.size === 0 && nameless.length ? languageOfText(nameless.slice(0, 200).map((v) => textContent(child(v, 'seg') ?? v)).join('\n')) : undefined;
  const unnamed =
    others.size === 1
      ? tus.flatMap((tu) => elements(tu, 'tuv').map(tuvLang)).find((l) => l && !same(l, srcLang))!
      : told && primaryLang(told) !== primaryLang(srcLang)
        ? told
        : `${srcLang}-x-b`;
  // (the sides variants without a language were read into, counted: said)
  const namelessSides = new Map<number, number>();
  const langA = ours ? propValue(hp, 'x-selaras-lang-a') : undefined;
  const langB = ours ? propValue(hp, 'x-selaras-lang-b') : undefined;
  const b = new VersionsBuilder(wanted ? [wanted[0], wanted[1]] : ours ? [langA || srcLang, langB || ''] : [srcLang]);

  const hForeign = foreignProps(hp);
  // What Selaras does not read is counted, to be said: a second variant of a language in a unit, user-defined entities.
  const dropped: Record<string, number> = {};
  const udes = elements(header, 'ude').length;
  if (udes) dropped['ude'] = udes;
  const origin: FileOrigin | null = ours
    ? parseFileOrigin(propValue(hp, 'x-selaras-file-origin'))
    : { format: 'tmx', attrs: attrsOf(header, []), ...(hForeign.length ? { props: hForeign } : {}) };

  // (in a file Selaras wrote, a note that mirrors one of its annotations is read from its data; one added since is read as a note)
  const noteText = (n: XmlElement) => readInline(n, 'tmx', true).text;
  const headerNotes = elements(header, 'note');
  stats.notes.header += headerNotes.length;
  const headerEncoded = hp.filter(([t]) => t === 'x-selaras-annotation').map(([, v]) => v);
  // (a header note edited since is its annotation's; a note on a further language, its data naming that language, is
  // in that language's variants and only mirrored here)
  const headerAdded = ours ? reconcileLooseNotes(headerNotes, noteText, headerEncoded, (e) => decodeFields(e)?.lang === undefined) : new Set(headerNotes);
  for (const n of headerNotes) if (headerAdded.has(n)) b.documentNote(noteText(n), { attrs: attrsOf(n, []) });

  // Which language tag of the file is side A's and which side B's (a tool that re-saved Selaras's own file may have
  // written `en` as `en-US`): side B's tag when the file has it; else the one tag of side B's language the file has,
  // if it has one only (`pt-BR` beside `pt-PT` is another version). A variant in another tag of side A's language is
  // side A's only where that tag never stands beside side A's own in a unit (`en-GB` beside `en-US` is a language of its own).
  // (`others`: the file's tags but side A's)
  const tagBOwn = ours ? langB || '' : '';
  const ofB = tagBOwn && !others.has(tagBOwn.toLowerCase()) && !same(tagBOwn, srcLang) ? [...others].filter((l) => primaryLang(l) === primaryLang(tagBOwn) && primaryLang(l) !== primaryLang(srcLang)) : [];
  const localeOfB = ofB.length === 1 ? ofB[0] : undefined;
  const besideA = new Set(
    tus.flatMap((tu) => {
      const ls = elements(tu, 'tuv').map(tuvLang);
      return ls.some((l) => same(l, srcLang)) ? ls.filter((l) => l && !same(l, srcLang)).map((l) => l.toLowerCase()) : [];
    }),
  );
  const tuids = new Set<string>();
  for (const tu of tus) {
    const tp = props(tu);
    const tuvs = elements(tu, 'tuv');
    const tuSrc = attr(tu, 'srclang') && attr(tu, 'srclang') !== '*all*' ? attr(tu, 'srclang')! : srcLang;
    const tuPreserve = preserveAll || attr(tu, 'xml:space') === 'preserve';
    // Variants in side order: side 0 is the file's source language, whatever a unit names as its own source
    // (`<tu srclang="de">` in an English–German memory keeps its English variant in side 0, its German in side 1).
    const bySide = new Map<number, { tuv: XmlElement; raw: string; preserve: boolean; marks: Mark[] }>();
    // the variant in side 0's language: its tag, else (`en-GB` under a header's `en`) the unit's own source in that
    // language, else the first variant in that language
    const tuvLangs = tuvs.map(tuvLang);
    const sameLanguage = (l: string) => primaryLang(l) === primaryLang(srcLang);
    // (`en-x-b` is the tag Selaras gives side B when it has side A's language: side B's even in units that hold only it,
    // in a file where it never stands beside side A's, as when no sentence of the two versions was linked)
    const sideALanguage = (l: string) => sameLanguage(l) && !besideA.has(l.toLowerCase()) && !(/-x-b$/i.test(l) && !same(l, srcLang));
    const columnA = tuvLangs.find((l) => same(l, srcLang)) ?? tuvLangs.find((l) => same(l, tuSrc) && sideALanguage(l)) ?? tuvLangs.find(sideALanguage);
    const sideOrigin: SideOrigin[] = [];
    let hasTarget = false;
    // (variants with an empty <seg>: a translation still to be made, written back empty)
    const emptyVariants: string[] = [];
    for (const tuv of tuvs) {
      const lang = tuvLang(tuv);
      useLang(lang);
      const seg = child(tuv, 'seg');
      // (a variant without its <seg> has no text: said, not read as an empty translation silently)
      if (!seg) tally(dropped, 'tuv without seg');
      const isSource = same(lang, tuSrc) || (!lang && bySide.size === 0);
      // (a variant without a language is side A's when the unit has none in that language, else the other language's)
      const isColumnA = (columnA !== undefined && same(lang, columnA)) || (!lang && columnA === undefined && !bySide.has(0));
      let side: number;
      if (wanted) {
        side = same(lang, wanted[0]) ? 0 : same(lang, wanted[1]) ? 1 : -1;
      } else if (ours) {
        // Side B is written with its tag (or `-x-b` when A has the same language); any other
        // language is a further version aligned with A.
        // (a tool that re-saved the file may have rewritten the tags as locales, `en` as `en-US`: a variant in side B's
        // language is side B's when the unit has none with its very tag)
        const tagB = langB || '';
        const isB = !tagB || same(lang, tagB) || same(lang, `${tagB}-x-b`) || (!!lang && same(lang, localeOfB ?? ''));
        side = isColumnA ? 0 : isB && !bySide.has(1) ? 1 : b.sideOf(lang);
      } else {
        side = isColumnA ? 0 : b.sideOf(lang || unnamed);
      }
      if (!lang && !ours && side >= 0) namelessSides.set(side, (namelessSides.get(side) ?? 0) + 1);
      const taken = side < 0 || bySide.has(side);
      if (side >= 0 && bySide.has(side)) tally(dropped, 'tuv');
      if (!taken) b.sinkOf(side).nextUnit();
      const codesFrom = taken ? 0 : b.sinkOf(side).codes.length;
      const inline = readInline(seg, 'tmx', tuPreserve || attr(tuv, 'xml:space') === 'preserve', taken ? undefined : b.sinkOf(side));
      // (in Selaras's own file, what its TMX codes could not say of the codes: ids, forms, attributes of an XLIFF file's)
      if (ours && !taken && side <= 1) restoreCodeDetails(b.sinkOf(side).codes, codesFrom, propValue(tp, side === 0 ? 'x-selaras-codes-a' : 'x-selaras-codes-b'));
      // <hi> (a term, a highlight) on sides A and B of another tool's file becomes an inline mark (`hiMark`), written
      // back as it was; on a further language's variant its text is kept, its markup not, and that is said. (In
      // Selaras's own file a <hi> is one of its annotations' marks, which its data gives back.)
      const his = !taken && seg && !ours && side > 1 ? highlights(seg) : 0;
      tally(dropped, 'hi', his);
      // (a code's sub-flow, the alt text of an image: its text rides in the code's native data, its figures unread)
      const subs = !taken ? countWithin(seg, 'sub') : 0;
      tally(dropped, 'sub', subs);
      if (!taken) tallyAll(dropped, inline.unread);
      stats.codes += inline.codes;
      stats.notes.variant += elements(tuv, 'note').length;
      const plain = inline.text.split(BREAK).join('');
      if (!isSource && holdsText(plain)) hasTarget = true;
      if (taken) continue;
      if (seg && lang && plain.trim() === '') emptyVariants.push(lang);
      bySide.set(side, { tuv, raw: inline.text, preserve: inline.preserve, marks: side <= 1 ? inline.marks : [] });
      // A variant's own attributes and props; in Selaras's files sides A and B carry theirs in the unit's origin.
      if (!ours || side > 1) {
        const vp = foreignProps(props(tuv));
        // (a variant read into a side of another tag of its language, `en-GB` or `en` under a header's `en-US`, keeps its
        // own tag, written back on it)
        const ownTag: Record<string, string> = lang && !same(lang, b.tagOf(side)) && primaryLang(lang) === primaryLang(b.tagOf(side)) ? { 'xml:lang': lang } : {};
        sideOrigin[side] = { attrs: { ...attrsOf(tuv, ['xml:lang', 'lang']), ...ownTag }, ...(vp.length ? { props: vp } : {}) };
      }
    }
    if (hasTarget) stats.translated++;
    stats.notes.unit += elements(tu, 'note').length;
    if (bySide.size === 0) continue;

    const texts: Array<string[] | null> = [];
    // (where each offset of a variant's segment falls in its sentences: for its marks)
    const maps: Array<(i: number) => number> = [];
    const ownOrigin = ours ? parseOrigin(propValue(tp, 'x-selaras-origin')) : null;
    // (a variant of side A or B a TM tool stamped since, a new changedate, changeid or prop: the file's are its own now;
    // they went back to those Selaras wrote, with nothing said)
    if (ownOrigin?.format === 'tmx') for (const side of [0, 1] as const) restampedSide(ownOrigin, side, bySide.get(side)?.tuv);
    for (let side = 0; side < b.sideCount; side++) {
      const v = bySide.get(side);
      if (!v) {
        texts[side] = null;
        continue;
      }
      if (ours) {
        const split = parseLengths(side === 0 ? propValue(tp, 'x-selaras-split-a') : side === 1 ? propValue(tp, 'x-selaras-split-b') : propValue(props(v.tuv), 'x-selaras-split'));
        // A segment written back with its file's spacing reads as the sentences it gave then.
        const raw = side < 2 ? asFirstRead(v.raw, ownOrigin, side === 0 ? 'A' : 'B', split) : v.raw;
        // Own units are cut by the recorded lengths; a break code read as a break does not count.
        texts[side] = raw.split(BREAK).join('').trim() === '' ? null : ownSentences(raw, split);
      } else {
        const read = sentencesOf(v.raw, v.preserve);
        const s = read.sentences;
        maps[side] = read.map;
        texts[side] = s.length ? s : null;
        // Spacing the sentences do not keep (runs of spaces, line breaks, a space at either end) is kept to be written back.
        const written = s.length ? spacingOf(v.raw, v.preserve, breakCodeOf(b.sinkOf(side).codes)) : undefined;
        if (written !== undefined) sideOrigin[side] = { ...sideOrigin[side], written, ...(v.preserve ? { preserve: true } : {}) };
      }
    }
    if (texts.every((t) => !t)) {
      // (a unit with no text in any language becomes no row: said)
      if (!ours) tally(dropped, 'tu');
      continue;
    }
    const status = propValue(tp, 'x-selaras-status') ?? '';
    const scoreText = propValue(tp, 'x-selaras-score');
    let unitOrigin: BeadOrigin | null;
    if (ours) unitOrigin = ownOrigin;
    else {
      const tuid = attr(tu, 'tuid');
      const attrs = attrsOf(tu, ['tuid']);
      const seenBefore = tuid !== undefined && tuid !== '' && tuids.has(tuid);
      if (tuid) tuids.add(tuid);
      const fp = foreignProps(tp);
      // (a unit without a variant in one of the languages keeps an origin too: a sentence the file gave with no target is
      // untranslated, where a one-sided row the aligner makes later is a sentence dropped)
      unitOrigin =
        texts.some((t) => t === null) ||
        tuid !== undefined ||
        Object.keys(attrs).length ||
        fp.length ||
        emptyVariants.length ||
        sideOrigin.some((x) => x && (Object.keys(x.attrs ?? {}).length || x.props?.length || x.written !== undefined))
          ? {
              unit: tuid ?? '',
              format: 'tmx',
              ...(seenBefore ? { repeatsId: true } : {}),
              ...(Object.keys(attrs).length ? { attrs } : {}),
              ...(fp.length ? { props: fp } : {}),
              ...(emptyVariants.length ? { emptyVariants } : {}),
            }
          : null;
    }
    const unit = b.addUnit(texts, {
      ...(unitOrigin ? { origin: unitOrigin } : {}),
      ...(sideOrigin.length ? { sideOrigin } : {}),
      score: scoreText === undefined ? 1 : Number(scoreText),
      confirmed: /\bconfirmed\b/.test(status),
      locked: /\blocked\b/.test(status),
      ...(ours
        ? {
            at: [indices(propValue(tp, 'x-selaras-sentences-a')), indices(propValue(tp, 'x-selaras-sentences-b'))],
            para: [indices(propValue(tp, 'x-selaras-para-a')), indices(propValue(tp, 'x-selaras-para-b'))],
          }
        : {}),
    });
    const written = tp.filter(([t]) => t === 'x-selaras-annotation').map(([, v]) => v);
    for (const [side, v] of bySide) {
      const map = maps[side];
      if (!ours && map && b.has(unit, side)) {
        for (const m of v.marks) {
          if (m.end > m.start) b.spanNote(unit, side, map(m.start), map(m.end), '', { attrs: hiMark(m.attrs) });
          // (an empty <hi> marks no text: not kept, and said)
          else tally(dropped, 'hi');
        }
      }
      // (Selaras's own file gives its marks back from its data; a <hi> another tool added or took out since is not
      // read, and that is said)
      // (a unit of several segments written each with its own spacing, or with the whitespace the file had between them,
      // carries its marks in the data only: `segXml`)
      const hisWritten = side > 1 || !segmentsApart(ownOrigin ?? undefined, side as 0 | 1, texts[side]?.length ?? 0);
      if (ours && side <= 1 && hisWritten && hisChanged(v.raw, v.marks, texts[side], written, side === 0 ? 'a' : 'b')) tally(dropped, 'hi', Math.max(1, v.marks.length));
    }
    const ownNotes = [...elements(tu, 'note'), ...[...bySide].filter(([side]) => side <= 1).flatMap(([, v]) => elements(v.tuv, 'note'))];
    // (a note a reviewer edited since takes its annotation's place, on its figure)
    const reconciled = ours ? reconcileNotes(ownNotes, noteText, written) : { added: ownNotes, encoded: written };
    const encoded = reconciled.encoded;
    for (const e of encoded) b.addEncoded(e, unit);
    // Notes of other tools (and, in a file Selaras wrote, notes added since): a unit note is about the source text,
    // a variant note about its own.
    // (Selaras writes the notes of a unit's annotations in the unit and in sides A's and B's variants, those of a
    // further language's, which its data keeps in the header, in that language's variant)
    const added = (notes: XmlElement[], pool: string[]) => (ours ? notesAddedSince(notes, noteText, pool) : notes);
    const whole = (side: number) => (texts[side] ?? []).reduce((n, s, k) => n + s.length + (k ? 1 : 0), 0);
    const first = b.has(unit, 0) ? 0 : [...bySide.keys()].find((s) => b.has(unit, s)) ?? 0;
    const notes = [...reconciled.added, ...added([...bySide].filter(([side]) => side > 1).flatMap(([, v]) => elements(v.tuv, 'note')), headerEncoded)];
    for (const n of elements(tu, 'note')) if (notes.includes(n)) b.spanNote(unit, first, 0, whole(first), noteText(n), { attrs: attrsOf(n, []) });
    for (const [side, v] of bySide) {
      // (a note of side A's variant says so, to go back into that variant: a unit's note lands on side A's text too)
      const on = b.has(unit, side) ? side : first;
      for (const n of elements(v.tuv, 'note'))
        if (notes.includes(n)) b.spanNote(unit, on, 0, whole(on), noteText(n), { attrs: attrsOf(n, []), ...(side === 0 ? { variant: true as const } : {}) });
    }
  }
  for (const e of headerEncoded) b.addEncoded(e, null);
  const mode = propValue(hp, 'x-selaras-mode') === 'comparable' ? 'comparable' : 'parallel';
  const names: string[] = [];
  if (ours) {
    const na = propValue(hp, 'x-selaras-version-a');
    const nb = propValue(hp, 'x-selaras-version-b');
    if (na) names[0] = na;
    if (nb) names[1] = nb;
  }
  // (a prop is kept as its type and text: its other attributes, `xml:lang`, `o-encoding`, are not, and that is said)
  if (!ours) {
    for (const el of [header, ...tus, ...tus.flatMap((tu) => elements(tu, 'tuv'))]) {
      for (const pr of elements(el, 'prop')) for (const n of Object.keys(pr.attrs)) if (n !== 'type') tally(dropped, `prop ${n}`);
    }
  }
  const notices: FormatNotice[] = [...namelessSides].map(([side, count]) => ({ key: 'formats2.langAssumed', params: { name, count, lang: b.tagOf(side) } }));
  const done = b.finish('tmx', names, mode, name, { stats, formatVersion: version });
  return done.ok ? { ...done, ...(origin ? { origin } : {}), ...(Object.keys(dropped).length ? { dropped } : {}), ...(notices.length ? { notices } : {}) } : done;
}

/**
 * Side `side`'s attributes and props as the variant has them now, into the origin of Selaras's own unit, where they differ
 * from those it kept (a TM tool stamped the variant since); the variant tag the origin kept stays.
 */
function restampedSide(origin: BeadOrigin, side: 0 | 1, tuv: XmlElement | undefined): void {
  if (!tuv) return;
  const key = side === 0 ? 'A' : 'B';
  const keptAttrs = origin[`attrs${key}`] ?? {};
  const attrs: Record<string, string> = { ...attrsOf(tuv, ['xml:lang', 'lang']), ...(keptAttrs['xml:lang'] !== undefined ? { 'xml:lang': keptAttrs['xml:lang'] } : {}) };
  const now = foreignProps(props(tuv));
  if (JSON.stringify(attrs) !== JSON.stringify(keptAttrs)) {
    if (Object.keys(attrs).length) origin[`attrs${key}`] = attrs;
    else delete origin[`attrs${key}`];
  }
  if (JSON.stringify(now) !== JSON.stringify(origin[`props${key}`] ?? [])) {
    if (now.length) origin[`props${key}`] = now;
    else delete origin[`props${key}`];
  }
}
