/**
 * What an imported translator's file said about itself (ids, attributes, props: `BeadOrigin`,
 * `FileOrigin`), given back on export: ids are kept where unique and valid, every other row gets
 * a fresh id that collides with none of them; attributes are written back only where the
 * format's schema allows them (the rest travels in Selaras's own data).
 */
import type { BeadOrigin } from '../align/types';
import type { Annotation, Severity } from '../project/types';
import { xmlAttr } from './xml';

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
const XLIFF12_UNIT_COMMON = ['resname', 'restype', 'datatype', 'translate', 'reformat', 'maxwidth', 'minwidth', 'maxheight', 'minheight', 'size-unit', 'charclass', 'extradata', 'help-id', 'menu', 'menu-option', 'menu-name', 'coord', 'font', 'css-style', 'style', 'exstyle', 'extype'];
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
  return JSON.stringify(sorted);
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

/** The ids of a list of notes: each note's own id where unique, else `prefix` + number. */
export function noteIds(notes: readonly Annotation[], prefix: string, reserved: Iterable<string> = []): string[] {
  return keepIds(notes.map((a) => a.noteAttrs?.id), (k) => `${prefix}${k + 1}`, (id) => /^[\p{L}_][\p{L}\p{N}._-]*$/u.test(id) || /^[\p{N}][\p{L}\p{N}._-]*$/u.test(id), reserved);
}

/** ` xml:lang="…"` when the other tool's note had one. */
export function noteLang(a: Annotation): string {
  const l = a.noteAttrs?.['xml:lang'];
  return l ? ` xml:lang="${xmlAttr(l)}"` : '';
}
