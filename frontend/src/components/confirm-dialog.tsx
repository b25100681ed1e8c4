import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The action destroys something (red button). */
  danger?: boolean;
  busy?: boolean;
  /** Why the action failed (shown in the dialog, announced). */
  error?: string | undefined;
}

/**
 * A modal confirmation (native <dialog>: focus kept inside, Escape cancels, focus returns to the
 * button that opened it). The safe choice (cancel) has the focus first.
 */
export function ConfirmDialog(props: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      {props.open && (
        <>
          <h2 id={`${id}-title`}>{props.title}</h2>
          <div id={`${id}-text`}>{props.children}</div>
          {props.error && (
            <p className="field-error" role="alert">
              {props.error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
              {props.cancelLabel}
            </button>
            <button type="button" className={props.danger ? 'danger' : undefined} disabled={props.busy}
              onClick={props.onConfirm}>
              {props.confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
