import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, AppInfo, MenuAction, OpenedText, Result, Slot, UiLang } from '../shared/api';
import { getApi } from './api';
import { rememberUiLang } from './i18n';
import { VersionPane } from './components/VersionPane';
import { useDarkMode } from './hooks/useDarkMode';

export function App() {
  const { t, i18n } = useTranslation();
  const api = getApi();
  const dark = useDarkMode();
  const [panes, setPanes] = useState<Record<Slot, OpenedText | null>>({ a: null, b: null });
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>('');
  const [about, setAbout] = useState<AppInfo | null>(null);

  /** Puts a successful result in its pane; a failure leaves both panes as they were. */
  const accept = useCallback(
    (slot: Slot, result: Result<OpenedText | null>) => {
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (!result.value) return;
      const opened = result.value;
      setError(null);
      setPanes((p) => ({ ...p, [slot]: opened }));
      setStatus(t('status.opened', { name: opened.name }));
    },
    [t],
  );

  const open = useCallback(async (slot: Slot) => accept(slot, await api.openTextFile({ slot })), [api, accept]);

  const dropFile = useCallback(
    async (slot: Slot, file: File) => {
      accept(slot, await api.readDroppedFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
    },
    [api, accept],
  );

  const loadSample = useCallback(async () => {
    const result = await api.loadSample(null);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const [a, b] = result.value.versions;
    setPanes({ a: a ?? null, b: b ?? null });
  }, [api]);

  const showAbout = useCallback(async () => setAbout(await api.appInfo(null)), [api]);

  useEffect(() => {
    void loadSample();
  }, [loadSample]);

  useEffect(
    () =>
      api.onMenu((action: MenuAction) => {
        if (action === 'open-a') void open('a');
        else if (action === 'open-b') void open('b');
        else if (action === 'about') void showAbout();
      }),
    [api, open, showAbout],
  );

  const switchLanguage = async (lang: UiLang) => {
    await i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    rememberUiLang(lang);
    await api.setUiLanguage({ lang });
  };

  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label={t('app.name')}>
        <strong className="toolbar__brand">{t('app.name')}</strong>
        <button type="button" data-testid="open-a" onClick={() => void open('a')}>
          {t('toolbar.openA')}
        </button>
        <button type="button" data-testid="open-b" onClick={() => void open('b')}>
          {t('toolbar.openB')}
        </button>
        <button type="button" data-testid="load-sample" onClick={() => void loadSample()}>
          {t('toolbar.sample')}
        </button>
        <span className="toolbar__spacer" />
        <label className="toolbar__lang">
          {t('toolbar.language')}
          <select
            data-testid="ui-lang"
            value={i18n.language}
            onChange={(e) => void switchLanguage(e.target.value as UiLang)}
          >
            <option value="en">{t('ui.en')}</option>
            <option value="id">{t('ui.id')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void showAbout()}>
          {t('menu.about')}
        </button>
      </header>

      {error && (
        <div className="banner banner--error" role="alert" data-testid="error">
          <strong>{t('errors.title')}</strong> {t(error.messageKey, { ...error.params, message: error.message })}
          <button type="button" onClick={() => setError(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}

      <main className="panes">
        <VersionPane slot="a" version={panes.a} dark={dark} onDropFile={(s, f) => void dropFile(s, f)} />
        <VersionPane slot="b" version={panes.b} dark={dark} onDropFile={(s, f) => void dropFile(s, f)} />
      </main>

      <footer className="statusbar" data-testid="status">
        <span>{status || t('status.ready')}</span>
        {(['a', 'b'] as const).map((slot) =>
          panes[slot] ? (
            <span key={slot}>
              {slot.toUpperCase()}: {t('status.chars', { count: panes[slot]!.text.length })}
            </span>
          ) : null,
        )}
      </footer>

      {about && (
        <div className="dialog-backdrop" role="presentation" onClick={() => setAbout(null)}>
          <div className="dialog" role="dialog" aria-modal="true" aria-label={t('about.title')} onClick={(e) => e.stopPropagation()}>
            <h2>{t('about.title')}</h2>
            <p>{t('app.tagline')}</p>
            <p>{t('about.version', { version: about.version, edition: t(`about.${about.edition}`) })}</p>
            <button type="button" onClick={() => setAbout(null)}>
              {t('about.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
