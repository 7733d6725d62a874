/**
 * The real-text drift label set (issue 10): its format, where it lives, and how to read and check it.
 * Used by scripts/eval-real-drift.ts (scoring) and tests/shared/drift/real-labels.test.ts (format checks).
 *
 * Labels: tests/fixtures/real-drift/{eco,int}.jsonl (splits dev and heldout) and dev2.jsonl (both parts, split
 * dev2: a second dev set drawn later, disjoint from the first two), one labelled PANL line pair per line (see
 * GUIDELINE.md there). Line `line` (0-based) of ../shared/benchmarks/panl-bppt/{PART}.id.txt is side A, of {PART}.en.txt
 * side B. The files hold ids, line numbers, labels and short figure surfaces only, never corpus sentences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LABEL_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'real-drift');
export const PANL_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'benchmarks', 'panl-bppt');

export const PARTS = ['ECO', 'INT'] as const;
export type Part = (typeof PARTS)[number];
export const SPLITS = ['dev', 'heldout', 'dev2', 'dev3', 'heldout2', 'heldout3', 'dev4', 'heldout4', 'dev5', 'heldout5', 'dev6', 'heldout6', 'dev7', 'heldout7', 'dev8', 'dev9', 'heldout8', 'dev10', 'dev11', 'heldout9', 'dev12', 'heldout10', 'dev13', 'heldout11', 'dev14', 'heldout12', 'dev15', 'heldout13', 'dev16', 'heldout14', 'dev17', 'heldout15', 'dev18', 'dev19', 'heldout16'] as const;
export type Split = (typeof SPLITS)[number];
/** Mismatch kinds a label may carry (CLI contract, minus `ambiguous`, which is a reading problem, not a drift). */
export const LABEL_KINDS = ['value', 'qualifier', 'unit', 'scale', 'date', 'missing', 'added'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export interface LabelledDiscrepancy {
  kind: LabelKind;
  /** Surface of the figure in A (exact substring of the A line), null when absent (`added`). */
  a: string | null;
  /** Surface of the figure in B, null when absent (`missing`). */
  b: string | null;
  note?: string;
}

export interface LabelledEntity {
  a: string | null;
  b: string | null;
  note?: string;
}

export interface LabelledPair {
  id: string;
  part: Part;
  line: number;
  split: Split;
  translation: boolean;
  discrepancies: LabelledDiscrepancy[];
  entities: LabelledEntity[];
  note?: string;
}

/** Notes starting with this mark a figure that the neighbouring lines state (guideline §4b). */
export const CONTEXT_PREFIX = 'context:';

export const labelFile = (part: Part): string => path.join(LABEL_DIR, `${part.toLowerCase()}.jsonl`);

/**
 * Sets drawn later, one file each holding both parts, every pair carrying the file's name as its split:
 * dev2 to dev9 (further dev sets, each drawn after the rules had been tuned on the sets before it) and
 * heldout2 to heldout7 (further held-out sets, each drawn and labelled blind before any system run on it).
 */
export const LATER_SETS = ['dev2', 'dev3', 'heldout2', 'heldout3', 'dev4', 'heldout4', 'dev5', 'heldout5', 'dev6', 'heldout6', 'dev7', 'heldout7', 'dev8', 'dev9', 'heldout8', 'dev10', 'dev11', 'heldout9', 'dev12', 'heldout10', 'dev13', 'heldout11', 'dev14', 'heldout12', 'dev15', 'heldout13', 'dev16', 'heldout14', 'dev17', 'heldout15', 'dev18', 'dev19', 'heldout16'] as const;
export const laterSetFile = (set: (typeof LATER_SETS)[number]): string => path.join(LABEL_DIR, `${set}.jsonl`);
/** The second dev set: both parts in one file, every pair `dev2`. */
export const DEV2_FILE = laterSetFile('dev2');

/** Held-out splits are scored but never listed: whoever tunes the rules must not see their items. */
export const isHeldOut = (split: string): boolean => split.startsWith('heldout');

/** The label files present: one per part, then the later sets (`part` undefined: their pairs name their part). */
export function presentLabelFiles(): Array<{ part?: Part; file: string }> {
  const files: Array<{ part?: Part; file: string }> = PARTS.map((part) => ({ part, file: labelFile(part) }));
  for (const set of LATER_SETS) files.push({ file: laterSetFile(set) });
  return files.filter((f) => fs.existsSync(f.file));
}

export interface ParsedLabels {
  pairs: LabelledPair[];
  /** Format problems, each naming the file and line. Empty when the file is well formed. */
  errors: string[];
}

const isStr = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** Checks one parsed object against the format; returns the problems found. */
export function formatProblems(o: unknown, expectedPart?: Part): string[] {
  const errs: string[] = [];
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return ['not a JSON object'];
  const p = o as Record<string, unknown>;
  if (!PARTS.includes(p.part as Part)) errs.push(`part ${JSON.stringify(p.part)} is not ECO or INT`);
  if (expectedPart && p.part !== expectedPart) errs.push(`part ${JSON.stringify(p.part)} in the ${expectedPart} file`);
  if (!Number.isInteger(p.line) || (p.line as number) < 0) errs.push(`line ${JSON.stringify(p.line)} is not a line index`);
  else if (p.id !== `${String(p.part)}-${String(p.line).padStart(5, '0')}`) errs.push(`id ${JSON.stringify(p.id)} does not match part and line`);
  if (!SPLITS.includes(p.split as Split)) errs.push(`split ${JSON.stringify(p.split)} is not ${SPLITS.join(', ')}`);
  if (typeof p.translation !== 'boolean') errs.push('translation is not a boolean');
  if (p.note !== undefined && typeof p.note !== 'string') errs.push('note is not a string');
  if (!Array.isArray(p.discrepancies)) errs.push('discrepancies is not an array');
  else {
    if (p.translation === false && p.discrepancies.length > 0) errs.push('a non-translation pair carries discrepancies');
    p.discrepancies.forEach((d: unknown, i: number) => {
      const at = `discrepancy ${i}`;
      if (typeof d !== 'object' || d === null) {
        errs.push(`${at} is not an object`);
        return;
      }
      const q = d as Record<string, unknown>;
      if (!LABEL_KINDS.includes(q.kind as LabelKind)) errs.push(`${at}: kind ${JSON.stringify(q.kind)} is not one of ${LABEL_KINDS.join('|')}`);
      if (q.note !== undefined && typeof q.note !== 'string') errs.push(`${at}: note is not a string`);
      const wantA = q.kind !== 'added';
      const wantB = q.kind !== 'missing';
      if (wantA ? !isStr(q.a) : q.a !== null) errs.push(`${at}: a must be ${wantA ? 'a surface string' : 'null'} for ${String(q.kind)}`);
      if (wantB ? !isStr(q.b) : q.b !== null) errs.push(`${at}: b must be ${wantB ? 'a surface string' : 'null'} for ${String(q.kind)}`);
    });
  }
  if (!Array.isArray(p.entities)) errs.push('entities is not an array');
  else
    p.entities.forEach((e: unknown, i: number) => {
      const q = (e ?? {}) as Record<string, unknown>;
      if (!(q.a === null || isStr(q.a)) || !(q.b === null || isStr(q.b))) errs.push(`entity ${i}: a/b must be strings or null`);
    });
  return errs;
}

/** Reads one label file; every line must be a well-formed pair. */
export function readLabelFile(file: string, part?: Part): ParsedLabels {
  const pairs: LabelledPair[] = [];
  const errors: string[] = [];
  const name = path.basename(file);
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      let o: unknown;
      try {
        o = JSON.parse(text);
      } catch (e) {
        errors.push(`${name}:${i + 1}: not JSON (${(e as Error).message})`);
        return;
      }
      const problems = formatProblems(o, part);
      for (const p of problems) errors.push(`${name}:${i + 1}: ${p}`);
      if (problems.length === 0) pairs.push(o as LabelledPair);
    });
  return { pairs, errors };
}

