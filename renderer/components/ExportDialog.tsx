import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { EXPORT_FORMATS, EXPORT_SCOPES, type ExportFormat, type ExportScope } from '../../shared/api';
import type { ExportLoss } from '../../shared/formats/losses';

interface Props {
  busy: boolean;
  result: { path: string; name: string; canShow: boolean } | null;
  onExport(format: ExportFormat, scope: ExportScope): void;
  /** What an export in this format and scope cannot carry (shown before exporting, never dropped silently). */
  lossesOf(format: ExportFormat, scope: ExportScope): ExportLoss[];
  onShow(path: string): void;
  onClose(): void;
}

/** Choose a format and a scope, export, then show the file. */
export function ExportDialog({ busy, result, onExport, lossesOf, onShow, onClose }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('xliff');
  const [scope, setScope] = useState<ExportScope>('all');
  const losses = useMemo(() => lossesOf(format, scope), [lossesOf, format, scope]);
  return (
    <Dialog title={t('export.title')} testId="export-dialog" onClose={onClose} onSubmit={() => onExport(format, scope)}>
        <label className="field">
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format" autoFocus>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('export.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as ExportScope)} data-testid="export-scope">
            {EXPORT_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`export.scopes.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {losses.length > 0 && (
          <ul className="export__losses" data-testid="export-losses">
            {losses.map((l) => (
              <li key={`${l.key}:${JSON.stringify(l.params)}`}>{t(l.key, l.params)}</li>
            ))}
          </ul>
        )}
        {busy && <progress aria-label={t('export.working')} />}
        {result && (
          <p data-testid="export-result">
            {t('export.done', { name: result.name })}{' '}
            {result.canShow && (
              <button type="button" onClick={() => onShow(result.path)}>
                {t('export.showInFolder')}
              </button>
            )}
          </p>
        )}
        <div className="dialog__buttons">
          <button type="submit" disabled={busy} data-testid="export-go">
            {t('export.go')}
          </button>
          <button type="button" onClick={onClose}>
            {t('about.close')}
          </button>
        </div>
    </Dialog>
  );
}
