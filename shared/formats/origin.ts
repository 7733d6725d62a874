/**
 * What an imported translator's file said about itself (ids, attributes, props: `BeadOrigin`,
 * `FileOrigin`), given back on export: ids are kept where unique and valid, every other row gets
 * a fresh id that collides with none of them; attributes are written back only where the
 * format's schema allows them (the rest travels in Selaras's own data).
 */
import type { BeadOrigin } from '../align/types';
import type { Annotation, FileOrigin, Severity } from '../project/types';
import type { ExportFormat } from '../limits';
import { jsonForXml, xmlAttr } from './xml';

/** The XML namespaces of XLIFF 2 and its modules that Selaras writes, and of XLIFF 1.2. */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const ITS_NS = 'http://www.w3.org/2005/11/its';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
/** The prefixes the XLIFF 2 writer declares on its root, with their namespaces. */
export const XLIFF2_PREFIXES: Readonly<Record<string, string>> = { its: ITS_NS, mda: MDA_NS };

/**
 * One id per row: the preferred (imported) id when it is valid and not already taken (the first
 * row holding it keeps it, e.g. after a merge or split), else a fresh `fallback(k)`-based id
 * that collides with no kept id and no `reserved` one.
 */
export function keepIds(preferred: Array<string | undefined>, fallback: (k: number) => string, valid: (id: string) => boolean, reserved: Iterable<string> = []): string[] {
  const taken = new Set<string>(reserved);
  const kept: Array<string | null> = preferred.map((p) => {
    if (!p || !valid(p) || taken.has(p)) return null;
    taken.add(p);
    return p;
  });
  return kept.map((id, k) => {
    if (id !== null) return id;
    const base = fallback(k);
    let fresh = base;
    let n = 2;
    while (taken.has(fresh)) fresh = `${base}-${n++}`;
    taken.add(fresh);
    return fresh;
  });
}

