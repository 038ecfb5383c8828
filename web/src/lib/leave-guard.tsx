/**
 * A form with what was typed and not saved asks before it is left: a link or Back inside the
 * portal opens a dialog (stay, the default, or leave without saving); closing or reloading the
 * tab gets the browser's own question. A vacancy form has some twenty-five fields: losing them
 * to one click on the menu cost an HR officer their work.
 */
import { useEffect, type ReactElement } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';

export interface LeaveTexts {
  title: string;
  text: string;
  confirm: string;
}

export function useLeaveGuard(unsaved: boolean, texts: LeaveTexts): ReactElement {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers (Chromium before 119) ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={texts.title}
      confirmLabel={texts.confirm}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      <p>{texts.text}</p>
    </ConfirmDialog>
  );
}
