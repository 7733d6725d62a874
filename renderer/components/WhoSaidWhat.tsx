import { useTranslation } from 'react-i18next';
import type { ClaimRow, ClaimSource } from '../../shared/entities/claims';

interface Props {
  claims: ClaimRow[];
  /** Moves the grid to a bead. */
  onSelect(bead: number): void;
}

function SourceList({ sources }: { sources: ClaimSource[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return <span className="muted">{t('entities.whoSaid.none')}</span>;
  return (
    <>
      {sources.map((s, i) => (
        <span key={`${s.start}-${i}`} className={s.kind === 'anonymous' ? 'claim__src muted' : 'claim__src'} title={s.cue}>
          {i > 0 ? ', ' : ''}
          {s.kind === 'anonymous' ? t('entities.whoSaid.anonymous', { text: s.text }) : s.text}
        </span>
      ))}
    </>
  );
}

/** "Who said what": each claim's credited source in version A and in version B, bead by bead. */
export function WhoSaidWhat({ claims, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <section className="claims" data-testid="who-said-what">
      <h3>{t('entities.whoSaid.title')}</h3>
      {claims.length === 0 ? (
        <p className="muted">{t('entities.whoSaid.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th title={t('entities.whoSaid.sentenceTitle')}>{t('entities.whoSaid.sentence')}</th>
              <th>{t('entities.whoSaid.versionA')}</th>
              <th>{t('entities.whoSaid.versionB')}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.bead} className={c.drift.length ? 'is-inconsistent' : ''} data-testid="claim-row" onClick={() => onSelect(c.bead)}>
                <td>
                  {c.a.map((i) => i + 1).join(',') || '—'}:{c.b.map((i) => i + 1).join(',') || '—'}
                  {c.drift.length > 0 && <span className="pill pill--bad">{t('entities.whoSaid.differs')}</span>}
                </td>
                <td><SourceList sources={c.sourcesA} /></td>
                <td><SourceList sources={c.sourcesB} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
