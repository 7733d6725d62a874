/**
 * Upgrades older `.selaras` documents to the current schema, one version step at a time.
 *
 * Schema version 1 (the prototype's format) held exactly two versions and one flat bead list:
 * ```json
 * { "format": "selaras-project", "schemaVersion": 1, "savedAt": "…",
 *   "a": { "name": "a.txt", "lang": "id", "text": "…", "path": "/abs/a.txt" },
 *   "b": { "name": "b.txt", "lang": "en", "text": "…" },
 *   "mode": "parallel",
 *   "beads": [{ "a": [0], "b": [0], "score": 0.9, "confirmed": true }],
 *   "notes": [{ "mismatch": "<key>", "status": "todo|wrong|fine|noise", "comment": "…",
 *               "author": "…", "at": "<ISO time>" }],
 *   "author": "…" }
 * ```
 * Version 2 stores any number of versions, one alignment per pair against the pivot, and
 * annotations with an ITS category and severity.
 */
import { z } from 'zod';
import { sha256Hex } from './hash';
import type { Annotation, Verdict } from './types';
import { MAX_ITEMS, MAX_NOTE, MAX_PATH, MAX_SHORT, MAX_VERSION_TEXT } from './limits';

export type MigrationResult = { ok: true; doc: unknown } | { ok: false; detail: string };

const short = z.string().max(MAX_SHORT);
const index = z.number().int().min(0);

const v1Side = z.object({
  name: short,
  lang: z.enum(['id', 'en']),
  text: z.string().max(MAX_VERSION_TEXT),
  path: z.string().max(MAX_PATH).optional(),
});

/** The schema version 1 document. */
export const projectV1Schema = z.object({
  format: z.literal('selaras-project'),
  schemaVersion: z.literal(1),
  savedAt: z.string().max(64).optional(),
  a: v1Side,
  b: v1Side,
  mode: z.enum(['parallel', 'comparable']).optional(),
  beads: z
    .array(
      z.object({
        a: z.array(index).max(MAX_ITEMS),
        b: z.array(index).max(MAX_ITEMS),
        score: z.number().min(0).max(1),
        confirmed: z.boolean().optional(),
      }),
    )
    .max(MAX_ITEMS),
  notes: z
    .array(
      z.object({
        mismatch: short,
        status: z.enum(['todo', 'wrong', 'fine', 'noise']),
        comment: z.string().max(MAX_NOTE),
        author: short.optional(),
        at: z.string().max(64).optional(),
      }),
    )
    .max(MAX_ITEMS)
    .optional(),
  author: short.optional(),
});

const V1_VERDICT: Record<'todo' | 'wrong' | 'fine' | 'noise', Verdict> = {
  todo: 'open',
  wrong: 'confirmed',
  fine: 'acceptable',
  noise: 'false-alarm',
};

/** Schema version 1 → 2. */
function v1ToV2(raw: unknown): MigrationResult {
  const parsed = projectV1Schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, detail: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const d = parsed.data;
  const savedAt = d.savedAt ?? '1970-01-01T00:00:00.000Z';
  const side = (s: z.infer<typeof v1Side>, id: string) => ({
    id,
    name: s.name,
    lang: s.lang,
    text: s.text,
    hash: sha256Hex(s.text),
    ...(s.path ? { sourcePath: s.path } : {}),
  });
  const annotations: Annotation[] = (d.notes ?? []).map((n, i) => ({
    id: `a${i + 1}`,
    target: { type: 'mismatch', key: n.mismatch },
    verdict: V1_VERDICT[n.status],
    category: 'numbers',
    severity: 'major',
    note: n.comment,
    author: n.author ?? d.author ?? '',
    created: n.at ?? savedAt,
    modified: n.at ?? savedAt,
  }));
  return {
    ok: true,
    doc: {
      format: 'selaras-project',
      schemaVersion: 2,
      savedAt,
      app: { name: 'Selaras', version: '0 (migrated from schema 1)' },
      project: {
        versions: [side(d.a, 'v1'), side(d.b, 'v2')],
        pivot: 0,
        alignments: [
          {
            a: 0,
            b: 1,
            mode: d.mode ?? 'parallel',
            beads: d.beads.map((b) => ({ a: b.a, b: b.b, score: b.score, ...(b.confirmed ? { confirmed: true } : {}) })),
          },
        ],
        annotations,
        settings: d.author ? { author: d.author } : {},
      },
    },
  };
}

/** Migration steps: `STEPS[n]` turns a version-n document into a version-(n+1) one. */
const STEPS: Record<number, (doc: unknown) => MigrationResult> = {
  1: v1ToV2,
};

/**
 * Migrates a parsed document of schema version `from` to the current version, step by step.
 * Pure; the result still has to pass the current schema.
 */
export function migrateDocument(doc: unknown, from: number): MigrationResult {
  let current: unknown = doc;
  for (let v = from; v < 2; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, detail: `no migration from schema version ${v}` };
    const r = step(current);
    if (!r.ok) return r;
    current = r.doc;
  }
  return { ok: true, doc: current };
}
