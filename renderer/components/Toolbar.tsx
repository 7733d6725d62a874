import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignMode } from '../../shared/align/types';
import type { UiLang } from '../../shared/api';

interface Props {
  dirty: boolean;
  hasVersions: boolean;
  canAdd: boolean;
  hasPair: boolean;
  canUndo: boolean;
  canRedo: boolean;
  mode: AlignMode;
  recent: Array<{ name: string; path: string }>;
  lang: string;
  /** Controls shown after Export (the termbase). */
  extra?: ReactNode;
  on: {
    newProject(): void;
    openProject(): void;
    save(saveAs: boolean): void;
    openText(slot: 'a' | 'b' | 'add'): void;
    paste(): void;
    sample(): void;
    undo(): void;
    redo(): void;
    realign(): void;
    mode(mode: AlignMode): void;
    export(): void;
    recent(path: string): void;
    lang(lang: UiLang): void;
    help(): void;
  };
}

/** The toolbar: project, texts, history, alignment, export, recent projects, language and help. */
export function Toolbar({ dirty, hasVersions, canAdd, hasPair, canUndo, canRedo, mode, recent, lang, extra, on }: Props) {
  const { t } = useTranslation();
  const button = (id: string, label: string, onClick: () => void, disabled = false, title?: string) => (
    <button type="button" data-testid={id} onClick={onClick} disabled={disabled} title={title}>
      {label}
    </button>
  );
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.name')}>
      <strong className="toolbar__brand">
        {t('app.name')}
        {dirty && <span className="dirty-dot" title={t('status.unsaved')} data-testid="dirty" aria-label={t('status.unsaved')} />}
      </strong>
      <div className="toolbar__group">
        {button('new', t('toolbar.new'), on.newProject)}
        {button('open-project', t('toolbar.openProject'), on.openProject)}
        {button('save', t('toolbar.save'), () => on.save(false), !hasVersions)}
        {button('save-as', t('toolbar.saveAs'), () => on.save(true), !hasVersions)}
      </div>
      <span className="toolbar__sep" />
      <div className="toolbar__group">
        {button('open-a', t('toolbar.openA'), () => on.openText('a'))}
        {button('open-b', t('toolbar.openB'), () => on.openText('b'))}
        {button('add-version', t('toolbar.addVersion'), () => on.openText('add'), !canAdd)}
        {button('paste', t('toolbar.paste'), on.paste)}
        {button('load-sample', t('toolbar.sample'), on.sample)}
      </div>
      <span className="toolbar__sep" />
      <div className="toolbar__group">
        {button('undo', t('toolbar.undo'), on.undo, !canUndo, 'Ctrl+Z')}
        {button('redo', t('toolbar.redo'), on.redo, !canRedo, 'Ctrl+Shift+Z')}
      </div>
      <div className="toolbar__group">
        {button('realign', t('toolbar.realign'), on.realign, !hasPair)}
        <select aria-label={t('toolbar.mode')} title={t('toolbar.modeTitle')} data-testid="mode" disabled={!hasPair} value={mode} onChange={(e) => on.mode(e.target.value as AlignMode)}>
          <option value="parallel">{t('mode.parallel')}</option>
          <option value="comparable">{t('mode.comparable')}</option>
        </select>
        {button('export', t('toolbar.export'), on.export, !hasPair)}
        {extra}
      </div>
      <span className="toolbar__spacer" />
      <div className="toolbar__group">
        {recent.length > 0 && (
          <select aria-label={t('toolbar.recent')} value="" onChange={(e) => e.target.value && on.recent(e.target.value)} data-testid="recent">
            <option value="">{t('toolbar.recent')}</option>
            {recent.map((r) => (
              <option key={r.path} value={r.path}>
                {r.name}
              </option>
            ))}
          </select>
        )}
        <label className="toolbar__lang">
          <span className="sr-only">{t('toolbar.language')}</span>
          <select data-testid="ui-lang" aria-label={t('toolbar.language')} value={lang} onChange={(e) => on.lang(e.target.value as UiLang)}>
            <option value="en">{t('ui.en')}</option>
            <option value="id">{t('ui.id')}</option>
          </select>
        </label>
        <button type="button" onClick={on.help} title={t('keys.title')} aria-label={t('keys.title')} data-testid="help-button">
          ?
        </button>
      </div>
    </header>
  );
}
