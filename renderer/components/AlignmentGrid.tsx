import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { wordDiff } from '../../shared/text/word-diff';
import { joinSentences } from '../../shared/text/chars';
import { useTranslation } from 'react-i18next';
import type { Bead } from '../../shared/align/types';
import type { Sentence } from '../../shared/text/types';
import { beadShape, textIndices } from '../../shared/text/bead-shape';
import type { InlineCode } from '../../shared/project/types';
import { codePieces } from '../state/code-marks';
import { judgedInOneLanguage } from '../../shared/drift/explain';

export const ROW_HEIGHT = 58;
const OVERSCAN = 8;

interface Props {
  beads: Bead[];
  sentencesA: Sentence[];
  sentencesB: Sentence[];
  /** Same language on both sides: show a word-level diff. */
  diff: boolean;
  selectedRow: number;
  side: 'a' | 'b';
  /** Rows that hold a mismatch (open ones), for a marker. */
  flagged: ReadonlySet<number>;
  /** Rows that are a file's units with no translation yet (`untranslatedRows`). */
  untranslated?: ReadonlySet<number>;
  /** Rows whose sentences do not read as translations of each other, with the cues why (`notTranslationRows`). */
  notTranslation?: ReadonlyMap<number, readonly string[]>;
  onSelect(row: number, side?: 'a' | 'b'): void;
  /** Inline codes of each side's version (placeholders in the text), shown as compact marks. */
  codesA?: InlineCode[];
  codesB?: InlineCode[];
}

/** Colour of a confidence score: red below 0.5, amber to 0.8, green above. */
export function confidenceClass(score: number): string {
  return score >= 0.8 ? 'conf--high' : score >= 0.5 ? 'conf--mid' : 'conf--low';
}

function cellText(sentences: Sentence[], ids: number[]): string {
  return joinSentences(textIndices(ids, sentences).map((i) => sentences[i]?.text ?? ''));
}

/** Text with each inline-code placeholder shown as a compact mark (the text itself unchanged). */
function WithCodes({ text, codes, title }: { text: string; codes?: InlineCode[]; title: RowLabels['code'] }) {
  const pieces = codePieces(text, codes);
  if (pieces.length === 1 && typeof pieces[0] === 'string') return <>{text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <span key={i} className="code-mark" title={title(p.label, p.data)}>
            {p.label}
          </span>
        ),
      )}
    </>
  );
}

function DiffText({ a, b, side, codes, title }: { a: string; b: string; side: 'a' | 'b'; codes?: InlineCode[]; title: RowLabels['code'] }) {
  const parts = wordDiff(a, b);
  const out: ReactNode[] = [];
  parts.forEach((p, i) => {
    const v = <WithCodes text={p.value} codes={codes} title={title} />;
    if (p.added && side === 'b') out.push(<ins key={i}>{v}</ins>);
    else if (p.removed && side === 'a') out.push(<del key={i}>{v}</del>);
    else if (!p.added && !p.removed) out.push(<span key={i}>{v}</span>);
  });
  return <>{out}</>;
}

/** Translated strings for the rows, made once per render of the grid (not once per row). */
interface RowLabels {
  status: Record<'automatic' | 'confirmed' | 'locked', string>;
  confidence(pct: number): string;
  unpaired: string;
  untranslated: string;
  untranslatedTitle: string;
  /** The mark of a row whose sentences are not translations of each other, and its hover text. */
  notTranslation: string;
  notTranslationTitle(cues: readonly string[]): string;
  /** The hover text of an inline-code mark. */
  code(label: string, data: string): string;
}

