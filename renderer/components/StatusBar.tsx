import { useTranslation } from 'react-i18next';
import type { Counts, Notice } from '../../shared/workbench';

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
  const n = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-US');
  const f = (x: number) => n.format(x);
  return (
    <footer className="statusbar" data-testid="status">
      <span data-testid="status-counts">
        {t('workbench.counts', { total: f(counts.total), open: f(counts.open), confirmed: f(counts.confirmed), dismissed: f(counts.dismissed), matches: f(counts.matches) })}
      </span>
      {hasPair && <span>{t('status.beads', { count: counts.beads })}</span>}
      {progress && (
        <span className="progress" data-testid="progress">
          {t(`status.stage.${progress.stage}`)} <progress max={1} value={progress.fraction} />
          <button type="button" onClick={onCancel} data-testid="cancel">
            {t('common.cancel')}
          </button>
        </span>
      )}
      <span className="statusbar__notice" data-testid="notice">
        {notice ? t(notice.key, notice.params) : ''}
      </span>
      <span className="statusbar__where muted" data-testid="where" title={where ?? ''}>
        {where ? t('workbench.location', { where }) : t('workbench.notSaved')}
      </span>
    </footer>
  );
}