/** The PANL lines of one part, or null when ../shared is absent. */
export function readPanl(part: Part): { a: string[]; b: string[] } | null {
  const fa = path.join(PANL_DIR, `${part}.id.txt`);
  const fb = path.join(PANL_DIR, `${part}.en.txt`);
  if (!fs.existsSync(fa) || !fs.existsSync(fb)) return null;
  const lines = (f: string) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '').split('\n');
  return { a: lines(fa), b: lines(fb) };
}

/** Word 6-grams of a text, lower-cased, punctuation dropped: a copied sentence shares many of them. */
export function sixGrams(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) out.add(words.slice(i, i + 6).join(' '));
  return out;
}

/** Every [start, end) occurrence of `needle` in `hay` (exact case first; case-insensitive when none). */
export function occurrences(hay: string, needle: string): Array<[number, number]> {
  const find = (h: string, n: string) => {
    const out: Array<[number, number]> = [];
    for (let at = h.indexOf(n); at >= 0 && n.length > 0; at = h.indexOf(n, at + 1)) out.push([at, at + n.length]);
    return out;
  };
  const exact = find(hay, needle);
  return exact.length ? exact : find(hay.toLowerCase(), needle.toLowerCase());
}

/** mulberry32: small, well-known 32-bit PRNG; same seed, same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