const Row = memo(function Row(props: {
  index: number;
  bead: Bead;
  /** `2:1`: the sentences with text each side pairs. */
  shape: string;
  textA: string;
  textB: string;
  diff: boolean;
  selected: boolean;
  side: 'a' | 'b';
  flagged: boolean;
  /** The row is a file's unit with no translation yet. */
  untranslated: boolean;
  /** The cues why the row's sentences are not translations of each other, when they are not. */
  notTranslation?: readonly string[];
  labels: RowLabels;
  onSelect(row: number, side?: 'a' | 'b'): void;
  codesA?: InlineCode[];
  codesB?: InlineCode[];
}) {
  const { index, bead, shape, textA, textB, diff, selected, side, flagged, untranslated, notTranslation, labels, onSelect, codesA, codesB } = props;
  const status = bead.locked ? 'locked' : bead.confirmed ? 'confirmed' : 'automatic';
  const pct = Math.round(bead.score * 100);
  return (
    <div
      role="row"
      aria-selected={selected}
      aria-rowindex={index + 1}
      data-row={index}
      className={`grid__row${selected ? ' is-selected' : ''}${flagged ? ' is-flagged' : ''} status--${status}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      onMouseDown={() => onSelect(index)}
    >
      <div role="gridcell" className="grid__num">{index + 1}</div>
      <div
        role="gridcell"
        className={`grid__cell${selected && side === 'a' ? ' is-active' : ''}${bead.a.length === 0 ? ' is-empty' : ''}`}
        // (a sentence of a right-to-left script, Arabic or Hebrew, reads from the right)
        dir="auto"
        onMouseDown={(e) => {
          e.stopPropagation();
          onSelect(index, 'a');
        }}
        title={textA}
      >
        {diff ? <DiffText a={textA} b={textB} side="a" codes={codesA} title={labels.code} /> : <WithCodes text={textA} codes={codesA} title={labels.code} />}
      </div>
      <div
        role="gridcell"
        className={`grid__cell${selected && side === 'b' ? ' is-active' : ''}${bead.b.length === 0 ? ' is-empty' : ''}`}
        // (a sentence of a right-to-left script, Arabic or Hebrew, reads from the right)
        dir="auto"
        onMouseDown={(e) => {
          e.stopPropagation();
          onSelect(index, 'b');
        }}
        title={textB}
      >
        {diff ? <DiffText a={textA} b={textB} side="b" codes={codesB} title={labels.code} /> : <WithCodes text={textB} codes={codesB} title={labels.code} />}
      </div>
      {bead.a.length === 0 || bead.b.length === 0 ? (
        // A sentence paired with nothing has no pairing to be confident about.
        <div role="gridcell" className="grid__conf muted" title={labels.unpaired}>
          –
        </div>
      ) : (
        <div role="gridcell" className="grid__conf" title={labels.confidence(pct)}>
          <span className={`conf ${confidenceClass(bead.score)}`} style={{ width: `${pct}%` }} />
          <span className="conf__label">{pct}</span>
        </div>
      )}
      <div role="gridcell" className={`grid__status status-label--${status}`}>
        {labels.status[status]}
        <span className="grid__type">{shape}</span>
        {untranslated && (
          <span className="grid__row-flag" title={labels.untranslatedTitle} data-testid="untranslated">
            {labels.untranslated}
          </span>
        )}
        {notTranslation && (
          <span className="grid__row-flag" title={labels.notTranslationTitle(notTranslation)} data-testid="not-translation">
            {labels.notTranslation}
          </span>
        )}
      </div>
    </div>
  );
});

/**
 * The alignment grid: one row per bead (A | B | confidence | status), virtualised with fixed row
 * heights so that tens of thousands of rows scroll smoothly.
 */
export function AlignmentGrid({ beads, sentencesA, sentencesB, diff, selectedRow, side, flagged, untranslated, notTranslation, onSelect, codesA, codesB }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // Keep the selected row in view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedRow < 0) return;
    const top = selectedRow * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [selectedRow]);

  const labels = useMemo<RowLabels>(
    () => ({
      status: { automatic: t('grid.status.automatic'), confirmed: t('grid.status.confirmed'), locked: t('grid.status.locked') },
      confidence: (pct) => t('grid.confidenceTitle', { pct }),
      unpaired: t('workbench.unpaired'),
      untranslated: t('grid.untranslated'),
      untranslatedTitle: t('grid.untranslatedTitle'),
      notTranslation: t('grid.notTranslation'),
      notTranslationTitle: (cues) => t(judgedInOneLanguage(cues) ? 'grid.notRewordingTitle' : 'grid.notTranslationTitle', { cues: cues.map((c) => t(`drift.notTranslation.cue.${c}`)).join(', ') }),
      code: (label, data) => (data ? t('inlineCodes.titleWith', { label, data }) : t('inlineCodes.title', { label })),
    }),
    [t],
  );
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(beads.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const bead = beads[i];
    rows.push(
      <Row
        key={i}
        index={i}
        bead={bead}
        shape={beadShape(bead.a, bead.b, sentencesA, sentencesB)}
        textA={cellText(sentencesA, bead.a)}
        textB={cellText(sentencesB, bead.b)}
        diff={diff}
        selected={i === selectedRow}
        side={side}
        flagged={flagged.has(i)}
        untranslated={untranslated?.has(i) ?? false}
        notTranslation={notTranslation?.get(i)}
        labels={labels}
        onSelect={onSelect}
        codesA={codesA}
        codesB={codesB}
      />,
    );
  }

  return (
    <div className="grid" role="grid" aria-label={t('grid.title')} aria-rowcount={beads.length} data-testid="grid">
      <div className="grid__head" role="row">
        <div role="columnheader" className="grid__num">#</div>
        <div role="columnheader" className="grid__cell">{t('pane.versionA')}</div>
        <div role="columnheader" className="grid__cell">{t('pane.versionB')}</div>
        <div role="columnheader" className="grid__conf">{t('grid.confidence')}</div>
        <div role="columnheader" className="grid__status">{t('grid.statusHeader')}</div>
      </div>
      <div className="grid__scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="grid-scroll">
        <div className="grid__body" style={{ height: beads.length * ROW_HEIGHT }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