/** TMX 1.4b attributes of `<header>`, `<tu>` and `<tuv>` (the DTD's lists). */
const TMX_COMMON = ['o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'changeid', 'o-tmf'];
export const TMX_HEADER_ATTRS = ['segtype', 'o-tmf', 'adminlang', 'datatype', 'o-encoding', 'creationdate', 'creationid', 'changedate', 'changeid'];
export const TMX_TU_ATTRS = [...TMX_COMMON, 'segtype'];
export const TMX_TUV_ATTRS = TMX_COMMON;

/** XLIFF 2.1 core attributes other than ids. */
export const XLIFF2_FILE_ATTRS = ['original', 'canResegment', 'translate', 'srcDir', 'trgDir'];
export const XLIFF2_GROUP_ATTRS = ['name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'];
export const XLIFF2_UNIT_ATTRS = ['name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'];
export const XLIFF2_STATES = ['initial', 'translated', 'reviewed', 'final'];

/** XLIFF 1.2 (strict) attributes other than ids. */
export const XLIFF12_FILE_ATTRS = ['original', 'datatype', 'product-name', 'product-version', 'build-num', 'category', 'date'];
// (not `phase-name`: it must name a `<phase>` of the header's `<phase-group>`, which Selaras does not write)
const XLIFF12_UNIT_COMMON = ['resname', 'restype', 'datatype', 'translate', 'reformat', 'maxwidth', 'minwidth', 'maxheight', 'minheight', 'maxbytes', 'minbytes', 'size-unit', 'charclass', 'extradata', 'help-id', 'menu', 'menu-option', 'menu-name', 'coord', 'font', 'css-style', 'style', 'exstyle', 'extype'];
export const XLIFF12_UNIT_ATTRS = XLIFF12_UNIT_COMMON;

/** Unit attributes that XLIFF 1.2 and XLIFF 2 both have, under the 1.2 name and the 2.x name (the values alike). */
const UNIT_ATTRS_12_AS_2: Record<string, string> = { resname: 'name', translate: 'translate' };
/** The 1.2 unit attributes that XLIFF 2 writes (`resname` as `name`, `translate`). */
export const XLIFF12_UNIT_ATTRS_IN_2 = Object.keys(UNIT_ATTRS_12_AS_2);
/** The XLIFF 2 unit attributes that 1.2 writes. */
export const XLIFF2_UNIT_ATTRS_IN_12 = Object.values(UNIT_ATTRS_12_AS_2);

/** A unit's attributes from one XLIFF version as the other writes them (those both have; the others left out). */
export function unitAttrsAcross(attrs: Record<string, string> | undefined, to: 'xliff-2' | 'xliff-1.2'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [v12, v2] of Object.entries(UNIT_ATTRS_12_AS_2)) {
    const [from, into] = to === 'xliff-2' ? [v12, v2] : [v2, v12];
    if (attrs?.[from] !== undefined) out[into] = attrs[from];
  }
  return out;
}
export const XLIFF12_GROUP_ATTRS = XLIFF12_UNIT_COMMON;
export const XLIFF12_STATES = ['final', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n', 'needs-review-translation', 'needs-translation', 'new', 'signed-off', 'translated'];

/** An XLIFF 1.2 target state as XLIFF 2 says it (a tool's own `x-…` state: none). */
export function xliff2StateOf12(state: string): string | undefined {
  if (state === 'new' || state === 'needs-translation') return 'initial';
  if (state === 'signed-off') return 'reviewed';
  if (state === 'final') return 'final';
  return state.startsWith('x-') ? undefined : 'translated';
}

/** XLIFF 1.2 target states from the least advanced. */
const XLIFF12_ADVANCE = ['new', 'needs-translation', 'needs-adaptation', 'needs-l10n', 'needs-review-translation', 'needs-review-adaptation', 'needs-review-l10n', 'translated', 'signed-off', 'final'];

/**
 * The one target state of an XLIFF 1.2 unit whose segments each had one (a Trados unit's confirmation levels): the
 * least advanced of them (a tool's own `x-…` state, where one is, as it is); undefined where none had any.
 */
export function unitState12(states: readonly string[] | undefined): string | undefined {
  const said = (states ?? []).filter((x) => x !== '');
  if (!said.length) return undefined;
  const own = said.find((x) => !XLIFF12_ADVANCE.includes(x));
  if (own !== undefined) return own;
  return said.reduce((least, x) => (XLIFF12_ADVANCE.indexOf(x) < XLIFF12_ADVANCE.indexOf(least) ? x : least));
}

/** True for a state XLIFF 1.2 (strict) takes: one of its list, or a tool's own (`x-mt`). */
export function isXliff12State(state: string | undefined): state is string {
  return state !== undefined && (XLIFF12_STATES.includes(state) || /^x-\S+$/.test(state));
}

/** ` name="value"` for each allowed attribute present (in the allowed list's order). */
export function attrsXml(attrs: Record<string, string> | undefined, allowed: readonly string[], skip: readonly string[] = []): string {
  if (!attrs) return '';
  let out = '';
  for (const k of allowed) if (!skip.includes(k) && attrs[k] !== undefined) out += ` ${k}="${xmlAttr(attrs[k])}"`;
  return out;
}

/**
 * The namespaces (prefix → URI) that `elements` (a file's root and its `<file>`s) declare for other tools' own
 * attributes; none for XML's own or the format's (`core`). Undefined when there is none.
 */
export function declaredNamespaces(elements: ReadonlyArray<{ attrs: Record<string, string> }>, core: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const el of elements) {
    for (const [k, v] of Object.entries(el.attrs)) {
      const prefix = k.startsWith('xmlns:') ? k.slice(6) : '';
      if (prefix && prefix !== 'xml' && v !== core && v !== '' && !(prefix in out)) out[prefix] = v;
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** Of a file's namespaces, those a writer that declares `taken` itself can declare too (a taken prefix only for its own URI). */
export function usableNamespaces(namespaces: Record<string, string> | undefined, taken: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(namespaces ?? {}).filter(([p, uri]) => !(p in taken) || taken[p] === uri));
}

/**
 * The namespaces whose attributes (another tool's own) an export to `format` writes back: those of the XLIFF file
 * the project was read from, into an export of the same XLIFF version; none otherwise.
 */
export function writtenNamespaces(fo: FileOrigin | undefined, format: ExportFormat): Record<string, string> {
  if (format === 'xliff12') return fo?.format === 'xliff-1.2' ? usableNamespaces(fo.namespaces) : {};
  if (format === 'xliff') return fo?.format === 'xliff-2' ? usableNamespaces(fo.namespaces, XLIFF2_PREFIXES) : {};
  return {};
}

/** The declarations of a file's namespaces on a written root, those the writer declares itself (`taken`) left out. */
export function namespaceDeclsXml(namespaces: Record<string, string>, taken: Readonly<Record<string, string>> = {}): string {
  return Object.entries(namespaces)
    .filter(([p]) => !(p in taken))
    .map(([p, uri]) => ` xmlns:${p}="${xmlAttr(uri)}"`)
    .join('');
}

/** True when `name` is another tool's own attribute under one of `namespaces` (`mq:status`). */
export function inNamespaces(name: string, namespaces: Record<string, string>): boolean {
  const colon = name.indexOf(':');
  return colon > 0 && name.slice(0, colon) in namespaces;
}

/** memoQ statuses a person set by confirming the segment (`mq:status`). */
export const MEMOQ_CONFIRMED: ReadonlySet<string> = new Set(['ManuallyConfirmed', 'Confirmed', 'Reviewer1Confirmed', 'Reviewer2Confirmed', 'ProofRead']);

/**
 * A unit's memoQ status (`mq:status`, under whatever prefix the file gave memoQ's namespace) made to say what its
 * confirmation in Selaras says: a row confirmed here is `ManuallyConfirmed` unless memoQ already had it confirmed
 * at some level; a confirmed one left unconfirmed here is `PartiallyEdited`. Other attributes as they were.
 */
export function withMemoqStatus(attrs: Record<string, string> | undefined, confirmed: boolean): Record<string, string> | undefined {
  const key = Object.keys(attrs ?? {}).find((k) => /^[^:]+:status$/.test(k) && MEMOQ_STATUSES.test(attrs![k]));
  if (!attrs || !key) return attrs;
  const was = MEMOQ_CONFIRMED.has(attrs[key]);
  if (was === confirmed) return attrs;
  return { ...attrs, [key]: confirmed ? 'ManuallyConfirmed' : 'PartiallyEdited' };
}
/** The values memoQ writes in `mq:status` (told from another tool's `status` attribute). */
const MEMOQ_STATUSES = /^(?:NotStarted|Editing|PartiallyEdited|ManuallyConfirmed|Confirmed|Reviewer1Confirmed|Reviewer2Confirmed|ProofRead|Rejected|MachineTranslated|Pretranslated|PreTranslated|AssembledFromFragments)$/;

/** Another tool's own attributes (`mq:status`) under one of `namespaces`, as XML attributes. */
export function namespacedAttrsXml(attrs: Record<string, string> | undefined, namespaces: Record<string, string>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs ?? {})) if (inNamespaces(k, namespaces)) out += ` ${k}="${xmlAttr(v)}"`;
  return out;
}

