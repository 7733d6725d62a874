/**
 * Reads XLIFF 1.2 and 2.x back into two texts, beads and annotations.
 *
 * Units Selaras wrote (Metadata module group `selaras`) keep their bead shape, confidence,
 * status and annotations; their mismatch markers are not annotations (the comparison is
 * recomputed). Files from other tools give one bead per segment (per trans-unit in 1.2);
 * their notes and ITS Localization Quality Issues become annotations.
 */
import type { BilingualImportResult } from './types';
import type { Severity, Verdict } from '../project/types';
import { severityFromScore } from '../project/annotations';
import { elements, attr, child, type XmlElement } from './xml-read';
import { BilingualBuilder, neverThrow, parseLengths, readRoot, splitByLengths, xmlError } from './import-common';

interface Mark {
  start: number;
  end: number;
  attrs: Record<string, string>;
}

interface Inline {
  text: string;
  marks: Mark[];
}

/** XLIFF 2 inline content: text, `cp`, and the spans of `mrk`/`pc` and `sm`…`em`. */
function inline2(el: XmlElement | undefined): Inline {
  const out: Inline = { text: '', marks: [] };
  if (!el) return out;
  const open = new Map<string, { start: number; attrs: Record<string, string> }>();
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if ('text' in c) {
        out.text += c.text;
        continue;
      }
      switch (c.local) {
        case 'cp': {
          const cp = parseInt(attr(c, 'hex') ?? '', 16);
          if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) out.text += String.fromCodePoint(cp);
          break;
        }
        case 'mrk':
        case 'pc': {
          const start = out.text.length;
          walk(c);
          if (c.local === 'mrk') out.marks.push({ start, end: out.text.length, attrs: c.attrs });
          break;
        }
        case 'sm':
          open.set(attr(c, 'id') ?? '', { start: out.text.length, attrs: c.attrs });
          break;
        case 'em': {
          const o = open.get(attr(c, 'startRef') ?? '');
          if (o) out.marks.push({ start: o.start, end: out.text.length, attrs: o.attrs });
          break;
        }
        case 'ph':
        case 'sc':
        case 'ec':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(el);
  return out;
}

/** XLIFF 1.2 inline content: `g` and `mrk` hold text; `ph`, `bpt`, `ept`, `it`, `sub` hold native code. */
function inline12(el: XmlElement | undefined): Inline {
  const out: Inline = { text: '', marks: [] };
  if (!el) return out;
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if ('text' in c) out.text += c.text;
      else if (c.local === 'g' || c.local === 'mrk') {
        const start = out.text.length;
        walk(c);
        if (c.local === 'mrk') out.marks.push({ start, end: out.text.length, attrs: c.attrs });
      }
    }
  };
  walk(el);
  return out;
}

function itsAttr(attrs: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k === `its:${local}` || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** Selaras metadata of an element (`mda:metadata/mda:metaGroup[@category="selaras"]/mda:meta`). */
function selarasMeta(el: XmlElement): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const md of elements(el, 'metadata')) {
    for (const group of elements(md, 'metaGroup')) {
      if (attr(group, 'category') !== 'selaras') continue;
      for (const m of elements(group, 'meta')) {
        out.push([attr(m, 'type') ?? '', m.children.map((c) => ('text' in c ? c.text : '')).join('')]);
      }
    }
  }
  return out;
}

function metaValue(list: Array<[string, string]>, type: string): string | undefined {
  return list.find(([t]) => t === type)?.[1];
}

function units(container: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(container)) {
    if (c.local === 'unit' || c.local === 'trans-unit') out.push(c);
    else if (c.local === 'group' || c.local === 'body') out.push(...units(c));
  }
  return out;
}

function plainText(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : plainText(c))).join('');
}

/** Adds ITS quality issues of a foreign file as annotations on their spans. */
function addForeignIssues(b: BilingualBuilder, marks: Mark[], side: 0 | 1, base: number): void {
  for (const m of marks) {
    const type = itsAttr(m.attrs, 'locQualityIssueType');
    const comment = itsAttr(m.attrs, 'locQualityIssueComment');
    if (type === undefined && comment === undefined) continue;
    const sev = Number(itsAttr(m.attrs, 'locQualityIssueSeverity'));
    const severity: Severity = Number.isFinite(sev) ? severityFromScore(sev) : 'minor';
    const verdict: Verdict = itsAttr(m.attrs, 'locQualityIssueEnabled') === 'no' ? 'acceptable' : 'open';
    b.addForeign(comment ?? '', side, base + m.start, base + m.end, { category: type, severity, verdict });
  }
}

/** Parses XLIFF 1.2 or 2.x text. `name` is used in error parameters. Never throws. */
export function importXliff(xml: string, name = 'file.xlf'): BilingualImportResult {
  return neverThrow(name, () => importXliffUnsafe(xml, name));
}

function importXliffUnsafe(xml: string, name: string): BilingualImportResult {
  const read = readRoot(xml, name, 'xliff', 'an XLIFF');
  if (!read.ok) return read;
  const root = read.root;
  const version = attr(root, 'version') ?? '';
  if (/^2\./.test(version)) return importV2(root, name);
  if (/^1\.[0-2]$/.test(version)) return importV12(root, name);
  return xmlError('unsupported-version', name, `${name} uses XLIFF version ${version || '?'}, which Selaras does not read.`, { version });
}

