/**
 * The self-contained printable HTML report: inline CSS, no script, no external resource; every
 * piece of user text is escaped. Summary counts, the ledger, each mismatch with its context
 * sentences, category, verdict, severity, explanation and notes, then the alignment in scope.
 * Labels, values and explanations are in `input.uiLang` (English by default).
 */
import type { ExportInput } from './types';
import type { Sentence } from '../text/types';
import type { Annotation, InlineCode } from '../project/types';
import { visibleCodes } from './codes';
import { buildModel, dropJoiners, joinedDropping, localSpan, looseAbout, SENTENCE_JOINER, spanNoteText, summarize, type Issue, type Row, type Side } from './model';
import { endsWideSentence } from '../text/chars';
import { pieces, type Highlight } from './highlight';
import { en } from '../i18n/en';
import { exportWords, type ExportWords } from './export-words';
import { ledgerTarget } from '../drift/ledger';
import { followLedgerGroups } from '../project/annotations';

/** The report's labels in English (the same words as `bilingual.report` in shared/i18n). */
export const REPORT_LABELS_EN = en.bilingual.report;

export type ReportLabels = { [K in keyof typeof REPORT_LABELS_EN]: string };

export interface HtmlOptions {
  labels?: Partial<ReportLabels>;
  /** Language of the labels (the `lang` of the page); `input.uiLang`, else `en`, by default. */
  lang?: string;
}

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2327;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid #dcdcde;padding-bottom:.25rem}
.meta{color:#50575e;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #dcdcde;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f7f7;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
mark{padding:0 .1em;border-radius:2px}
mark.mm{background:#ffd6d6;outline:1px solid #d63638}
mark.mm.off{background:#eee;outline:1px dashed #8c8f94}
mark.ok{background:#d6f5d6}
.card{border:1px solid #dcdcde;border-left:4px solid #d63638;border-radius:4px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
.card.off{border-left-color:#8c8f94}
.card h3{font-size:1rem;margin:0 0 .5rem}
.badge{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;background:#f0f0f1;margin-left:.3em}
.v-confirmed{background:#d63638;color:#fff}.v-open{background:#dba617;color:#1d2327}
.v-acceptable,.v-false-alarm{background:#8c8f94;color:#fff}
.ctx{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.ctx p{margin:.2rem 0}.dim{color:#646970}
ul.notes{margin:.25rem 0 0;padding-left:1.2rem}
ul.notes li,span.note{white-space:pre-wrap}
.bad{color:#d63638;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit}}
`;

function marked(text: string, spans: Highlight<string>[]): string {
  return dropJoiners(
    pieces(text, spans)
      .map((p) => (p.covers.length ? `<mark class="${escapeHtml(p.covers[p.covers.length - 1])}">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
      .join(''),
  );
}

/**
 * A row side's text as the report shows it: no space after a Chinese or Japanese sentence's full stop, as the text
 * is written (`销售额下降5%。成本上升3%。`). That joiner stands as `DROPPED_JOINER` (same length: the spans hold), which
 * `marked` leaves out.
 */
function shown(s: Side): string {
  if (s.sentences.length < 2 || s.text !== s.sentences.join(SENTENCE_JOINER)) return s.text;
  return joinedDropping(s.sentences, endsWideSentence);
}

function rowSpans(r: Row, side: 'a' | 'b', sentences: Sentence[]): Highlight<string>[] {
  const s: Side = r[side];
  const out: Highlight<string>[] = [];
  for (const m of r.matches) {
    const f = side === 'a' ? m.aFigure : m.bFigure;
    const span = localSpan(s, sentences, f.start, f.end);
    if (span) out.push({ ...span, data: 'ok' });
  }
  for (const i of r.issues) {
    const span = side === 'a' ? i.spanA : i.spanB;
    if (span) out.push({ ...span, data: i.dismissed ? 'mm off' : 'mm' });
  }
  return out;
}

/**
 * Notes as a list: each with its verdict, its author and note; with `about` (a note on a stretch of a row's text:
 * the row and the text it is on) its category and severity too.
 */
function noteList(anns: Array<Annotation | { annotation: Annotation; about: string }>, L: ReportLabels, W: ExportWords): string {
  const items = anns.map((x) => ('about' in x ? x : { annotation: x, about: '' })).filter(({ annotation: a }) => a.note.trim() !== '' || a.verdict !== 'open');
  if (!items.length) return '';
  return (
    `<p><strong>${escapeHtml(L.notes)}</strong></p><ul class="notes">` +
    items
      .map(
        ({ annotation: a, about }) => {
          // (a colon only before what follows it: a verdict with no note ends with its severity)
          const what = about ? `<span dir="auto">${escapeHtml(about)}</span> · ${escapeHtml(W.category(a.category))} · ${escapeHtml(W.severity(a.severity))}` : '';
          const who = a.author ? `<strong>${escapeHtml(a.author)}</strong>` : '';
          const note = a.note.trim() ? escapeHtml(a.note) : '';
          return (
            `<li><span class="badge v-${escapeHtml(a.verdict)}">${escapeHtml(W.verdict(a.verdict))}</span> ` +
            [what, who, note].filter(Boolean).join(': ') +
            `${a.modified ? ` <span class="dim">(${timeOf(a.modified, W.lang)})</span>` : ''}</li>`
          );
        },
      )
      .join('') +
    '</ul>'
  );
}

function context(sentences: Sentence[], indices: number[], text: string, spans: Highlight<string>[], codes: InlineCode[]): string {
  if (indices.length === 0) return '<p class="dim">—</p>';
  const lo = Math.min(...indices);
  const hi = Math.max(...indices);
  const before = sentences[lo - 1];
  const after = sentences[hi + 1];
  return (
    (before ? `<p class="dim">${escapeHtml(visibleCodes(before.text, codes))}</p>` : '') +
    `<p>${marked(text, spans)}</p>` +
    (after ? `<p class="dim">${escapeHtml(visibleCodes(after.text, codes))}</p>` : '')
  );
}

function issueCard(r: Row, i: Issue, input: ExportInput, L: ReportLabels, W: ExportWords, codes: { a: InlineCode[]; b: InlineCode[] }): string {
  const m = i.mismatch;
  const cls = i.dismissed ? 'card off' : 'card';
  const spanA = i.spanA ? [{ ...i.spanA, data: i.dismissed ? 'mm off' : 'mm' }] : [];
  const spanB = i.spanB ? [{ ...i.spanB, data: i.dismissed ? 'mm off' : 'mm' }] : [];
  return (
    `<section class="${cls}" id="${escapeHtml(m.id)}"><h3>${escapeHtml(m.id)} · ${escapeHtml(W.kind(m.kind))} · ${escapeHtml(W.level(m.level))}` +
    `<span class="badge v-${escapeHtml(i.verdict)}">${escapeHtml(L.verdict)}: ${escapeHtml(W.verdict(i.verdict))}</span>` +
    `<span class="badge">${escapeHtml(L.severity)}: ${escapeHtml(W.severity(i.severity))}</span>` +
    `<span class="badge">${escapeHtml(L.category)}: ${escapeHtml(W.category(i.category))}</span>` +
    `<span class="badge">${escapeHtml(r.id)}</span></h3>` +
    `<p class="explanation"><strong>${escapeHtml(L.explanation)}:</strong> ${escapeHtml(W.explanation(m))}</p>` +
    `<table><tr><th>${escapeHtml(L.figureA)}</th><td dir="auto">${escapeHtml(m.aFigure?.text ?? m.aEntity?.text ?? '—')}</td>` +
    `<th>${escapeHtml(L.figureB)}</th><td dir="auto">${escapeHtml(m.bFigure?.text ?? m.bEntity?.text ?? '—')}</td></tr></table>` +
    // Each text sets its own direction (Arabic, Hebrew, Persian read right to left), whatever the report's language.
    `<div class="ctx"><div dir="auto">${context(input.sentencesA, r.a.indices, visibleCodes(shown(r.a), codes.a), spanA, codes.a)}</div>` +
    `<div dir="auto">${context(input.sentencesB, r.b.indices, visibleCodes(shown(r.b), codes.b), spanB, codes.b)}</div></div>` +
    noteList(i.annotations, L, W) +
    '</section>'
  );
}

/** Renders the report as a complete HTML document (string). */
/**
 * A moment as the reader reads it, in the report's language and in UTC, the exact time kept for programs
 * (`<time datetime="2024-03-13T10:00:00.000Z">March 13, 2024 at 10:00 AM UTC</time>`, *13 Maret 2024 pukul 10.00 UTC*); a text that is no time stays as it is.
 */
function timeOf(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return escapeHtml(iso);
  let shown: string;
  try {
    shown = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(d);
  } catch {
    shown = iso;
  }
  return `<time datetime="${escapeHtml(d.toISOString())}">${escapeHtml(shown)} UTC</time>`;
}

export function exportHtml(input: ExportInput, options: HtmlOptions = {}): string {
  const W = exportWords(input.uiLang);
  const words = Object.fromEntries(Object.keys(en.bilingual.report).map((k) => [k, W.label(k as keyof ReportLabels)])) as ReportLabels;
  const L: ReportLabels = { ...words, ...options.labels };
  const model = buildModel(input);
  const inconsistent = input.ledger.filter((g) => !g.consistent).length;
  const sum = summarize(model, inconsistent);
  const now = input.now ?? new Date().toISOString();
  const when = (iso: string) => timeOf(iso, W.lang);
  const versionName = (v: number): string => input.project.versions[v]?.name ?? `#${v}`;
  const title = `${L.title}: ${model.nameA} ↔ ${model.nameB}`;

  let body = `<h1>${escapeHtml(title)}</h1>`;
  body +=
    `<p class="meta">${escapeHtml(L.generated)}: ${when(now)} · ${escapeHtml(input.tool.name)} ${escapeHtml(input.tool.version)}` +
    ` · ${escapeHtml(L.scope)}: ${escapeHtml(W.scope(input.scope))}</p>`;

  body += `<h2>${escapeHtml(L.summary)}</h2><table>`;
  const line = (label: string, n: number, bad = false): string =>
    `<tr><th>${escapeHtml(label)}</th><td class="num${bad && n > 0 ? ' bad' : ''}">${n}</td></tr>`;
  body += line(L.beads, sum.beads) + line(L.confirmedBeads, sum.confirmedBeads);
  body += line(L.mismatches, sum.mismatches, true);
  body += line(`${L.mismatches} · ${W.level('drift')}`, sum.byLevel.drift, true) + line(`${L.mismatches} · ${W.level('review')}`, sum.byLevel.review);
  body += line(`${L.mismatches} · ${L.open}`, sum.openMismatches, true);
  body += line(`${L.mismatches} · ${L.confirmed}`, sum.confirmedMismatches, true) + line(`${L.mismatches} · ${L.dismissed}`, sum.dismissedMismatches);
  for (const [kind, n] of Object.entries(sum.byKind).sort()) body += line(`${L.mismatches} · ${W.kind(kind)}`, n);
  body += line(L.matches, sum.matches) + line(L.inconsistentGroups, sum.inconsistentGroups, true);
  body += '</table>';

  body += `<h2>${escapeHtml(L.ledger)}</h2>`;
  // (the notes on each group of the ledger, beside it; a note whose group is gone is among the other notes, said so)
  // (by the group each is on: the app moved a note with its group when an edit renamed it; one whose group is gone
  // stays with the other notes, as in the app, never put on another group counting the same thing)
  const groupsNow = new Set(input.ledger.map(ledgerTarget));
  const followed = new Map<Annotation, string>();
  const all = input.project.annotations;
  followLedgerGroups(all, [...groupsNow], [], false).forEach((a, k) => {
    if (a.target.type === 'ledger' && groupsNow.has(a.target.what)) followed.set(all[k], a.target.what);
  });
  const groupNotes = new Map<string, Annotation[]>();
  for (const [a, what] of followed) {
    if (a.note.trim() === '' && a.verdict === 'open') continue;
    groupNotes.set(what, [...(groupNotes.get(what) ?? []), a]);
  }
  if (input.ledger.length === 0) body += `<p>${escapeHtml(L.none)}</p>`;
  else {
    body += `<table><tr><th>${escapeHtml(L.what)}</th><th>${escapeHtml(L.kind)}</th><th>${escapeHtml(L.consistent)}</th><th>${escapeHtml(L.values)}</th><th>${escapeHtml(L.notes)}</th></tr>`;
    for (const g of input.ledger) {
      const entries = g.entries
        .map((e) => `${escapeHtml(e.figure.text)} <span class="dim">(${escapeHtml(versionName(e.version))}, ${escapeHtml(L.sentence)} ${e.sentence + 1})</span>`)
        .join('<br>');
      const notes = (groupNotes.get(ledgerTarget(g)) ?? [])
        .map((a) => `<span class="badge v-${escapeHtml(a.verdict)}">${escapeHtml(W.verdict(a.verdict))}</span> ${a.author ? `<strong>${escapeHtml(a.author)}</strong>: ` : ''}<span class="note">${escapeHtml(a.note)}</span>`)
        .join('<br>');
      body +=
        `<tr><td>${escapeHtml(W.ledgerHeading(g, input.project.versions.map((v) => v.lang)))}</td><td>${escapeHtml(W.figureKind(g.kind))}</td>` +
        `<td class="${g.consistent ? '' : 'bad'}">${escapeHtml(g.consistent ? L.yes : L.no)}</td><td>${entries}</td><td>${notes}</td></tr>`;
    }
    body += '</table>';
  }

  body += `<h2>${escapeHtml(L.mismatchList)}</h2>`;
  const cards = model.rows.flatMap((r) => r.issues.map((i) => issueCard(r, i, input, L, W, { a: model.codesA, b: model.codesB })));
  body += cards.length ? cards.join('') : `<p>${escapeHtml(L.none)}</p>`;

  body += `<h2>${escapeHtml(L.alignment)}</h2>`;
  body +=
    `<table><tr><th>#</th><th>${escapeHtml(model.nameA)}</th><th>${escapeHtml(model.nameB)}</th>` +
    `<th>${escapeHtml(L.type)}</th><th>${escapeHtml(L.confidence)}</th><th>${escapeHtml(L.status)}</th></tr>`;
  for (const r of model.rows) {
    body +=
      `<tr><td>${escapeHtml(r.id)}</td><td lang="${escapeHtml(model.langA)}" dir="auto">${marked(visibleCodes(shown(r.a), model.codesA), rowSpans(r, 'a', input.sentencesA))}</td>` +
      `<td lang="${escapeHtml(model.langB)}" dir="auto">${marked(visibleCodes(shown(r.b), model.codesB), rowSpans(r, 'b', input.sentencesB))}</td>` +
      `<td>${escapeHtml(r.type)}</td><td class="num">${W.number(r.bead.score)}</td><td>${escapeHtml(W.status(r.status))}</td></tr>`;
  }
  body += '</table>';

  // (and a note on a figure group of the ledger names the group)
  // (a note on no row says what it is about: a ledger group, a mismatch the alignment has no more, removed text)
  const loose = (a: Annotation) => {
    const about = looseAbout(a, W, model).about;
    const gone = a.target.type === 'ledger' ? ` (${W.label('groupGone')})` : '';
    return about ? { annotation: a, about: about + gone } : a;
  };
  // (a note on a group the ledger has now stands beside it, above)
  const onGroupNow = (a: Annotation) => followed.has(a);
  // (a note on a stretch of text names the rows and the text it is on: one that runs over several rows is listed once)
  const spanOthers = new Map<Annotation, { annotation: Annotation; parts: string[]; rows: string[] }>();
  for (const r of model.rows) {
    for (const n of r.spanNotes) {
      const known = spanOthers.get(n.annotation);
      if (known) {
        known.rows.push(r.id);
        known.parts.push(spanNoteText(model, r, n));
      } else spanOthers.set(n.annotation, { annotation: n.annotation, parts: [spanNoteText(model, r, n)], rows: [r.id] });
    }
  }
  const spanNotesListed = [...spanOthers.values()].map(({ annotation, parts, rows }) => ({ annotation, about: `${rows.join(', ')} “${parts.join(' ')}”` }));
  const others = [...model.looseAnnotations.filter((a) => !onGroupNow(a)).map(loose), ...spanNotesListed];
  if (others.length) body += `<h2>${escapeHtml(L.otherNotes)}</h2>${noteList(others, L, W)}`;

  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(options.lang ?? W.lang)}"><head>` +
    '<meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${body}</body></html>\n`
  );
}
