import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** Every keyboard command, grouped; the ids are i18n keys under `keys.*`. */
export const KEY_HELP: Array<{ group: string; keys: Array<[string, string]> }> = [
  {
    group: 'grid',
    keys: [
      ['↑ / ↓', 'keys.moveRow'],
      ['← / →', 'keys.switchSide'],
      ['M', 'keys.mergeNext'],
      ['Shift+M', 'keys.mergePrev'],
      ['S', 'keys.splitFirst'],
      ['Shift+S', 'keys.splitLast'],
      ['Alt+↑', 'keys.shiftUp'],
      ['Alt+↓', 'keys.shiftDown'],
      ['I / Insert', 'keys.insertEmpty'],
      ['C / Enter', 'keys.confirm'],
      ['L', 'keys.lock'],
      ['R', 'keys.realign'],
    ],
  },
  {
    group: 'review',
    keys: [
      ['N / P', 'keys.nextMismatch'],
      ['E', 'keys.verdictConfirmed'],
      ['A', 'keys.verdictAcceptable'],
      ['F', 'keys.verdictFalseAlarm'],
      ['O', 'keys.verdictOpen'],
    ],
  },
  {
    group: 'general',
    keys: [
      ['Ctrl+Z', 'keys.undo'],
      ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
      ['Ctrl+S', 'keys.save'],
      ['Ctrl+Shift+S', 'keys.saveAs'],
      ['Ctrl+E', 'keys.export'],
      ['?', 'keys.help'],
      ['Esc', 'keys.close'],
    ],
  },
];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  // (focus on Close without scrolling to it: a dialog taller than the window opens at its title)
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus({ preventScroll: true }), []);
  return (
    <Dialog title={t('keys.title')} testId="help" wide onClose={onClose}>
        <div className="help__groups">
          {KEY_HELP.map((g) => (
            <section key={g.group}>
              <h3>{t(`keys.group.${g.group}`)}</h3>
              <dl>
                {g.keys.map(([key, label]) => (
                  <div key={label} className="help__row">
                    <dt>
                      {key.split(' / ').map((k, i) => (
                        <span key={k}>
                          {i > 0 && ' / '}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{t(label)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <button type="button" className="help__close" onClick={onClose} ref={close}>
          {t('about.close')}
        </button>
    </Dialog>
  );
}
