import { useTranslation } from 'react-i18next';
import type { Bead } from '../../shared/align/types';

interface Props {
  beads: Bead[];
  countA: number;
  countB: number;
  selectedRow: number;
  flagged: ReadonlySet<number>;
  onSelect(row: number): void;
}

const SIZE = 260;

/** A dot plot of the beads over both documents, coloured by confidence; click a dot to go there. */
export function AlignmentMap({ beads, countA, countB, selectedRow, flagged, onSelect }: Props) {
  const { t } = useTranslation();
  const sx = SIZE / Math.max(1, countA);
  const sy = SIZE / Math.max(1, countB);
  const r = Math.max(1.5, Math.min(5, SIZE / Math.max(countA, countB, 1) / 1.5));
  const dots = beads.map((bead, row) => {
    const ai = bead.a.length ? (bead.a[0] + bead.a[bead.a.length - 1]) / 2 : null;
    const bi = bead.b.length ? (bead.b[0] + bead.b[bead.b.length - 1]) / 2 : null;
    const x = ai === null ? -4 : (ai + 0.5) * sx;
    const y = bi === null ? SIZE + 4 : (bi + 0.5) * sy;
    const hue = Math.round(bead.score * 120);
    return (
      <circle
        key={row}
        cx={x}
        cy={y}
        r={row === selectedRow ? r + 2.5 : r}
        fill={`hsl(${hue} 70% 45%)`}
        stroke={row === selectedRow ? 'currentColor' : flagged.has(row) ? '#c0392b' : 'none'}
        strokeWidth={1.5}
        onClick={() => onSelect(row)}
      >
        <title>{t('map.dot', { row: row + 1, a: bead.a.join(',') || '–', b: bead.b.join(',') || '–', pct: Math.round(bead.score * 100) })}</title>
      </circle>
    );
  });
  return (
    <figure className="map" data-testid="alignment-map">
      <svg viewBox={`-28 -22 ${SIZE + 36} ${SIZE + 30}`} width="100%" role="img" aria-label={t('map.title')}>
        <text x={SIZE / 2} y={-10} textAnchor="middle" className="map__label" fontSize={10} fill="currentColor">
          {t('workbench.mapAxisA', { sentences: t('workbench.counted.sentences', { count: countA }) })}
        </text>
        <text x={-18} y={SIZE / 2} textAnchor="middle" className="map__label" fontSize={10} fill="currentColor" transform={`rotate(-90 -18 ${SIZE / 2})`}>
          {t('workbench.mapAxisB', { sentences: t('workbench.counted.sentences', { count: countB }) })}
        </text>
        <rect x={0} y={0} width={SIZE} height={SIZE} className="map__frame" />
        <line x1={0} y1={0} x2={SIZE} y2={SIZE} className="map__diagonal" />
        {dots}
      </svg>
      <figcaption className="muted">{t('map.caption', { a: t('workbench.counted.sentences', { count: countA }), b: t('workbench.counted.sentences', { count: countB }) })}</figcaption>
    </figure>
  );
}
