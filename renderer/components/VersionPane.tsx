import Editor from '@monaco-editor/react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedText, Slot } from '../../shared/api';

interface Props {
  slot: Slot;
  version: OpenedText | null;
  dark: boolean;
  onDropFile(slot: Slot, file: File): void;
}

/** One version of the story in a read-only Monaco editor, with its language badge and file name. */
export function VersionPane({ slot, version, dark, onDropFile }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onDropFile(slot, file);
  };

  return (
    <section
      className={`pane${dragging ? ' pane--drop' : ''}`}
      data-testid={`pane-${slot}`}
      aria-label={t(slot === 'a' ? 'pane.versionA' : 'pane.versionB')}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="pane__header">
        <span className="pane__slot">{t(slot === 'a' ? 'pane.versionA' : 'pane.versionB')}</span>
        {version && (
          <>
            <span className="badge" data-testid={`lang-${slot}`} title={t(`lang.${version.lang}`)}>
              {t(`lang.badge_${version.lang}`)}
            </span>
            <span className="pane__name" data-testid={`name-${slot}`} title={version.path ?? version.name}>
              {version.name}
            </span>
          </>
        )}
      </header>
      <div className="pane__body">
        {version ? (
          <Editor
            value={version.text}
            language="plaintext"
            theme={dark ? 'vs-dark' : 'vs'}
            options={{
              readOnly: true,
              wordWrap: 'on',
              minimap: { enabled: false },
              lineNumbers: 'on',
              scrollBeyondLastLine: false,
              renderWhitespace: 'none',
              automaticLayout: true,
              fontSize: 14,
              unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
            }}
          />
        ) : (
          <p className="pane__empty">{dragging ? t('pane.dropHere') : t('pane.empty')}</p>
        )}
      </div>
    </section>
  );
}
