import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/api';
import type { Notice } from '../../shared/workbench';

interface Props {
  recovery: boolean;
  onRestore(): void;
  onDiscard(): void;
  error: ApiError | null;
  onDismissError(): void;
  warnings: Notice[];
  onDismissWarning(index: number): void;
}

/** The recovery offer, the last error and the warnings, above the workbench. */
export function Banners({ recovery, onRestore, onDiscard, error, onDismissError, warnings, onDismissWarning }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {recovery && (
        <div className="banner banner--info" role="alert" data-testid="recovery">
          {t('recovery.offer')}
          <button type="button" data-testid="recovery-restore" onClick={onRestore}>
            {t('recovery.restore')}
          </button>
          <button type="button" onClick={onDiscard}>
            {t('recovery.discard')}
          </button>
        </div>
      )}
      {error && (
        <div className="banner banner--error" role="alert" data-testid="error">
          <strong>{t('errors.title')}</strong> {t(error.messageKey, { ...error.params, message: error.message, defaultValue: error.message })}
          <button type="button" onClick={onDismissError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {warnings.map((w, i) => (
        <div key={`${w.key}-${i}`} className="banner banner--warn" role="status" data-testid="warning">
          {t(w.key, w.params)}
          <button type="button" onClick={() => onDismissWarning(i)}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
