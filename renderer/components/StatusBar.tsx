import { useTranslation } from 'react-i18next';
import { countsLine, type Counts, type Notice } from '../../shared/workbench';

interface Props {
  counts: Counts;
  hasPair: boolean;
  progress: { fraction: number; stage: string } | null;
  notice: Notice | null;
  /** Where the project is saved, or null when it never was. */
  where: string | null;
  onCancel(): void;
}

/** Counts (from the model's one source), progress, the last message and where the project lives. */
export function StatusBar({ counts, hasPair, progress, notice, where, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <footer className="statusbar" data-testid="status">
      <span data-testid="status-counts">
        {countsLine(counts, t, i18n.language === 'id' ? 'id' : 'en')}
      </span>
      {hasPair && <span data-testid="status-rows">{t('workbench.counted.rows', { count: counts.beads })}</span>}
      {progress && (
        <span className="progress" data-testid="progress">
          {t(`status.stage.${progress.stage}`)} <progress max={1} value={progress.fraction} />
          <button type="button" onClick={onCancel} data-testid="cancel">
            {t('common.cancel')}
          </button>
        </span>
      )}
      <span className="statusbar__notice" data-testid="notice">
        {notice ? t(notice.key, notice.list ? { ...notice.params, list: notice.list.map((n) => t(n.key, n.params)).join(' ') } : notice.params) : ''}
      </span>
      <span className="statusbar__where muted" data-testid="where" title={where ?? ''}>
        {where ? t('workbench.location', { where }) : t('workbench.notSaved')}
      </span>
    </footer>
  );
}
