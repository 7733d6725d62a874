import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, SelarasApi } from '../../shared/api';
import type { Termbase } from '../../shared/termbase/types';

interface Props {
  api: SelarasApi;
  termbase: Termbase | undefined;
  /** A termbase was loaded (or removed, with undefined): keep it with the project and re-align. */
  onChange(termbase: Termbase | undefined): void;
  onError(error: ApiError): void;
}

/** Loads the user's termbase (TBX, CSV or TSV) into the project, and shows or removes it. */
export function TermbaseControl({ api, termbase, onChange, onError }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const load = async (file: File) => {
    setBusy(true);
    try {
      const res = await api.readTermbase({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      if (res.ok) onChange(res.value.termbase);
      else onError(res.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="termbase" data-testid="termbase">
      <input
        ref={input}
        type="file"
        accept=".tbx,.xml,.csv,.tsv,.txt"
        hidden
        data-testid="termbase-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      <button type="button" data-testid="termbase-load" disabled={busy} onClick={() => input.current?.click()}>
        {t('termbase.load')}
      </button>
      {termbase && (
        <>
          <span className="muted" data-testid="termbase-name">{t('termbase.loaded', { name: termbase.name, count: termbase.entries.length })}</span>
          <button type="button" data-testid="termbase-remove" title={t('termbase.remove')} aria-label={t('termbase.remove')} onClick={() => onChange(undefined)}>
            ×
          </button>
        </>
      )}
    </span>
  );
}
