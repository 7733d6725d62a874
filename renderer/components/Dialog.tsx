import type { FormEvent, ReactNode } from 'react';

interface Props {
  title: string;
  testId?: string;
  wide?: boolean;
  onClose(): void;
  /** When given, the dialog is a form and Enter submits it. */
  onSubmit?(): void;
  children: ReactNode;
}

/** A modal dialog: a backdrop that closes it on click, a titled box, optionally a form. */
export function Dialog({ title, testId, wide, onClose, onSubmit, children }: Props) {
  const box = {
    className: `dialog${wide ? ' dialog--wide' : ''}`,
    role: 'dialog',
    'aria-modal': true,
    'aria-label': title,
    'data-testid': testId,
    onClick: (e: { stopPropagation(): void }) => e.stopPropagation(),
  } as const;
  const content = (
    <>
      <h2>{title}</h2>
      {children}
    </>
  );
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      {onSubmit ? (
        <form
          {...box}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        <div {...box}>{content}</div>
      )}
    </div>
  );
}
