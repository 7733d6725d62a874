/**
 * Word (.docx) export: a side-by-side table of the beads in scope, figures in mismatch
 * highlighted (grey when dismissed), and the user's annotations as Word comments anchored on
 * the figure or span they concern. Built with the `docx` library (pure JavaScript).
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ExportInput } from './types';
import { exportWords } from './export-words';
import { visibleCodes } from './codes';
import type { Annotation } from '../project/types';
import { isRightToLeft } from './lang-tags';
import { buildModel, looseAbout, summarize, type Row } from './model';
import { pieces, type Highlight } from './highlight';
import { cleanXmlChars } from './xml';

type Mark = { kind: 'mm' | 'off' } | { kind: 'comment'; id: number };

interface CommentSpec {
  id: number;
  annotation: Annotation;
}

function dateOf(iso: string): Date | undefined {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** Paragraph children of one side's text: highlighted figures and comment anchors; runs right to left for such a language. */
function runs(text: string, spans: Highlight<Mark>[], rtl = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const ps = pieces(cleanXmlChars(text), spans);
  const commentIds = (k: number): number[] =>
    k < 0 || k >= ps.length ? [] : ps[k].covers.flatMap((m) => (m.kind === 'comment' ? [m.id] : []));
  ps.forEach((p, k) => {
    const here = commentIds(k);
    const before = commentIds(k - 1);
    const after = commentIds(k + 1);
    for (const id of here) if (!before.includes(id)) out.push(new CommentRangeStart(id));
    const marks = p.covers.filter((m) => m.kind !== 'comment');
    const highlight = marks.some((m) => m.kind === 'mm') ? 'yellow' : marks.length ? 'lightGray' : undefined;
    if (p.text) out.push(new TextRun({ text: p.text, ...(highlight ? { highlight, bold: true } : {}), ...(rtl ? { rightToLeft: true } : {}) }));
    for (const id of here) {
      if (!after.includes(id)) {
        out.push(new CommentRangeEnd(id));
        out.push(new TextRun({ children: [new CommentReference(id)] }));
      }
    }
  });
  return out;
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
  });
}

function rowSpans(r: Row, side: 'a' | 'b', comments: CommentSpec[], nextId: () => number): Highlight<Mark>[] {
  const out: Highlight<Mark>[] = [];
  for (const i of r.issues) {
    const span = side === 'a' ? i.spanA : i.spanB;
    if (!span) continue;
    out.push({ ...span, data: { kind: i.dismissed ? 'off' : 'mm' } });
    // Comments of a mismatch sit on the A figure, or on the B figure when A has none.
    const anchorHere = side === 'a' || !i.spanA;
    if (anchorHere) {
      for (const a of i.annotations) {
        if (!a.note.trim()) continue;
        const id = nextId();
        comments.push({ id, annotation: a });
        out.push({ ...span, data: { kind: 'comment', id } });
      }
    }
  }
  for (const n of r.spanNotes) {
    if (n.side !== side || !n.annotation.note.trim()) continue;
    const id = nextId();
    comments.push({ id, annotation: n.annotation });
    out.push({ start: n.start, end: n.end, data: { kind: 'comment', id } });
  }
  return out;
}

/** Exports the pair as a .docx document (bytes). */
/**
 * A note's text as runs, one a line, each after the first with a break (a line feed inside a run is no line break in
 * a Word document: a note of several lines ran together). `first`: the first line breaks too.
 */
function lineRuns(text: string, style: { italics?: boolean } = {}, first = false): TextRun[] {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).map((line, k) => new TextRun({ text: cleanXmlChars(line), ...style, ...(k > 0 || first ? { break: 1 } : {}) }));
}

