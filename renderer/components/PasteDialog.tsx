import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  canAdd: boolean;
  onPaste(target: 'a' | 'b' | 'add', name: string, text: string): void;
  onClose(): void;
}

/** Paste a text from the clipboard (or type it) as version A, B or an extra version. */
export function PasteDialog({ canAdd, onPaste, onClose }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<'a' | 'b' | 'add'>('b');
  const [name, setName] = useState(t('paste.defaultName'));
  const [text, setText] = useState('');
  return (
    <Dialog
      title={t('paste.title')}
      testId="paste-dialog"
      wide
      onClose={onClose}
      onSubmit={() => {
        if (text.trim()) onPaste(target, name.trim() || t('paste.defaultName'), text);
      }}
    >
        <label className="field">
          {t('paste.target')}
          <select value={target} onChange={(e) => setTarget(e.target.value as typeof target)} data-testid="paste-target">
            <option value="a">{t('pane.versionA')}</option>
            <option value="b">{t('pane.versionB')}</option>
            {canAdd && <option value="add">{t('paste.newVersion')}</option>}
          </select>
        </label>
        <label className="field">
          {t('paste.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="paste-name" />
        </label>
        <label className="field">
          {t('paste.text')}
          <textarea className="paste__text" value={text} onChange={(e) => setText(e.target.value)} autoFocus data-testid="paste-text" />
        </label>
        <div className="dialog__buttons">
          <button type="submit" disabled={!text.trim()} data-testid="paste-go">
            {t('common.ok')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
    </Dialog>
  );
}
