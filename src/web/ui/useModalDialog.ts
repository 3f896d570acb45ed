import { useEffect, useRef } from 'react';

/**
 * A native <dialog> shown as a modal while `open` is true: the browser keeps the focus inside it,
 * puts it above everything (also above another modal) and sends Escape to its cancel event.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