export async function exportDocx(input: ExportInput): Promise<Uint8Array> {
  const model = buildModel(input);
  const W = exportWords(input.uiLang);
  const sum = summarize(model, input.ledger.filter((g) => !g.consistent).length);
  const comments: CommentSpec[] = [];
  let counter = 0;
  const nextId = (): number => counter++;
  const title = `${W.label('title')}: ${model.nameA} ↔ ${model.nameB}`;

  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: '#', bold: true })] })], 6, true),
      cell([new Paragraph({ children: [new TextRun({ text: cleanXmlChars(model.nameA), bold: true })] })], 37, true),
      cell([new Paragraph({ children: [new TextRun({ text: cleanXmlChars(model.nameB), bold: true })] })], 37, true),
      cell([new Paragraph({ children: [new TextRun({ text: W.label('mismatchList'), bold: true })] })], 20, true),
    ],
  });
  const rtlA = isRightToLeft(model.langA);
  const rtlB = isRightToLeft(model.langB);
  const rows = model.rows.map((r) => {
    const issues = r.issues.length
      ? r.issues.map(
          (i) =>
            new Paragraph({
              children: [
                new TextRun({ text: `${i.mismatch.id} ${W.kind(i.mismatch.kind)}`, bold: true }),
                new TextRun({ text: cleanXmlChars(` · ${W.level(i.mismatch.level)} · ${W.verdict(i.verdict)} · ${W.severity(i.severity)} · ${W.category(i.category)}`) }),
                new TextRun({ text: cleanXmlChars(W.explanation(i.mismatch)), break: 1 }),
                ...i.annotations
                  .filter((a) => a.note.trim() !== '')
                  .flatMap((a) => lineRuns(`${W.column('note')}: ${a.note}`, { italics: true }, true)),
              ],
            }),
        )
      : [new Paragraph({ children: [new TextRun({ text: '' })] })];
    return new TableRow({
      children: [
        cell(
          [
            new Paragraph({ children: [new TextRun({ text: r.id })] }),
            new Paragraph({ children: [new TextRun({ text: `${r.type} · ${W.number(r.bead.score)}`, size: 16, color: '666666' })] }),
          ],
          6,
        ),
        // A version in Arabic, Hebrew, Persian… is a right-to-left paragraph.
        cell([new Paragraph({ ...(rtlA ? { bidirectional: true } : {}), children: runs(visibleCodes(r.a.text, model.codesA), rowSpans(r, 'a', comments, nextId), rtlA) })], 37),
        cell([new Paragraph({ ...(rtlB ? { bidirectional: true } : {}), children: runs(visibleCodes(r.b.text, model.codesB), rowSpans(r, 'b', comments, nextId), rtlB) })], 37),
        cell(issues, 20),
      ],
    });
  });

  const loose = model.looseAnnotations.filter((a) => a.note.trim() !== '' || a.verdict !== 'open');
  // (what a note on no row is about: a ledger group, a mismatch the alignment has no more, removed text)
  const aboutOf = (a: Annotation) => {
    const about = looseAbout(a, W, model).about;
    return about ? `${about}${a.note.trim() ? ': ' : ''}` : '';
  };
  const doc = new Document({
    creator: `${input.tool.name} ${input.tool.version}`,
    title,
    comments: {
      children: comments.map(({ id, annotation: a }) => ({
        id,
        author: cleanXmlChars(a.author || 'Selaras'),
        ...(dateOf(a.modified) ? { date: dateOf(a.modified) } : {}),
        children: [new Paragraph({ children: lineRuns(`[${W.verdict(a.verdict)}] ${a.note}`) })],
      })),
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: cleanXmlChars(title) })] }),
          new Paragraph({
            children: [
              new TextRun({
                text:
                  `${W.label('beads')}: ${sum.beads} · ${W.label('mismatches')}: ${sum.mismatches} (${W.level('drift')} ${sum.byLevel.drift}, ${W.level('review')} ${sum.byLevel.review}; ${W.label('open')} ${sum.openMismatches}, ` +
                  `${W.label('confirmed')} ${sum.confirmedMismatches}, ${W.label('dismissed')} ${sum.dismissedMismatches}) · ` +
                  `${W.label('matches')}: ${sum.matches} · ${W.label('scope')}: ${W.scope(input.scope)}`,
              }),
            ],
          }),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
          ...loose.map(
            (a) =>
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: lineRuns(`${a.author ? `${a.author}: ` : ''}[${W.verdict(a.verdict)}] ${aboutOf(a)}${a.note}`),
              }),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