/** The names of attributes the format cannot carry natively (for the export's warning). */
export function unwritable(attrs: Record<string, string> | undefined, allowed: readonly string[], ids: readonly string[]): string[] {
  return Object.keys(attrs ?? {}).filter((k) => !allowed.includes(k) && !ids.includes(k));
}

/** True when the bead came from a file of this format (its attributes are written natively). */
export function fromFormat(origin: BeadOrigin | undefined, format: BeadOrigin['format']): boolean {
  return origin?.format === format;
}

/** The origin as Selaras writes it into its own data (`x-selaras-origin`): JSON, or '' when there is none. */
export function originJson(origin: object | undefined): string {
  if (!origin) return '';
  // Fields in one order, however the origin was built, so that a re-read file writes the same bytes.
  const o = origin as Record<string, unknown>;
  const sorted = Object.fromEntries(Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
  return jsonForXml(sorted);
}

/** The severity a note priority (1 = highest … 10) is read as. */
export function severityOfPriority(p: number): Severity {
  return p <= 2 ? 'critical' : p <= 4 ? 'major' : 'minor';
}

/**
 * A note's `category` and `priority` as written back: the other tool's own (a category that is
 * no ITS issue type, `priority="2"`) unless the user changed them in Selaras.
 */
export function noteCategoryPriority(a: Annotation, fallbackPriority: number): { category: string; priority: number } {
  const own = a.noteAttrs ?? {};
  const p = Number(own.priority);
  const priority = Number.isInteger(p) && p >= 1 && p <= 10 && severityOfPriority(p) === a.severity ? p : fallbackPriority;
  const category = a.category === 'other' && own.category ? own.category : a.category;
  return { category, priority };
}

/**
 * True for a note another tool wrote without a priority, read as minor, whose severity nobody changed:
 * it goes back without one.
 */
export function withoutPriority(a: Annotation): boolean {
  return !!a.noteAttrs && a.noteAttrs.priority === undefined && a.severity === 'minor';
}

/**
 * True for a note another tool wrote on a whole unit (no `appliesTo`, no `annotates`, not on a TMX
 * variant): read onto side A's text, it goes back as the file had it, without saying a side.
 */
export function aboutWholeUnit(a: Annotation): boolean {
  return !!a.noteAttrs && a.noteAttrs.appliesTo === undefined && a.noteAttrs.annotates === undefined && !a.variant;
}

/**
 * The side a note of another tool is written on: `side`, where the note sits, except for a note its file said
 * is about the target (XLIFF 2 `appliesTo`, 1.2 `annotates`), read onto the source because the unit had no
 * target text yet: it goes back about the target.
 */
export function noteSide<S extends string>(a: Annotation, side: S): S | 'target' {
  const own = a.noteAttrs?.appliesTo ?? a.noteAttrs?.annotates;
  return own === 'target' ? 'target' : side;
}

/** The ids of a list of notes: each note's own id where unique, else `prefix` (or the prefix for that note) + number. */
export function noteIds(notes: readonly Annotation[], prefix: string | ((a: Annotation) => string), reserved: Iterable<string> = []): string[] {
  return keepIds(notes.map((a) => a.noteAttrs?.id), (k) => `${typeof prefix === 'string' ? prefix : prefix(notes[k])}${k + 1}`, (id) => /^[\p{L}_][\p{L}\p{N}._-]*$/u.test(id) || /^[\p{N}][\p{L}\p{N}._-]*$/u.test(id), reserved);
}

/** ` xml:lang="…"` when the other tool's note had one. */
export function noteLang(a: Annotation): string {
  const l = a.noteAttrs?.['xml:lang'];
  return l ? ` xml:lang="${xmlAttr(l)}"` : '';
}

/**
 * What a TMX `<hi>` marks, by its `type` (free text in TMX): a protected span (`x-protected`, as Selaras writes
 * one), a term (`x-term`, `term`), or nothing the other formats name.
 */
export function hiKind(attrs: Record<string, string>): 'protected' | 'term' | undefined {
  const type = attrs['x-hi-type'] ?? '';
  return /protect/i.test(type) ? 'protected' : /term/i.test(type) ? 'term' : undefined;
}

/**
 * The XLIFF 1.2 `mtype` of another tool's inline mark (its annotation's attributes): a protected span (XLIFF 2
 * `translate="no"`), a term (`type="term"`), the `mtype` an XLIFF 1.2 file gave, a TMX `<hi>` (`x-tmx-hi` when
 * it is neither); undefined for a mark XLIFF 1.2 has no form for.
 */
export function xliff12MarkType(attrs: Record<string, string> | undefined): string | undefined {
  const own = attrs ?? {};
  if (own['x-hi'] === 'yes') return hiKind(own) ?? 'x-tmx-hi';
  return own.mtype ?? (own.translate === 'no' ? 'protected' : own.type === 'term' ? 'term' : undefined);
}

/**
 * The names of an inline mark's attributes from another tool's file that an export to `format` writes nowhere (they
 * travel in Selaras data): an XLIFF 1.2 `mtype` XLIFF 2 has no form for (`abbrev`, `x-brand`); a TMX `<hi>`'s type that
 * XLIFF says as neither a protected span nor a term (`bold`); an XLIFF 2 mark's `ref` and `value` in XLIFF 1.2 and TMX.
 * (A mark with no XLIFF 1.2 form at all is said apart: `formats2.loss.inlineMarks`.)
 */
export function markAttrsLost(attrs: Record<string, string> | undefined, format: 'tmx' | 'xliff' | 'xliff12'): string[] {
  const own = attrs ?? {};
  if (own['x-hi'] === 'yes') return format !== 'tmx' && own['x-hi-type'] !== undefined && !hiKind(own) ? ['type'] : [];
  if (own.mtype !== undefined) return format === 'xliff' && own.mtype !== 'protected' && own.mtype !== 'term' ? ['mtype'] : [];
  if (format === 'xliff' || (format === 'xliff12' && !xliff12MarkType(own))) return [];
  return ['ref', 'value'].filter((k) => own[k] !== undefined);
}

/**
 * The attributes of the TMX `<hi>` another tool's inline mark is written as: a `<hi>`'s own `x` and `type`; for an
 * XLIFF mark, `type="x-protected"`, `x-term` or `x-` and its XLIFF 1.2 `mtype` (none for a mark without one).
 */
export function hiAttrs(attrs: Record<string, string> | undefined): string {
  const own = attrs ?? {};
  if (own['x-hi'] === 'yes') {
    return (own['x-hi-x'] !== undefined ? ` x="${xmlAttr(own['x-hi-x'])}"` : '') + (own['x-hi-type'] !== undefined ? ` type="${xmlAttr(own['x-hi-type'])}"` : '');
  }
  const mtype = xliff12MarkType(own);
  return mtype ? ` type="${xmlAttr(mtype.startsWith('x-') ? mtype : `x-${mtype}`)}"` : '';
}
