/**
 * JSON export for scripts: the pair's versions (without their texts), sentences, beads with
 * their issues and annotations, the full comparison, the ledger and every annotation.
 */
import type { ExportInput } from './types';
import { buildModel } from './model';

export const JSON_EXPORT_FORMAT = 'selaras-export';
export const JSON_EXPORT_VERSION = 1;

/** Exports the pair as a JSON document (2-space indented string). */
export function exportJson(input: ExportInput): string {
  const model = buildModel(input);
  const va = input.project.versions[input.pair.a];
  const vb = input.project.versions[input.pair.b];
  const version = (v: typeof va, index: number) =>
    v ? { index, id: v.id, name: v.name, lang: v.lang, hash: v.hash, ...(v.sourcePath ? { sourcePath: v.sourcePath } : {}) } : null;
  const doc = {
    format: JSON_EXPORT_FORMAT,
    formatVersion: JSON_EXPORT_VERSION,
    tool: input.tool,
    exportedAt: input.now ?? new Date().toISOString(),
    scope: input.scope,
    mode: input.pair.mode,
    versions: { a: version(va, input.pair.a), b: version(vb, input.pair.b) },
    sentences: {
      a: input.sentencesA.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
      b: input.sentencesB.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
    },
    beads: model.rows.map((r) => ({
      id: r.id,
      index: r.index,
      a: r.bead.a,
      b: r.bead.b,
      type: r.type,
      score: r.bead.score,
      confirmed: r.bead.confirmed === true,
      locked: r.bead.locked === true,
      textA: r.a.text,
      textB: r.b.text,
      issues: r.issues.map((i) => ({
        id: i.mismatch.id,
        key: i.mismatch.key,
        kind: i.mismatch.kind,
        level: i.mismatch.level ?? 'drift',
        confidence: i.mismatch.confidence ?? 1,
        verdict: i.verdict,
        category: i.category,
        severity: i.severity,
        dismissed: i.dismissed,
        note: i.mismatch.note,
        messageKey: i.mismatch.messageKey,
        params: i.mismatch.params,
        aFigure: i.mismatch.aFigure,
        bFigure: i.mismatch.bFigure,
        annotations: i.annotations.map((a) => a.id),
      })),
      matches: r.matches.length,
      annotations: r.spanNotes.map((n) => n.annotation.id),
    })),
    comparison: { mismatches: input.comparison.mismatches, matches: input.comparison.matches },
    ledger: input.ledger,
    annotations: input.project.annotations,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
