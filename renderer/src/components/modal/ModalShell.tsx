import type { FormEvent, ReactNode } from 'react';
import { useModal } from '../export/useModal.js';

interface ModalShellProps {
  /** The dialog's own class (`bilan-export`); its footer's buttons sit in `<class>__actions`. */
  className: string;
  /** The id of the title, which names the dialog. */
  titleId: string;
  title: ReactNode;
  /** The close button's label, also its tooltip. */
  closeLabel: string;
  /** Called by the close button and by Escape. */
  onClose: () => void;
  /** The id of a text inside that describes the dialog. */
  describedBy?: string;
  /** When given, the body is a `<form>`: Enter in a field submits it. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The footer's buttons. */
  actions: ReactNode;
  /** The content under the title. */
  children: ReactNode;
  /** Wider on a large screen (ten columns of twelve instead of eight), for lists of long titles. */
  wide?: boolean;
}

/**
 * One modal dialog with DSFR's look for every dialog of the window: a `<dialog>` shown modal,
 * Tab kept inside it, Escape and the close button calling `onClose`, the title naming it, the
 * content, then the actions in the footer. The dialogs differ only in what they hold.
 */
export function ModalShell({ className, titleId, title, closeLabel, onClose, describedBy, onSubmit, actions, children, wide = false }: ModalShellProps) {
  const { ref, onKeyDown } = useModal();
  const inner = (
    <>
      <div className="fr-modal__header">
        <button type="button" className="fr-btn--close fr-btn" title={closeLabel} onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      <div className="fr-modal__content">
        <h1 id={titleId} className="fr-modal__title">
          {title}
        </h1>
        {children}
      </div>
      <div className="fr-modal__footer">
        <div className={`${className}__actions`}>{actions}</div>
      </div>
    </>
  );
  return (
    <dialog
      ref={ref}
      className={`fr-modal fr-modal--opened ${className}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className={`fr-col-12 fr-col-md-10 ${wide ? 'fr-col-lg-10' : 'fr-col-lg-8'}`}>
            {onSubmit ? (
              <form className="fr-modal__body" onSubmit={onSubmit} noValidate>
                {inner}
              </form>
            ) : (
              <div className="fr-modal__body">{inner}</div>
            )}
          </div>
        </div>
      </div>
    </dialog>
  );
}
