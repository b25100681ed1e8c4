import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Warns before leaving a form with unsaved changes: a link or the back button inside the app asks
 * for confirmation in a dialog (react-router blocker), closing or reloading the tab gets the
 * browser's own warning (beforeunload). Call `allowLeaving()` just before navigating away on
 * purpose (after a successful save).
 */
export function useLeaveWarning(dirty: boolean) {
  const { m } = useI18n();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const allowed = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirtyRef.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={m.leave.title}
      confirmLabel={m.leave.leave}
      cancelLabel={m.leave.stay}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{m.leave.message}</p>
    </ConfirmDialog>
  );
  return { dialog, allowLeaving: () => void (allowed.current = true) };
}