function importV2(root: XmlElement, name: string): BilingualImportResult {
  const b = new BilingualBuilder();
  const srcLang = attr(root, 'srcLang') ?? '';
  const trgLang = attr(root, 'trgLang') ?? '';
  let fileMeta: Array<[string, string]> = [];
  for (const file of elements(root, 'file')) {
    const fm = selarasMeta(file);
    if (fm.length) fileMeta = fileMeta.length ? fileMeta : fm;
    for (const u of units(file)) {
      const um = selarasMeta(u);
      const segments = elements(u, 'segment');
      if (segments.length === 0) continue;
      const ours = um.length > 0;
      if (ours) {
        // One bead per unit: all segments' sources (targets) together.
        const src = segments.map((s) => inline2(child(s, 'source')));
        const trg = segments.map((s) => inline2(child(s, 'target')));
        const textA = src.map((x) => x.text).join('');
        const textB = trg.map((x) => x.text).join('');
        const hasTarget = segments.some((s) => child(s, 'target') !== undefined);
        const status = metaValue(um, 'status') ?? '';
        const starts = b.addBead(
          splitByLengths(textA, parseLengths(metaValue(um, 'split-a'))),
          hasTarget ? splitByLengths(textB, parseLengths(metaValue(um, 'split-b'))) : [],
          Number(metaValue(um, 'score') ?? 1),
          /\bconfirmed\b/.test(status),
          /\blocked\b/.test(status),
        );
        for (const [t, v] of um) if (t === 'annotation') b.addEncoded(v, starts);
        continue;
      }
      let first: [number, number] | null = null;
      let firstLen: [number, number] = [0, 0];
      for (const seg of segments) {
        const src = inline2(child(seg, 'source'));
        const tgtEl = child(seg, 'target');
        const trg = inline2(tgtEl);
        const state = attr(seg, 'state') ?? '';
        const starts = b.addBead(
          src.text ? [src.text] : [],
          tgtEl && trg.text ? [trg.text] : [],
          1,
          state === 'reviewed' || state === 'final',
        );
        if (!first) {
          first = starts;
          firstLen = [src.text.length, trg.text.length];
        }
        if (starts[0] >= 0) addForeignIssues(b, src.marks, 0, starts[0]);
        if (starts[1] >= 0) addForeignIssues(b, trg.marks, 1, starts[1]);
      }
      const notesEl = child(u, 'notes');
      if (notesEl && first) {
        const side: 0 | 1 = first[0] >= 0 ? 0 : 1;
        for (const n of elements(notesEl, 'note')) {
          const applies = attr(n, 'appliesTo');
          const s: 0 | 1 = applies === 'target' && first[1] >= 0 ? 1 : side;
          const prio = Number(attr(n, 'priority') ?? 5);
          b.addForeign(plainText(n), s, first[s], first[s] + firstLen[s], {
            category: attr(n, 'category'),
            severity: prio <= 2 ? 'critical' : prio <= 4 ? 'major' : 'minor',
          });
        }
      }
    }
  }
  for (const [t, v] of fileMeta) if (t === 'annotation') b.addEncoded(v, null);
  const nameA = metaValue(fileMeta, 'version-a') ?? `${name} (${srcLang || 'source'})`;
  const nameB = metaValue(fileMeta, 'version-b') ?? `${name} (${trgLang || 'target'})`;
  const mode = metaValue(fileMeta, 'mode') === 'comparable' ? 'comparable' : 'parallel';
  return b.finish('xliff-2', [nameA, nameB], [srcLang, trgLang], mode, name);
}

function importV12(root: XmlElement, name: string): BilingualImportResult {
  const b = new BilingualBuilder();
  let srcLang = '';
  let trgLang = '';
  let original = '';
  for (const file of elements(root, 'file')) {
    srcLang ||= attr(file, 'source-language') ?? '';
    trgLang ||= attr(file, 'target-language') ?? '';
    original ||= attr(file, 'original') ?? '';
    const body = child(file, 'body');
    if (!body) continue;
    for (const tu of units(body)) {
      const src = inline12(child(tu, 'source'));
      const tgtEl = child(tu, 'target');
      const trg = inline12(tgtEl);
      const state = tgtEl ? (attr(tgtEl, 'state') ?? '') : '';
      const confirmed = attr(tu, 'approved') === 'yes' || state === 'final' || state === 'signed-off';
      const starts = b.addBead(src.text ? [src.text] : [], tgtEl && trg.text ? [trg.text] : [], 1, confirmed);
      if (starts[0] >= 0) addForeignIssues(b, src.marks, 0, starts[0]);
      if (starts[1] >= 0) addForeignIssues(b, trg.marks, 1, starts[1]);
      for (const n of elements(tu, 'note')) {
        const annotates = attr(n, 'annotates');
        const side: 0 | 1 = annotates === 'target' && starts[1] >= 0 ? 1 : starts[0] >= 0 ? 0 : 1;
        const prio = Number(attr(n, 'priority') ?? 5);
        b.addForeign(plainText(n), side, starts[side], starts[side] + (side === 0 ? src.text.length : trg.text.length), {
          author: attr(n, 'from'),
          severity: prio <= 2 ? 'critical' : prio <= 4 ? 'major' : 'minor',
        });
      }
    }
  }
  const base = original || name;
  return b.finish('xliff-1.2', [`${base} (${srcLang || 'source'})`, `${base} (${trgLang || 'target'})`], [srcLang, trgLang], 'parallel', name);
}
