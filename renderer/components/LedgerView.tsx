import { useTranslation } from 'react-i18next';
import type { LedgerGroup } from '../../shared/drift/types';
import type { Version } from '../../shared/project/types';
import { formatValue } from '../../shared/figures';
import { exportWords } from '../../shared/formats/export-words';
import { ledgerTarget } from '../../shared/drift/ledger';

interface Props {
  ledger: LedgerGroup[];
  /** The versions' names and languages (a group's heading takes the counted word of a version in the interface language). */
  versions: ReadonlyArray<Pick<Version, 'name' | 'lang'>>;
  /** Verdicts of annotated groups, by `ledgerTarget(group)`. */
  verdicts: ReadonlyMap<string, string>;
  onNavigate(version: number, sentence: number): void;
  onAnnotate(group: LedgerGroup): void;
}

/** The figure ledger: every quantity the story states, per version, side by side. */
export function LedgerView({ ledger, versions, verdicts, onNavigate, onAnnotate }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'id' ? 'id' : 'en';
  // What a group counts, in the interface language (the core names concepts in English; a word it does not know is
  // taken from a version in that language).
  const words = exportWords(lang);
  const versionLangs = versions.map((v) => v.lang);
  if (ledger.length === 0) return <p className="muted">{t('ledger.empty')}</p>;
  const sorted = [...ledger].sort((x, y) => Number(x.consistent) - Number(y.consistent));
  return (
    <div className="ledger" data-testid="ledger">
      {sorted.map((g) => (
        <section key={g.id} className={`ledger__group${g.consistent ? '' : ' is-inconsistent'}`} data-testid="ledger-group">
          <header>
            <strong>{words.ledgerHeading(g, versionLangs)}</strong> <span className="muted">{words.figureKind(g.kind)}</span>
            <span className={g.consistent ? 'pill pill--ok' : 'pill pill--bad'} title={g.consistent ? t('ledger.consistentTitle') : t('ledger.inconsistentTitle')}>
              {g.consistent ? t('ledger.consistent') : t('ledger.inconsistent')}
            </span>
            {verdicts.has(ledgerTarget(g)) && <span className={`mm__verdict verdict-label--${verdicts.get(ledgerTarget(g))}`}>{t(`verdict.${verdicts.get(ledgerTarget(g))}`)}</span>}
            <button type="button" className="ledger__note" onClick={() => onAnnotate(g)} data-testid="ledger-note">
              {t('ledger.note')}
            </button>
          </header>
          <table>
            <tbody>
              {versions.map(({ name }, v) => {
                const entries = g.entries.filter((e) => e.version === v);
                if (entries.length === 0) return null;
                return (
                  <tr key={v}>
                    <th scope="row">{name}</th>
                    <td>
                      {entries.map((e, i) => (
                        <button key={i} type="button" className="ledger__entry" onClick={() => onNavigate(e.version, e.sentence)} title={e.figure.text}>
                          {formatValue(e.figure, lang)}
                        </button>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
